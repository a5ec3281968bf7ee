// One document's graph: the document, its paragraphs and footnotes, everything its paragraphs
// cite, name or address and the documents it references (up to $limit + 1 nodes; one more tells
// the caller it was cut), with every relationship leaving them; the caller keeps the edges whose
// ends it holds. No nodes when no document has the symbol $document.
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
WITH n, min(rank) AS rank
ORDER BY rank, n.id
LIMIT $limit + 1
WITH collect(n) AS nodes
RETURN
  [n IN nodes | n {.*, labels: labels(n), themes: [(n)-[:ADDRESSES]->(t:Theme) | t.id]}] AS nodes,
  COLLECT {
    UNWIND nodes AS a
    MATCH (a)-[r]->(b)
    RETURN {type: type(r), source: a.id, target: b.id, props: properties(r)} AS edge
  } AS edges
