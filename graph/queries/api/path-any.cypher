// The shortest path through any relationship (themes and reading order too; path.cypher follows
// citation links only), in either direction, between the nodes that $from and $to name, at most 10
// hops (HARD_MAX_PATH_LENGTH in server/config.ts; the caller applies a smaller maxLength). Follows
// resolve-keys.cypher with $keys = [$from, $to]. `fromIds`/`toIds` are the candidates of each key:
// a path is sought only when each names exactly one node, and only between two different nodes.
WITH collect({key: key, candidates: candidates}) AS resolved
WITH
  head([r IN resolved WHERE r.key = $from | r.candidates]) AS fromNodes,
  head([r IN resolved WHERE r.key = $to | r.candidates]) AS toNodes
WITH fromNodes, toNodes,
  CASE WHEN size(fromNodes) = 1 THEN fromNodes[0] END AS a,
  CASE WHEN size(toNodes) = 1 AND size(fromNodes) = 1 AND toNodes[0] <> fromNodes[0] THEN toNodes[0] END AS b
OPTIONAL MATCH p = shortestPath((a)-[*..10]-(b))
RETURN
  [n IN fromNodes | n.id] AS fromIds,
  [n IN toNodes | n.id] AS toIds,
  a {.*, labels: labels(a), themes: [(a)-[:ADDRESSES]->(t:Theme) | t.id]} AS start,
  [n IN nodes(p) | n {.*, labels: labels(n), themes: [(n)-[:ADDRESSES]->(t:Theme) | t.id]}] AS nodes,
  [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}] AS edges
