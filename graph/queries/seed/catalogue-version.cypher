// The last statement of the catalogue's transaction: gives the graph a new version only when the
// catalogue written differs from the one written last ($catalogueHash), since writing the same
// catalogue again changes nothing. Every server start writes the catalogue, and a new version
// would empty the response cache of every API server sharing the database.
MERGE (v:InstrumentGraphVersion {id: 'graph'})
WITH v
WHERE v.catalogueHash IS NULL OR v.catalogueHash <> $catalogueHash OR v.version IS NULL
SET v.version = randomUUID(), v.changedAt = toString(datetime()), v.catalogueHash = $catalogueHash
