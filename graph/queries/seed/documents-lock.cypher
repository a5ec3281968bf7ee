// The first statement of every seeder transaction that may write documents (write-group.ts): takes
// the write lock of the graph's version node, which the transaction's last statement renews
// anyway (graph-version-bump.cypher). Taken first, it makes concurrent seeders wait for one
// another here, so two runs that load the same new document one after the other find it written
// instead of both creating its paragraphs and one failing on a uniqueness constraint. Setting and
// removing a property takes the lock and leaves nothing behind.
MERGE (v:InstrumentGraphVersion {id: 'graph'})
SET v.locked = true
REMOVE v.locked
