// Writes the Document node of each of $documents, completing a placeholder of the same symbol.
UNWIND $documents AS doc
MERGE (d:Document {id: doc.symbol})
SET d:InstrumentGraph,
    d.symbol = doc.symbol,
    d.title = doc.title,
    d.date = doc.date,
    d.docKind = doc.docKind,
    d.file = doc.file,
    d.paragraphCount = toInteger(doc.paragraphCount),
    d.contentHash = doc.contentHash
