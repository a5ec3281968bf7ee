// Paragraph CITES Resolution; one the catalogue lacks becomes a placeholder (catalogued: false).
UNWIND $rows AS row
MATCH (p:Paragraph {id: row.paragraph})
MERGE (t:Resolution {id: row.target})
ON CREATE SET
    t:InstrumentGraph,
    t.symbol = row.symbol,
    t.catalogued = false
CREATE (p)-[:CITES {
  start: toInteger(row.start), end: toInteger(row.end), via: row.via,
  surface: row.surface, footnote: row.footnote, document: row.document
}]->(t)
