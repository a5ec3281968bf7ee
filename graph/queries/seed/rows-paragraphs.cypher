// Paragraphs and HAS_PARAGRAPH {order}. The rows-*.cypher statements run after documents-clear,
// in the same transaction: a document's paragraphs and their relationships are gone, so they are
// CREATEd, not MERGEd (document-batch.ts drops repeated rows). Integers arrive from JavaScript as
// floats; toInteger stores them as integers.
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
CREATE (p:Paragraph:InstrumentGraph {
  id: row.id,
  localId: row.localId,
  document: row.document,
  section: row.section,
  number: toInteger(row.number),
  order: toInteger(row.order),
  text: row.text,
  line: toInteger(row.line),
  // A PDF's pages; a list property cannot be empty in a useful way, so text sources store none.
  pages: CASE WHEN size(row.pages) > 0 THEN [page IN row.pages | toInteger(page)] END
})
CREATE (d)-[:HAS_PARAGRAPH {order: toInteger(row.order)}]->(p)
