// The theme vocabulary.
UNWIND $rows AS row
MERGE (n:Theme {id: row.id})
SET n:InstrumentGraph,
    n.name = row.name,
    n.uncatalogued = false
