// The links of one type ($type: SUPPLEMENTS or AMENDS) between instruments, as {from, to} ids in
// order: what a reader checks after loading the catalogue.
MATCH (a:Instrument)-[r]->(b:Instrument)
WHERE type(r) = $type
RETURN a.id AS from, b.id AS to
ORDER BY from, to
