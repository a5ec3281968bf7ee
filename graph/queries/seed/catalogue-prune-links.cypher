// Removes catalogue relationships that the catalogue no longer states (an edited "supplements",
// "amends", "partOf", "groups" or "adoptedBy"), so re-seeding after an edit leaves nothing stale.
// Only links from catalogued nodes: an uncatalogued instrument's ADOPTED_BY comes from a document's footnote.
// $keys holds "<type> <from id> <to id>" for every catalogue relationship just written.
MATCH (a:InstrumentGraph)-[r:SUPPLEMENTS|AMENDS|ADOPTED_BY|PART_OF|MEMBER_OF]->(b:InstrumentGraph)
WHERE (a.uncatalogued = false OR a.catalogued = true)
  AND NOT type(r) + ' ' + a.id + ' ' + b.id IN $keys
DELETE r
