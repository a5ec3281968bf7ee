// Every resolution, by symbol, with how often it is cited.
MATCH (r:Resolution)
RETURN r {.*, labels: labels(r), citationCount: COUNT { (:Paragraph)-[:CITES]->(r) }} AS node
ORDER BY r.symbol
