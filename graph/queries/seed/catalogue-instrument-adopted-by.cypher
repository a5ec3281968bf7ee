// Instrument ADOPTED_BY the resolution that adopted it. Rows: {from: instrument id, to: symbol}.
UNWIND $rows AS row
MATCH (a:Instrument {id: row.from}), (b:Resolution {id: row.to})
MERGE (a)-[:ADOPTED_BY]->(b)
