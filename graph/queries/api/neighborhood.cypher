// The nodes within $depth (1 to 3) hops of the key's node, in either direction, nearest first and
// at most $limit + 1 of them (one more tells the caller it was cut), with `total`, how many there
// were before the cut (a hub's "+412 more"); only nodes with one of
// $labels when given (the centre always stays; nodes of other labels still carry the walk), with
// every relationship leaving them. Each hop follows only relationships of type $rel (every type
// when null) and of $direction from the node it leaves: OUT, IN or BOTH. Follows resolve-keys.cypher; `ids` are the key's candidates
// and nothing is expanded unless there is exactly one. Rings are unrolled rather than a
// variable-length pattern: each ring is expanded once, so a hub costs its edges, not its paths.
WITH candidates, CASE WHEN size(candidates) = 1 THEN candidates[0] END AS center
CALL (center) {
  WITH center WHERE center IS NOT NULL
  MATCH (center)-[r]-(m)
  WHERE ($rel IS NULL OR type(r) = $rel) AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = center))
  RETURN collect(DISTINCT m) AS ring1
}
CALL (ring1) {
  WITH ring1 WHERE $depth >= 2
  UNWIND ring1 AS x
  MATCH (x)-[r]-(m)
  WHERE ($rel IS NULL OR type(r) = $rel) AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = x))
  RETURN collect(DISTINCT m) AS ring2
}
CALL (ring2) {
  WITH ring2 WHERE $depth >= 3
  UNWIND ring2 AS x
  MATCH (x)-[r]-(m)
  WHERE ($rel IS NULL OR type(r) = $rel) AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = x))
  RETURN collect(DISTINCT m) AS ring3
}
WITH candidates, center, [r IN [[center], ring1, ring2, ring3] WHERE center IS NOT NULL] AS rings
CALL (center, rings) {
  UNWIND range(0, size(rings) - 1) AS distance
  UNWIND rings[distance] AS n
  WITH n, min(distance) AS distance
  WHERE n = center OR $labels IS NULL OR any(label IN labels(n) WHERE label IN $labels)
  WITH n, distance
  ORDER BY distance, n.id
  WITH collect(n) AS reached
  RETURN reached[0..$limit + 1] AS nodes, size(reached) AS total
}
RETURN
  [c IN candidates | c.id] AS ids,
  total,
  [n IN nodes | n {.*, labels: labels(n), themes: [(n)-[:ADDRESSES]->(t:Theme) | t.id]}] AS nodes,
  COLLECT {
    UNWIND nodes AS a
    MATCH (a)-[r]->(b)
    RETURN {type: type(r), source: a.id, target: b.id, props: properties(r)} AS edge
  } AS edges
