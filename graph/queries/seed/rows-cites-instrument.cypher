// Paragraph CITES Instrument. The target is shared by all documents, so it is MERGEd; a citation
// of one the catalogue lacks makes a placeholder with ON CREATE only (uncatalogued: true), so a
// citation never overwrites catalogued data.
UNWIND $rows AS row
MATCH (p:Paragraph {id: row.paragraph})
MERGE (t:Instrument {id: row.target})
ON CREATE SET
    t:InstrumentGraph,
    t.instrumentKind = row.instrumentKind,
    t.title = row.title,
    t.shortTitle = row.shortTitle,
    t.acronym = row.acronym,
    t.aliases = row.aliases,
    t.aliasText = row.aliasText,
    t.untsVolume = toInteger(row.untsVolume),
    t.untsNumber = toInteger(row.untsNumber),
    t.uncatalogued = true,
    t.sources = [row.source]
CREATE (p)-[:CITES {
  start: toInteger(row.start), end: toInteger(row.end), via: row.via,
  surface: row.surface, footnote: row.footnote, footnoteId: row.footnoteId, document: row.document
}]->(t)
