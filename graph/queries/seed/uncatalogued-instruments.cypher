// The uncatalogued instruments the graph holds, with what identifies them across documents:
// their Treaty Series registration and the comparison keys of their names
// (seed/load/instrument-identity.ts gives a new citation of one of them its id).
MATCH (i:Instrument {uncatalogued: true})
RETURN i.id AS id, i.untsVolume AS untsVolume, i.untsNumber AS untsNumber, coalesce(i.titleKeys, []) AS titleKeys
