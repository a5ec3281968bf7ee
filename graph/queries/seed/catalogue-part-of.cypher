// Body PART_OF its parent body. Rows: {from, to} body ids.
UNWIND $rows AS row
MATCH (a:Body {id: row.from}), (b:Body {id: row.to})
MERGE (a)-[:PART_OF]->(b)
