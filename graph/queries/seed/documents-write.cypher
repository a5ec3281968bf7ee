// Writes the Document node of each of $documents, completing a placeholder of the same symbol.
// A document whose symbol is a resolution's (doc.resolution, by the extractor's rule: see
// isResolutionSymbol in seed/load/document-batch.ts) is the node of that resolution, labelled
// :Document:Resolution. A Resolution that the catalogue or a citation made first becomes the
// document; one written here first is the node that later citations and the catalogue MERGE on.
UNWIND $documents AS doc
WITH doc, coalesce(doc.resolution, false) AS resolution
// A resolution's document written before the two were one node stands beside its Resolution, and
// documents-clear has emptied it: it gives way to the Resolution, or becomes it when there is none.
CALL (doc, resolution) {
  WITH doc WHERE resolution
  MATCH (old:Document {id: doc.symbol}) WHERE NOT old:Resolution
  OPTIONAL MATCH (r:Resolution {id: doc.symbol})
  CALL (old, r) {
    WITH old WHERE r IS NULL
    SET old:Resolution
  }
  CALL (old, r) {
    WITH old WHERE r IS NOT NULL
    DETACH DELETE old
  }
}
CALL (doc, resolution) {
  WITH doc WHERE resolution
  MERGE (n:Resolution {id: doc.symbol})
  SET n:Document, n:InstrumentGraph, n.catalogued = coalesce(n.catalogued, false)
  // A placeholder's `adopted` came from a citation's words (rows-cites-resolution.cypher); the
  // loaded text's own `date` replaces it, whichever of the two was written first.
  WITH n WHERE n.catalogued = false
  REMOVE n.adopted
}
CALL (doc, resolution) {
  WITH doc WHERE NOT resolution
  MERGE (:Document {id: doc.symbol})
}
MATCH (d:Document {id: doc.symbol})
SET d:InstrumentGraph,
    d.symbol = doc.symbol,
    d.title = doc.title,
    d.date = doc.date,
    // A date no line prints, read from the text's own words (seed/stages/document-info.ts inferDate).
    d.dateInferred = coalesce(doc.dateInferred, false),
    d.dateEvidence = doc.dateEvidence,
    d.docKind = doc.docKind,
    d.file = doc.file,
    d.paragraphCount = toInteger(doc.paragraphCount),
    d.contentHash = doc.contentHash
