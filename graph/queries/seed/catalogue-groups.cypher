// Catalogue groups: families of instruments that texts name as a whole.
UNWIND $rows AS row
MERGE (n:Group {id: row.id})
SET n:InstrumentGraph,
    n.title = row.title,
    n.aliasText = row.aliasText,
    n.uncatalogued = false
