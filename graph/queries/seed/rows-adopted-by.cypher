// An uncatalogued instrument ADOPTED_BY the resolution its footnote names (cited, so it exists).
// Shared by the documents that cite it, so MERGEd.
UNWIND $rows AS row
MATCH (i:Instrument {id: row.instrument})
MATCH (r:Resolution {id: row.resolution})
MERGE (i)-[:ADOPTED_BY]->(r)
