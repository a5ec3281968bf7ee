// The whole graph: up to $limit + 1 nodes (one more tells the caller it was cut; documents and
// paragraphs first), and every relationship leaving them; the caller keeps the edges whose ends
// it holds.
MATCH (n:InstrumentGraph)
WITH n
ORDER BY CASE WHEN n:Document THEN 0 WHEN n:Paragraph THEN 1 ELSE 2 END, n.id
LIMIT $limit + 1
WITH collect(n) AS nodes
RETURN
  [n IN nodes | n {.*, labels: labels(n), themes: [(n)-[:ADDRESSES]->(t:Theme) | t.id]}] AS nodes,
  COLLECT {
    UNWIND nodes AS a
    MATCH (a)-[r]->(b)
    RETURN {type: type(r), source: a.id, target: b.id, props: properties(r)} AS edge
  } AS edges
