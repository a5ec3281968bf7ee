// One page of paragraphs in reading order (document symbol, then order), filtered, with the total.
// Follows resolve-keys.cypher with $keys = [$cites, $mentions]: the names in the filter become
// nodes in the same query. A page holds up to $first + 1 paragraphs after the cursor
// ($afterDocument, $afterOrder); the extra one tells the caller there is a next page.
WITH collect({key: key, candidates: candidates}) AS resolved
WITH resolved,
  head([r IN resolved WHERE r.key = $cites | r.candidates]) AS cited,
  head([r IN resolved WHERE r.key = $mentions | r.candidates]) AS mentioned
CALL (cited, mentioned) {
  MATCH (p:Paragraph)
  WHERE ($document IS NULL OR p.document = $document)
    AND ($section IS NULL OR p.section = $section)
    AND ($text IS NULL OR toLower(p.text) CONTAINS toLower($text))
    AND ($cites IS NULL OR (size(cited) = 1 AND EXISTS { MATCH (p)-[:CITES]->(t) WHERE t = cited[0] }))
    AND ($mentions IS NULL OR (size(mentioned) = 1 AND EXISTS { MATCH (p)-[:MENTIONS]->(b) WHERE b = mentioned[0] }))
    AND ($theme IS NULL OR EXISTS { MATCH (p)-[:ADDRESSES]->(t:Theme) WHERE t.id = $theme OR toLower(t.name) = toLower($theme) })
  WITH p
  ORDER BY p.document, p.order
  RETURN collect(p) AS matching
}
RETURN
  [r IN resolved WHERE r.key IS NOT NULL | {key: r.key, ids: [c IN r.candidates | c.id]}] AS keys,
  size(matching) AS totalCount,
  [p IN matching
    WHERE $afterDocument IS NULL OR p.document > $afterDocument OR (p.document = $afterDocument AND p.order > $afterOrder)
    | p {.*, labels: labels(p)}][0..$first + 1] AS page
