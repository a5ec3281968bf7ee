// Protocol SUPPLEMENTS convention. Rows: {from, to} instrument ids.
UNWIND $rows AS row
MATCH (a:Instrument {id: row.from}), (b:Instrument {id: row.to})
MERGE (a)-[:SUPPLEMENTS]->(b)
