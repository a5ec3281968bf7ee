// Instrument MEMBER_OF a group. Rows: {from: instrument id, to: group id}.
UNWIND $rows AS row
MATCH (a:Instrument {id: row.from}), (b:Group {id: row.to})
MERGE (a)-[:MEMBER_OF]->(b)
