// What is cited in the same paragraphs as the key's node, most often first, with those paragraphs.
// Follows resolve-keys.cypher. `ids` are the key's candidates: the list is computed only when the
// key names exactly one node, and the caller reports an unknown or ambiguous key.
// Unless $adoptionsApart, a resolution and the instrument it adopts (ADOPTED_BY) are one thing:
// the key stands for both, and neither is listed as cited beside the other; a resolution that
// adopts one instrument is listed as that instrument, and one that adopts several is left out of
// a paragraph that cites one of them (the paragraph cites the thing itself).
WITH candidates, CASE WHEN size(candidates) = 1 THEN candidates[0] END AS t
WITH candidates, t, CASE
  WHEN t IS NULL OR $adoptionsApart THEN [t]
  ELSE [t] + [(t)-[:ADOPTED_BY]->(r:Resolution) | r] + [(i:Instrument)-[:ADOPTED_BY]->(t) | i]
END AS same
RETURN [c IN candidates | c.id] AS ids, COLLECT {
  MATCH (p:Paragraph)-[:CITES]->(key) WHERE key IN same
  WITH DISTINCT p
  WITH p, COLLECT { MATCH (p)-[:CITES]->(x) RETURN DISTINCT x } AS cited
  UNWIND cited AS x
  WITH p, cited, x, CASE WHEN $adoptionsApart OR NOT x:Resolution THEN [] ELSE [(i:Instrument)-[:ADOPTED_BY]->(x) | i] END AS adopted
  WITH p, CASE
    WHEN size(adopted) = 1 THEN adopted[0]
    WHEN any(i IN adopted WHERE i IN cited) THEN null
    ELSE x
  END AS other
  WHERE other IS NOT NULL AND NOT other IN same
  WITH DISTINCT other, p
  ORDER BY p.document, p.order
  WITH other, collect(p {.*, labels: labels(p)}) AS paragraphs
  RETURN {node: other {.*, labels: labels(other)}, count: size(paragraphs), paragraphs: paragraphs} AS co
  ORDER BY co.count DESC, co.node.id
} AS coCitations
