// Document REFERENCES Document: once per other document its paragraphs cite.
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MATCH (t:Document {id: row.target})
CREATE (d)-[:REFERENCES]->(t)
