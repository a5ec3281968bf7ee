// Paragraph NEXT Paragraph, in reading order.
UNWIND $rows AS row
MATCH (a:Paragraph {id: row.from})
MATCH (b:Paragraph {id: row.to})
CREATE (a)-[:NEXT]->(b)
