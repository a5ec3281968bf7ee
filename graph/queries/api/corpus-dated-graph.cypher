// The graph of graph-all.cypher (no $document) or graph-document.cypher (the document with id
// $document), each node with `since`: the earliest date it is known to exist (see `datedGraph` in
// server/schema/corpus.graphql). With $asOf, only nodes whose since is on or before it, and those
// of unknown date only when $undated is true.
// Up to $limit + 1 nodes (one more tells the caller it was cut), with every relationship leaving
// them; `found` is false when $document names no document.
OPTIONAL MATCH (d:Document {id: $document})
WITH d, COLLECT {
  CALL (d) {
    WITH d WHERE $document IS NULL
    MATCH (n:InstrumentGraph)
    RETURN n, CASE WHEN n:Document THEN 0 WHEN n:Paragraph THEN 1 ELSE 2 END AS rank
    UNION
    WITH d WHERE d IS NOT NULL
    RETURN d AS n, 0 AS rank
    UNION
    WITH d WHERE d IS NOT NULL
    MATCH (d)-[:HAS_PARAGRAPH]->(n) RETURN n, 1 AS rank
    UNION
    WITH d WHERE d IS NOT NULL
    MATCH (n:Footnote) WHERE n.document = d.id RETURN n, 2 AS rank
    UNION
    WITH d WHERE d IS NOT NULL
    MATCH (d)-[:HAS_PARAGRAPH]->(:Paragraph)-[:CITES|MENTIONS|ADDRESSES]->(n) RETURN n, 3 AS rank
    UNION
    WITH d WHERE d IS NOT NULL
    MATCH (d)-[:REFERENCES]->(n) RETURN n, 3 AS rank
  }
  WITH n, min(rank) AS rank
  WITH n, rank, CASE
    WHEN n:Paragraph OR n:Footnote THEN head(COLLECT { MATCH (doc:Document {id: n.document}) RETURN doc.date })
    // Bodies, themes and groups have no date of their own: they are known from the earliest
    // document that mentions, addresses or cites them.
    WHEN n:Body OR n:Theme OR n:Group
      THEN head(COLLECT { MATCH (p:Paragraph)-[:CITES|MENTIONS|ADDRESSES]->(n) MATCH (doc:Document {id: p.document}) RETURN min(doc.date) AS date })
    ELSE coalesce(
      n.adopted, n.openedForSignature, n.enteredIntoForce, n.date,
      head(COLLECT { MATCH (p:Paragraph)-[:CITES]->(n) MATCH (doc:Document {id: p.document}) RETURN min(doc.date) AS date })
    )
  END AS since
  WHERE $asOf IS NULL OR (since IS NULL AND $undated) OR since <= $asOf
  RETURN {node: n, record: n {.*, labels: labels(n), themes: [(n)-[:ADDRESSES]->(t:Theme) | t.id], since: since}} AS entry
  ORDER BY rank, n.id
  LIMIT $limit + 1
} AS entries
RETURN
  d IS NOT NULL OR $document IS NULL AS found,
  [e IN entries | e.record] AS nodes,
  COLLECT {
    UNWIND entries AS e
    WITH e.node AS a
    MATCH (a)-[r]->(b)
    RETURN {type: type(r), source: a.id, target: b.id, props: properties(r)} AS edge
  } AS edges
