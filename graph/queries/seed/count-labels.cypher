// Nodes of this project per label, and how many nodes there are in all (`total`, the same on every
// row): a resolution loaded as a document counts under both Document and Resolution, once in total.
CALL () {
  MATCH (n:InstrumentGraph)
  RETURN count(n) AS total
}
MATCH (n:InstrumentGraph)
UNWIND labels(n) AS label
WITH total, label
WHERE label <> 'InstrumentGraph'
RETURN label, count(*) AS count, total
ORDER BY label
