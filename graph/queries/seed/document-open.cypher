// Opens the load of a document, in its transaction; document-rows.cypher follows.
//
// When the document is loaded already with the same $contentHash and $force is false, nothing is
// written and no row is returned. Otherwise what an earlier load wrote is removed (its paragraphs
// and footnotes with all their relationships, and its REFERENCES), the Document node is written,
// and the placeholders the earlier version pointed at are returned: document-rows.cypher deletes
// those that nothing points at any more, so nothing stale remains.
OPTIONAL MATCH (existing:Document {id: $symbol})
WITH existing
WHERE $force OR existing.contentHash IS NULL OR existing.contentHash <> $contentHash

CALL () {
  OPTIONAL MATCH (:Paragraph {document: $symbol})-[:CITES|MENTIONS|ADDRESSES]->(t)
  WHERE t.uncatalogued = true OR t.catalogued = false OR (t:Document AND t.contentHash IS NULL)
  RETURN collect(DISTINCT t.id) AS placeholders
}
CALL () {
  MATCH (p:Paragraph {document: $symbol})
  DETACH DELETE p
}
CALL () {
  MATCH (f:Footnote {document: $symbol})
  DETACH DELETE f
}
CALL () {
  MATCH (:Document {id: $symbol})-[r:REFERENCES]->()
  DELETE r
}

MERGE (d:Document {id: $symbol})
SET d:InstrumentGraph,
    d.symbol = $document.symbol,
    d.title = $document.title,
    d.date = $document.date,
    d.docKind = $document.docKind,
    d.file = $document.file,
    d.paragraphCount = toInteger($document.paragraphCount),
    d.contentHash = $contentHash
RETURN placeholders
