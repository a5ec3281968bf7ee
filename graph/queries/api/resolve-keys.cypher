// Shared opening of every query that takes names (server/queries.ts prepends it). Each of $keys
// becomes the nodes it names, best match first: an exact id; else a paragraph's local id (op-12)
// or a symbol, acronym, short title or name spelt exactly; else any of those, a title or an alias,
// ignoring case; else a resolution's title. With $exact only ids are tried: loaders pass ids
// they already hold.
// Leaves one row per key: `key` and `candidates` (empty: unknown; more than one: ambiguous).
UNWIND $keys AS key
WITH key, COLLECT {
  MATCH (n:InstrumentGraph {id: key})
  RETURN {node: n, rank: 0} AS hit
  UNION
  WITH key WHERE NOT $exact
  MATCH (n:Paragraph {localId: key})
  RETURN {node: n, rank: 1} AS hit
  UNION
  WITH key WHERE NOT $exact
  MATCH (n:Instrument|Resolution|Document|Body|Group|Theme)
  WHERE key IN [n.symbol, n.acronym, n.shortTitle, n.name]
  RETURN {node: n, rank: 1} AS hit
  UNION
  WITH key WHERE NOT $exact
  MATCH (n:Instrument|Resolution|Document|Body|Group|Theme)
  WHERE toLower(key) IN [name IN [n.symbol, n.acronym, n.shortTitle, n.name] + coalesce(n.aliases, []) | toLower(name)]
     OR (NOT n:Resolution AND toLower(key) = toLower(n.title))
  RETURN {node: n, rank: 2} AS hit
  UNION
  // A resolution's title is often the title of the instrument it adopts: the instrument wins.
  WITH key WHERE NOT $exact
  MATCH (n:Resolution)
  WHERE toLower(key) = toLower(n.title)
  RETURN {node: n, rank: 3} AS hit
} AS hits
WITH key, reduce(best = 4, hit IN hits | CASE WHEN hit.rank < best THEN hit.rank ELSE best END) AS best, hits
WITH key, [hit IN hits WHERE hit.rank = best | hit.node] AS candidates
