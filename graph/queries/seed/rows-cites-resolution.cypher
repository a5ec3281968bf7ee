// Paragraph CITES Resolution; one the catalogue lacks becomes a placeholder (catalogued: false).
// A citation that dates the resolution ("resolution 79/50 of 2 December 2024") keeps the date;
// placeholder-dates.cypher then gives placeholders their `adopted` from those dates.
UNWIND $rows AS row
MATCH (p:Paragraph {id: row.paragraph})
MERGE (t:Resolution {id: row.target})
ON CREATE SET
    t:InstrumentGraph,
    t.symbol = row.symbol,
    t.catalogued = false
CREATE (p)-[:CITES {
  start: toInteger(row.start), end: toInteger(row.end), via: row.via,
  surface: row.surface, footnote: row.footnote, footnoteId: row.footnoteId, document: row.document, date: row.date
}]->(t)
