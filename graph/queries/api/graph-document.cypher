// One document's graph: the document, its paragraphs and footnotes, everything its paragraphs
// cite, name or address and the documents it references (up to $limit + 1 nodes; one more tells
// the caller it was cut), with every relationship leaving them; the caller keeps the edges whose
// ends it holds. No nodes when no document has the symbol $document. A citation or mention of the
// document itself carries self: true, so "most cited" lists can leave it out: an instrument the
// document adopts or annexes, or, for a document that is not a resolution (whose title names its
// subject, not itself), a target named by one of its title paragraphs (corpus-overview.cypher too).
MATCH (d:Document {id: $document})
CALL (d) {
  RETURN d AS n, 0 AS rank
  UNION
  MATCH (d)-[:HAS_PARAGRAPH]->(n) RETURN n, 1 AS rank
  UNION
  MATCH (n:Footnote) WHERE n.document = d.id RETURN n, 2 AS rank
  UNION
  MATCH (d)-[:HAS_PARAGRAPH]->(:Paragraph)-[:CITES|MENTIONS|ADDRESSES]->(n) RETURN n, 3 AS rank
  UNION
  MATCH (d)-[:REFERENCES]->(n) RETURN n, 3 AS rank
}
WITH d, n, min(rank) AS rank
ORDER BY rank, n.id
LIMIT $limit + 1
WITH d, collect(n) AS nodes
WITH nodes, [t IN nodes WHERE t <> d AND (
    EXISTS { (t)-[:ADOPTED_BY]->(d) } OR EXISTS { (d)-[:ANNEXES]->(t) } OR
    (NOT d:Resolution AND EXISTS {
      MATCH (d)-[:HAS_PARAGRAPH]->(title:Paragraph {section: 'title'})
      WHERE toLower(trim(title.text)) IN [x IN [t.shortTitle, t.title, t.name] WHERE x IS NOT NULL | toLower(trim(x))]
    })
  ) | t.id] AS selfIds
RETURN
  [n IN nodes | n {.*, labels: labels(n), themes: [(n)-[:ADDRESSES]->(t:Theme) | t.id]}] AS nodes,
  COLLECT {
    UNWIND nodes AS a
    MATCH (a)-[r]->(b)
    WITH a, r, b, properties(r) AS props
    RETURN {type: type(r), source: a.id, target: b.id, props: CASE WHEN type(r) IN ['CITES', 'MENTIONS'] AND b.id IN selfIds THEN props {.*, self: true} ELSE props END} AS edge
  } AS edges
