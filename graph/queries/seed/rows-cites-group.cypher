// Paragraph CITES Group (a family of instruments named as a whole).
UNWIND $rows AS row
MATCH (p:Paragraph {id: row.paragraph})
MERGE (t:Group {id: row.target})
ON CREATE SET
    t:InstrumentGraph,
    t.title = row.title,
    t.aliasText = row.aliasText,
    t.uncatalogued = true
CREATE (p)-[:CITES {
  start: toInteger(row.start), end: toInteger(row.end), via: row.via,
  surface: row.surface, footnote: row.footnote, footnoteId: row.footnoteId, document: row.document
}]->(t)
