// Every document, loaded or only cited, by symbol.
MATCH (d:Document)
RETURN d {.*, labels: labels(d)} AS node
ORDER BY d.symbol
