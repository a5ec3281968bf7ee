// Paragraph CITES Document. A document not loaded (yet) is a placeholder with its symbol alone;
// loading it later completes the same node.
UNWIND $rows AS row
MATCH (p:Paragraph {id: row.paragraph})
MERGE (t:Document {id: row.target})
ON CREATE SET
    t:InstrumentGraph,
    t.symbol = row.symbol
CREATE (p)-[:CITES {
  start: toInteger(row.start), end: toInteger(row.end), via: row.via,
  surface: row.surface, footnote: row.footnote, footnoteId: row.footnoteId, document: row.document
}]->(t)
