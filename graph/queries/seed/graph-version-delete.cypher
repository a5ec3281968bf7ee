// --reset removes the version node with the rest of what the project wrote. The API never caches
// an answer while the graph has no version (server/plugins/use-response-cache.ts), so "no
// version" cannot stand for two different graphs.
MATCH (v:InstrumentGraphVersion)
DELETE v
