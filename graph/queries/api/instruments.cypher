// Instruments, optionally of one kind ($kind) and matching words ($search, case-insensitive, in the
// title, short title, acronym or aliases), with how often they are cited.
MATCH (i:Instrument)
WHERE ($kind IS NULL OR i.instrumentKind = $kind)
  AND ($search IS NULL OR any(name IN [i.title, i.shortTitle, i.acronym, i.aliasText] WHERE toLower(name) CONTAINS toLower($search)))
RETURN i {.*, labels: labels(i), citationCount: COUNT { (:Paragraph)-[:CITES]->(i) }} AS node
ORDER BY coalesce(i.acronym, i.shortTitle, i.title), i.id
