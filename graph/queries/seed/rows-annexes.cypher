// Resolution ANNEXES Instrument, where a resolution is cited with the annexes that hold cited
// instruments. Shared by documents, so MERGEd; ON CREATE only: the catalogue's own annex, where
// it states one, prevails.
UNWIND $rows AS row
MATCH (a:Resolution {id: row.from})
MATCH (b:Instrument {id: row.to})
MERGE (a)-[r:ANNEXES]->(b)
ON CREATE SET r.annex = row.annex
