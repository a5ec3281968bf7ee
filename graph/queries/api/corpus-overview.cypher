// The corpus overview: every loaded document and what its paragraphs cite or mention (and the
// documents it references), with one edge per document and target whose weight is the number of
// the document's paragraphs that link to the target. `self` marks the document citing itself, so
// "most cited" lists can leave it out: an instrument the document (a resolution) adopts or
// annexes, or, for a document that is not a resolution (whose title names its subject, not
// itself), a target named by one of its title paragraphs (the Bangkok Declaration, cited by the
// Congress document that holds it). Up to $limit + 1 nodes: one more tells the
// caller it was cut. Documents come first.
MATCH (d:Document)
WHERE d.contentHash IS NOT NULL
CALL (d) {
  MATCH (d)-[:HAS_PARAGRAPH]->(p:Paragraph)-[r:CITES|MENTIONS]->(t)
  WITH t, type(r) AS type, count(DISTINCT p) AS weight
  RETURN t, type, weight
  UNION
  MATCH (d)-[:REFERENCES]->(t)
  RETURN t, 'REFERENCES' AS type, 1 AS weight
}
WITH d, t, type, sum(weight) AS weight
WITH d, t, type, weight,
  t <> d AND (
    EXISTS { (t)-[:ADOPTED_BY]->(d) } OR EXISTS { (d)-[:ANNEXES]->(t) } OR
    (NOT d:Resolution AND EXISTS {
      MATCH (d)-[:HAS_PARAGRAPH]->(title:Paragraph {section: 'title'})
      WHERE toLower(trim(title.text)) IN [x IN [t.shortTitle, t.title, t.name] WHERE x IS NOT NULL | toLower(trim(x))]
    })
  ) AS self
WITH collect(DISTINCT d) AS documents, collect({document: d, target: t, type: type, weight: weight, self: self}) AS links
// The nodes apart from the links: DISTINCT over rows that also carried the list of links would
// compare that list on every row.
CALL (documents, links) {
  UNWIND documents + [l IN links | l.target] AS n
  WITH DISTINCT n
  RETURN n
  ORDER BY CASE WHEN n:Document AND n.contentHash IS NOT NULL THEN 0 ELSE 1 END, n.id
  LIMIT $limit + 1
}
WITH links, collect(n) AS nodes
RETURN
  [n IN nodes | n {.*, labels: labels(n)}] AS nodes,
  [l IN links | {type: l.type, source: l.document.id, target: l.target.id, props: {weight: l.weight, self: l.self, aggregate: true}}] AS edges
