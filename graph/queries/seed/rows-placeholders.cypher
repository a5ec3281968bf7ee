// Deletes the placeholders (ids in $rows) that earlier versions of the group's documents pointed
// at and nothing points at now. The last statement of a group's transaction. A loaded document
// (one with a contentHash, such as a resolution loaded as a document) is never a placeholder.
UNWIND $rows AS id
MATCH (t:InstrumentGraph {id: id})
WHERE t.contentHash IS NULL AND (t.uncatalogued = true OR t.catalogued = false OR t:Document)
  AND NOT EXISTS { (t)<-[:CITES|MENTIONS|ADDRESSES|REFERENCES]-() }
DETACH DELETE t
