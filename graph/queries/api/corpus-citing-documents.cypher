// Every document whose paragraphs cite the key's node, with those paragraphs and their citations
// of it. Follows resolve-keys.cypher. `ids` are the distinct ids of the key's candidates: a
// resolution and the loaded document of the same symbol share one id and count as one target.
// Nothing is listed unless there is exactly one id; the caller sorts the documents.
WITH candidates, reduce(ids = [], c IN candidates | CASE WHEN c.id IN ids THEN ids ELSE ids + c.id END) AS ids
WITH ids, CASE WHEN size(ids) = 1 THEN candidates ELSE [] END AS targets
RETURN ids, COLLECT {
  UNWIND targets AS t
  MATCH (d:Document)-[:HAS_PARAGRAPH]->(p:Paragraph)-[c:CITES]->(t)
  WITH d, p, c, t
  ORDER BY p.order, c.start, c.via
  WITH d, p, collect({
    rel: properties(c),
    target: t {.*, labels: labels(t)},
    footnote: head(COLLECT {
      MATCH (f:Footnote) WHERE f.document = c.document AND f.marker = c.footnote
      RETURN f {.*, labels: labels(f)}
    })
  }) AS citations
  ORDER BY p.order
  WITH d, collect({paragraph: p {.*, labels: labels(p)}, citations: citations}) AS paragraphs
  RETURN {document: d {.*, labels: labels(d)}, paragraphs: paragraphs} AS entry
} AS documents
