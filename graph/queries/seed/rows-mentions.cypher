// Paragraph MENTIONS Body; a body the catalogue lacks becomes a placeholder (uncatalogued: true).
UNWIND $rows AS row
MATCH (p:Paragraph {id: row.paragraph})
MERGE (b:Body {id: row.target})
ON CREATE SET
    b:InstrumentGraph,
    b.name = row.name,
    b.acronym = row.acronym,
    b.bodyKind = 'other',
    b.aliases = row.aliases,
    b.aliasText = row.aliasText,
    b.uncatalogued = true
CREATE (p)-[:MENTIONS {
  start: toInteger(row.start), end: toInteger(row.end),
  surface: row.surface, document: row.document
}]->(b)
