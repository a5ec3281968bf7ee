// Pairs of targets cited in the same paragraphs, weighted by the number of such paragraphs: across
// the corpus, or in the key's document only. Follows resolve-keys.cypher with $keys = [$document]
// ($document may be null: the whole corpus). `ids` are the ids of the documents the key names; a
// key that names no document, or several, lists no pairs. Only targets with one of $labels when
// given; only pairs with at least $minWeight paragraphs; the $limit heaviest (then by ids), with
// the number of all pairs, the records of their ends and of their paragraphs.
// Unless $adoptionsApart, a resolution and the instruments it adopts (ADOPTED_BY) are one thing,
// so that no pair is one thing cited two ways (A/RES/70/1 and the 2030 Agenda): in each paragraph
// a resolution that adopts exactly one instrument counts as that instrument, and one that adopts
// several is not counted beside one of them that the paragraph cites.
WITH key, [c IN candidates WHERE c:Document] AS documents
WITH key, documents, key IS NULL OR size(documents) = 1 AS scoped
CALL (key, documents, scoped) {
  WITH key, documents WHERE scoped
  MATCH (p:Paragraph)-[:CITES]->()
  WHERE key IS NULL OR p.document = documents[0].id
  WITH DISTINCT p
  WITH p, COLLECT { MATCH (p)-[:CITES]->(x) RETURN DISTINCT x } AS cited
  WHERE size(cited) > 1
  UNWIND cited AS x
  WITH p, cited, x, CASE WHEN $adoptionsApart OR NOT x:Resolution THEN [] ELSE [(i:Instrument)-[:ADOPTED_BY]->(x) | i] END AS adopted
  // The thing cited: a resolution that adopts one instrument is that instrument; one that adopts
  // several says nothing more in a paragraph that cites one of them.
  WITH p, CASE
    WHEN size(adopted) = 1 THEN adopted[0]
    WHEN any(i IN adopted WHERE i IN cited) THEN null
    ELSE x
  END AS target
  WITH DISTINCT p, target
  WHERE target IS NOT NULL AND ($labels IS NULL OR any(label IN labels(target) WHERE label IN $labels))
  WITH p, collect(target) AS targets
  UNWIND targets AS a
  UNWIND targets AS b
  WITH a, b, p
  WHERE a.id < b.id
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
    // Paragraphs that cite the node, or (unless $adoptionsApart) the one resolution adopting it alone.
    RETURN n {.*, labels: labels(n), paragraphCount: COUNT {
      MATCH (p:Paragraph)-[:CITES]->(n) WHERE key IS NULL OR p.document = documents[0].id
      RETURN p
      UNION
      MATCH (n)-[:ADOPTED_BY]->(m:Resolution)<-[:CITES]-(p:Paragraph)
      WHERE NOT $adoptionsApart AND COUNT { (:Instrument)-[:ADOPTED_BY]->(m) } = 1
        AND (key IS NULL OR p.document = documents[0].id)
      RETURN p
    }}
  } AS nodes,
  COLLECT {
    UNWIND paragraphIds AS id
    MATCH (p:Paragraph {id: id})
    RETURN p {.*, labels: labels(p)}
  } AS paragraphs
