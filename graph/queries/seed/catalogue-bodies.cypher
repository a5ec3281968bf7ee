// Catalogue bodies (organs, commissions, offices, ...).
UNWIND $rows AS row
MERGE (n:Body {id: row.id})
SET n:InstrumentGraph,
    n.name = row.name,
    n.acronym = row.acronym,
    n.bodyKind = row.bodyKind,
    n.aliases = row.aliases,
    n.aliasText = row.aliasText,
    n.uncatalogued = false
