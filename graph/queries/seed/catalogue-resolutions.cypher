// Catalogue resolutions, keyed by their normalised symbol. A resolution loaded as a document is the
// same node (documents-write.cypher): it keeps the title of its own text, which the documents list
// and the document's graph show; the catalogue states the rest.
UNWIND $rows AS row
MERGE (n:Resolution {id: row.symbol})
SET n:InstrumentGraph,
    n.symbol = row.symbol,
    n.organ = row.organ,
    n.title = CASE WHEN n.contentHash IS NULL THEN row.title ELSE n.title END,
    n.adopted = row.adopted,
    n.sources = row.sources,
    n.catalogued = true
