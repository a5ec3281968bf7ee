// Paragraph CITES Instrument. The target is shared by all documents, so it is MERGEd; a citation
// of one the catalogue lacks makes a placeholder with ON CREATE only (uncatalogued: true), so a
// citation never overwrites catalogued data. A placeholder cited again under another wording keeps
// that wording as an alias, with its comparison key (titleKeys, see seed/load/instrument-identity.ts),
// and takes a Treaty Series registration it lacked.
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
    t.titleKeys = coalesce(row.titleKeys, []),
    t.uncatalogued = true,
    t.sources = [row.source]
WITH p, row, t
CALL (t, row) {
  WITH t, row WHERE t.uncatalogued = true AND row.uncatalogued = true
  WITH t, row, [n IN [row.title] + coalesce(row.aliases, []) WHERE n <> t.title AND NOT n IN coalesce(t.aliases, [])] AS added
  SET t.aliases = coalesce(t.aliases, []) + added,
      t.aliasText = CASE WHEN size(added) = 0 THEN t.aliasText ELSE coalesce(t.aliasText + ' | ', '') + reduce(s = '', n IN added | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + n) END,
      t.titleKeys = coalesce(t.titleKeys, []) + [k IN coalesce(row.titleKeys, []) WHERE NOT k IN coalesce(t.titleKeys, [])],
      t.untsVolume = coalesce(t.untsVolume, toInteger(row.untsVolume)),
      t.untsNumber = coalesce(t.untsNumber, toInteger(row.untsNumber)),
      t.sources = CASE WHEN row.source IN t.sources THEN t.sources ELSE t.sources + row.source END
}
CREATE (p)-[:CITES {
  start: toInteger(row.start), end: toInteger(row.end), via: row.via,
  surface: row.surface, footnote: row.footnote, footnoteId: row.footnoteId, document: row.document
}]->(t)
