// Footnotes, and HAS_FOOTNOTE from the paragraph that holds each marker.
UNWIND $rows AS row
CREATE (f:Footnote:InstrumentGraph {
  id: row.id,
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
