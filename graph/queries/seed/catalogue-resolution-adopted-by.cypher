// Resolution ADOPTED_BY the organ that adopted it. Rows: {from: symbol, to: body id}.
UNWIND $rows AS row
MATCH (a:Resolution {id: row.from}), (b:Body {id: row.to})
MERGE (a)-[:ADOPTED_BY]->(b)
