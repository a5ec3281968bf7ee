// Pairs of targets cited in the same paragraphs, weighted by the number of such paragraphs: across
// the corpus, or in the key's document only. Follows resolve-keys.cypher with $keys = [$document]
// ($document may be null: the whole corpus). `ids` are the ids of the documents the key names; a
// key that names no document, or several, lists no pairs. Only targets with one of $labels when
// given; only pairs with at least $minWeight paragraphs; the $limit heaviest (then by ids), with
// the number of all pairs, the records of their ends and of their paragraphs.
WITH key, [c IN candidates WHERE c:Document] AS documents
WITH key, documents, key IS NULL OR size(documents) = 1 AS scoped
CALL (key, documents, scoped) {
  WITH key, documents WHERE scoped
  MATCH (p:Paragraph)-[:CITES]->(a)
  WHERE (key IS NULL OR p.document = documents[0].id)
    AND ($labels IS NULL OR any(label IN labels(a) WHERE label IN $labels))
  MATCH (p)-[:CITES]->(b)
  WHERE a.id < b.id AND ($labels IS NULL OR any(label IN labels(b) WHERE label IN $labels))
  WITH a, b, p
  ORDER BY p.document, p.order
  WITH a, b, collect(DISTINCT p.id) AS paragraphs
  WHERE size(paragraphs) >= $minWeight
  RETURN {a: a.id, b: b.id, weight: size(paragraphs), paragraphs: paragraphs} AS pair
  ORDER BY pair.weight DESC, pair.a, pair.b
}
WITH key, documents, collect(pair) AS found
WITH key, documents, size(found) AS totalPairs, found[0..$limit] AS pairs
WITH key, documents, totalPairs, pairs,
  reduce(ids = [], pair IN pairs | ids + [id IN [pair.a, pair.b] WHERE NOT id IN ids]) AS nodeIds,
  reduce(ids = [], pair IN pairs | ids + [id IN pair.paragraphs WHERE NOT id IN ids]) AS paragraphIds
RETURN
  [d IN documents | d.id] AS ids,
  totalPairs,
  pairs,
  COLLECT {
    UNWIND nodeIds AS id
    MATCH (n:Instrument|Resolution|Document|Group {id: id})
    RETURN n {.*, labels: labels(n), paragraphCount: COUNT {
      MATCH (p:Paragraph)-[:CITES]->(n) WHERE key IS NULL OR p.document = documents[0].id
      RETURN DISTINCT p
    }}
  } AS nodes,
  COLLECT {
    UNWIND paragraphIds AS id
    MATCH (p:Paragraph {id: id})
    RETURN p {.*, labels: labels(p)}
  } AS paragraphs
