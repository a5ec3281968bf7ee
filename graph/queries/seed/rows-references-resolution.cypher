// Document REFERENCES Resolution: once per resolution its paragraphs cite (it exists: the
// citations came first). documents-clear removed the document's earlier REFERENCES.
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MATCH (t:Resolution {id: row.target})
CREATE (d)-[:REFERENCES]->(t)
