// Shared opening of every query that takes names (server/queries.ts prepends it). Each of $keys
// becomes the nodes it names, best match first: an exact id; else a paragraph's local id (op-12)
// or a symbol, acronym, short title or name spelt exactly; else any of those, a title or an alias,
// ignoring case; else a resolution's title. With $exact only ids are tried: loaders pass ids
// they already hold.
// Each tier runs only when every tier before it found nothing (a CALL whose WHERE lets no row
// through never reaches its MATCH): the later tiers scan every catalogue node and document, so
// a key that is an id, the common case, costs one index look-up instead of three scans.
// Leaves one row per key: `key` and `candidates` (empty: unknown; more than one: ambiguous).
UNWIND $keys AS key
CALL (key) {
  MATCH (n:InstrumentGraph {id: key})
  RETURN collect(n) AS byId
}
CALL (key, byId) {
  WITH key WHERE byId = [] AND NOT $exact
  CALL (key) {
    MATCH (n:Paragraph {localId: key})
    RETURN n
    UNION
    MATCH (n:Instrument|Resolution|Document|Body|Group|Theme)
    WHERE key IN [n.symbol, n.acronym, n.shortTitle, n.name]
    RETURN n
  }
  RETURN collect(n) AS byName
}
CALL (key, byId, byName) {
  WITH key WHERE byId = [] AND byName = [] AND NOT $exact
  MATCH (n:Instrument|Resolution|Document|Body|Group|Theme)
  WHERE toLower(key) IN [name IN [n.symbol, n.acronym, n.shortTitle, n.name] + coalesce(n.aliases, []) | toLower(name)]
     OR (NOT n:Resolution AND toLower(key) = toLower(n.title))
  RETURN collect(n) AS byAnyCase
}
// A resolution's title is often the title of the instrument it adopts: the instrument wins.
CALL (key, byId, byName, byAnyCase) {
  WITH key WHERE byId = [] AND byName = [] AND byAnyCase = [] AND NOT $exact
  MATCH (n:Resolution)
  WHERE toLower(key) = toLower(n.title)
  RETURN collect(n) AS byResolutionTitle
}
WITH key,
  CASE
    WHEN byId <> [] THEN byId
    WHEN byName <> [] THEN byName
    WHEN byAnyCase <> [] THEN byAnyCase
    ELSE byResolutionTitle
  END AS candidates
