// Deletes the placeholders (ids in $rows) that earlier versions of the group's documents pointed
// at and nothing points at now. The last statement of a group's transaction.
UNWIND $rows AS id
MATCH (t:InstrumentGraph {id: id})
WHERE (t.uncatalogued = true OR t.catalogued = false OR (t:Document AND t.contentHash IS NULL))
  AND NOT EXISTS { (t)<-[:CITES|MENTIONS|ADDRESSES|REFERENCES]-() }
DETACH DELETE t
