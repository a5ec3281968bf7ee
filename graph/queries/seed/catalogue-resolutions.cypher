// Catalogue resolutions, keyed by their normalised symbol.
UNWIND $rows AS row
MERGE (n:Resolution {id: row.symbol})
SET n:InstrumentGraph,
    n.symbol = row.symbol,
    n.organ = row.organ,
    n.title = row.title,
    n.adopted = row.adopted,
    n.sources = row.sources,
    n.catalogued = true
