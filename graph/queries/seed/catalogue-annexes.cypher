// Resolution ANNEXES the instrument whose text it carries. Rows: {from: symbol, to: instrument id, annex}.
UNWIND $rows AS row
MATCH (a:Resolution {id: row.from}), (b:Instrument {id: row.to})
MERGE (a)-[r:ANNEXES]->(b)
SET r.annex = row.annex, r.citedIn = null
