// Full-text search over the `search` index (graph/queries/schema.cypher): $query is a Lucene query
// the server built from escaped terms (server/search-query.ts), never the user's raw text.
CALL db.index.fulltext.queryNodes('search', $query, {limit: $limit}) YIELD node, score
RETURN node {.*, labels: labels(node)} AS node, score
ORDER BY score DESC, node.id
