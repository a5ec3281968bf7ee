// Removes what earlier loads of the documents $symbols wrote: their paragraphs and footnotes with
// all their relationships, their REFERENCES and the ANNEXES links only their text made. Returns the placeholders those paragraphs pointed
// at; rows-placeholders.cypher deletes the ones nothing points at once the new rows are written.
// A node with a contentHash is a loaded document, never a placeholder, even when it is also an
// uncatalogued Resolution (catalogued: false).
UNWIND $symbols AS symbol
CALL (symbol) {
  OPTIONAL MATCH (:Paragraph {document: symbol})-[:CITES|MENTIONS|ADDRESSES]->(t)
  WHERE t.contentHash IS NULL AND (t.uncatalogued = true OR t.catalogued = false OR t:Document)
  RETURN collect(DISTINCT t.id) AS placeholders
}
CALL (symbol) {
  MATCH (p:Paragraph {document: symbol})
  DETACH DELETE p
}
CALL (symbol) {
  MATCH (f:Footnote {document: symbol})
  DETACH DELETE f
}
CALL (symbol) {
  MATCH (:Document {id: symbol})-[r:REFERENCES]->()
  DELETE r
}
// ANNEXES links that only this document's text made go with it; shared ones forget it.
CALL (symbol) {
  MATCH (:Resolution)-[r:ANNEXES]->(:Instrument)
  WHERE r.citedIn = [symbol]
  DELETE r
}
CALL (symbol) {
  MATCH (:Resolution)-[r:ANNEXES]->(:Instrument)
  WHERE symbol IN r.citedIn
  SET r.citedIn = [d IN r.citedIn WHERE d <> symbol]
}
UNWIND placeholders AS id
RETURN collect(DISTINCT id) AS placeholders
