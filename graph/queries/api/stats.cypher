// How many nodes carry each label and how many relationships of each type join our nodes, plus the
// number of loaded documents (placeholders that citations created have no contentHash) and citations.
CALL () {
  MATCH (n:InstrumentGraph)
  UNWIND labels(n) AS label
  WITH label, count(*) AS count
  RETURN collect({name: label, count: count}) AS nodes
}
CALL () {
  MATCH (:InstrumentGraph)-[r]->(:InstrumentGraph)
  WITH type(r) AS type, count(*) AS count
  RETURN collect({name: type, count: count}) AS relationships
}
RETURN nodes, relationships,
  COUNT { MATCH (d:Document) WHERE d.contentHash IS NOT NULL } AS documents,
  COUNT { MATCH (:Paragraph)-[:CITES]->() } AS citations
