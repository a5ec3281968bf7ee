// The graph's version (graph/queries/seed/graph-version-bump.cypher), or null before the first
// seed: what the response cache keys its answers on.
OPTIONAL MATCH (v:InstrumentGraphVersion {id: 'graph'})
RETURN v.version AS version
