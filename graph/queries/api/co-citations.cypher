// What is cited in the same paragraphs as the key's node, most often first, with those paragraphs.
// Follows resolve-keys.cypher. `ids` are the key's candidates: the list is computed only when the
// key names exactly one node, and the caller reports an unknown or ambiguous key.
WITH candidates, CASE WHEN size(candidates) = 1 THEN candidates[0] END AS t
RETURN [c IN candidates | c.id] AS ids, COLLECT {
  MATCH (p:Paragraph)-[:CITES]->(t)
  MATCH (p)-[:CITES]->(other)
  WHERE other <> t
  WITH other, p
  ORDER BY p.document, p.order
  WITH other, collect(DISTINCT p {.*, labels: labels(p)}) AS paragraphs
  RETURN {node: other {.*, labels: labels(other)}, count: size(paragraphs), paragraphs: paragraphs} AS co
  ORDER BY co.count DESC, co.node.id
} AS coCitations
