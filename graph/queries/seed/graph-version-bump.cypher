// Gives the graph a new version: the last statement of every seeder transaction that writes. The
// API keys its response cache on this value (server/plugins/use-response-cache.ts), so an answer
// cached before the write is never served after it. A random UUID, not a counter: after --reset
// deletes this node, a new counter would start again at a value caches may still hold.
MERGE (v:InstrumentGraphVersion {id: 'graph'})
SET v.version = randomUUID(), v.changedAt = toString(datetime())
