// An amendment AMENDS the treaty it changes (the Doha Amendment, the Kyoto Protocol). Rows: {from, to} instrument ids.
UNWIND $rows AS row
MATCH (a:Instrument {id: row.from}), (b:Instrument {id: row.to})
MERGE (a)-[:AMENDS]->(b)
