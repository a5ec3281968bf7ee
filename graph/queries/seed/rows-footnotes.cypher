// Footnotes, and HAS_FOOTNOTE from the paragraph that holds each marker. A marker may repeat in a
// document; the id (document symbol and the record's footnote id) does not.
UNWIND $rows AS row
CREATE (f:Footnote:InstrumentGraph {
  id: row.id,
  localId: row.localId,
  order: row.order,
  marker: row.marker,
  text: row.text,
  document: row.document,
  paragraph: row.paragraph,
  pages: CASE WHEN size(row.pages) > 0 THEN [page IN row.pages | toInteger(page)] END
})
WITH f, row
WHERE row.paragraphId IS NOT NULL
MATCH (p:Paragraph {id: row.paragraphId})
CREATE (p)-[:HAS_FOOTNOTE]->(f)
