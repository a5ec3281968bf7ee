// Catalogue instruments. A placeholder that a citation created earlier (uncatalogued: true) is
// completed here, since the catalogue is the authority on every property it states.
UNWIND $rows AS row
MERGE (n:Instrument {id: row.id})
SET n:InstrumentGraph,
    n.instrumentKind = row.instrumentKind,
    n.title = row.title,
    n.shortTitle = row.shortTitle,
    n.acronym = row.acronym,
    n.aliases = row.aliases,
    n.aliasText = row.aliasText,
    n.adopted = row.adopted,
    n.openedForSignature = row.openedForSignature,
    n.enteredIntoForce = row.enteredIntoForce,
    n.untsVolume = toInteger(row.untsVolume),
    n.untsNumber = toInteger(row.untsNumber),
    n.uncatalogued = false,
    n.sources = row.sources
