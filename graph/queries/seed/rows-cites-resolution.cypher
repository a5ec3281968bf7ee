// Paragraph CITES Resolution; one the catalogue lacks becomes a placeholder (catalogued: false).
// A citation that dates the resolution ("resolution 79/50 of 2 December 2024") keeps the date, and
// gives it to a placeholder that has none yet as its `adopted`: the text is the only source the
// graph has for it. Catalogued resolutions and loaded documents keep their own dates.
UNWIND $rows AS row
MATCH (p:Paragraph {id: row.paragraph})
MERGE (t:Resolution {id: row.target})
ON CREATE SET
    t:InstrumentGraph,
    t.symbol = row.symbol,
    t.catalogued = false
WITH p, t, row
CALL (t, row) {
  WITH t, row
  WHERE row.date IS NOT NULL AND t.catalogued = false AND t.contentHash IS NULL AND t.adopted IS NULL
  SET t.adopted = row.date
}
CREATE (p)-[:CITES {
  start: toInteger(row.start), end: toInteger(row.end), via: row.via,
  surface: row.surface, footnote: row.footnote, document: row.document, date: row.date
}]->(t)
