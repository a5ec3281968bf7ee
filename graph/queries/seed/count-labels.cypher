// Nodes of this project per label.
MATCH (n:InstrumentGraph)
UNWIND labels(n) AS label
WITH label
WHERE label <> 'InstrumentGraph'
RETURN label, count(*) AS count
ORDER BY label
