// Every document whose paragraphs cite the key's node, with those paragraphs and their citations
// of it. Follows resolve-keys.cypher. `ids` are the ids of the key's candidates (a resolution
// loaded as a document is one node): nothing is listed unless there is exactly one; the caller
// sorts the documents.
WITH [c IN candidates | c.id] AS ids, CASE WHEN size(candidates) = 1 THEN candidates[0] END AS t
RETURN ids, COLLECT {
  MATCH (d:Document)-[:HAS_PARAGRAPH]->(p:Paragraph)-[c:CITES]->(t)
  WITH d, p, c, t
  ORDER BY p.order, c.start, c.via
  WITH d, p, collect({
    rel: properties(c),
    target: t {.*, labels: labels(t)},
    footnote: head(COLLECT {
      MATCH (f:Footnote {id: coalesce(c.footnoteId, c.document + '#fn-' + c.footnote)})
      RETURN f {.*, labels: labels(f)}
    })
  }) AS citations
  ORDER BY p.order
  WITH d, collect({paragraph: p {.*, labels: labels(p)}, citations: citations}) AS paragraphs
  RETURN {document: d {.*, labels: labels(d)}, paragraphs: paragraphs} AS entry
} AS documents
