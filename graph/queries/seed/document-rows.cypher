// Writes the rows of a document whose node document-open.cypher wrote: one UNWIND subquery per
// list of the record, and for citations one per target label, because a label cannot be a
// parameter. The loader sends all of a document's lists at once; the naive baseline of the
// benchmark sends one row per call. Both write the same graph.
//
// Placeholders: a citation of something the catalogue lacks MERGEs a node with ON CREATE only
// (uncatalogued: true, or catalogued: false for resolutions, or a Document with its symbol alone),
// so a citation never overwrites catalogued data. Integers arrive from JavaScript as floats;
// toInteger stores them as integers.
MATCH (d:Document {id: $symbol})

// Paragraphs, HAS_PARAGRAPH {order} and NEXT in reading order.
CALL (d) {
  UNWIND $paragraphs AS row
  MERGE (p:Paragraph {id: row.id})
  SET p:InstrumentGraph,
      p.localId = row.localId,
      p.document = $symbol,
      p.section = row.section,
      p.number = toInteger(row.number),
      p.order = toInteger(row.order),
      p.text = row.text,
      p.line = toInteger(row.line)
  MERGE (d)-[r:HAS_PARAGRAPH]->(p)
  SET r.order = toInteger(row.order)
}
CALL () {
  UNWIND $next AS row
  MATCH (a:Paragraph {id: row.from}), (b:Paragraph {id: row.to})
  MERGE (a)-[:NEXT]->(b)
}

// Footnotes, and HAS_FOOTNOTE from the paragraph that holds each marker.
CALL () {
  UNWIND $footnotes AS row
  MERGE (f:Footnote {id: row.id})
  SET f:InstrumentGraph,
      f.marker = row.marker,
      f.text = row.text,
      f.document = $symbol,
      f.paragraph = row.paragraph
  WITH f, row
  WHERE row.paragraphId IS NOT NULL
  MATCH (p:Paragraph {id: row.paragraphId})
  MERGE (p)-[:HAS_FOOTNOTE]->(f)
}

// Paragraph CITES Instrument.
CALL () {
  UNWIND $citesInstrument AS row
  MATCH (p:Paragraph {id: row.paragraph})
  MERGE (t:Instrument {id: row.target})
  ON CREATE SET
      t:InstrumentGraph,
      t.instrumentKind = row.instrumentKind,
      t.title = row.title,
      t.shortTitle = row.shortTitle,
      t.acronym = row.acronym,
      t.aliases = row.aliases,
      t.aliasText = row.aliasText,
      t.untsVolume = toInteger(row.untsVolume),
      t.untsNumber = toInteger(row.untsNumber),
      t.uncatalogued = true,
      t.sources = [row.source]
  MERGE (p)-[r:CITES {start: toInteger(row.start), end: toInteger(row.end), via: row.via}]->(t)
  SET r.surface = row.surface,
      r.footnote = row.footnote,
      r.document = $symbol
}

// Paragraph CITES Resolution, and the document REFERENCES it (a resolution's own text citing its
// own symbol is not a reference to another text).
CALL (d) {
  UNWIND $citesResolution AS row
  MATCH (p:Paragraph {id: row.paragraph})
  MERGE (t:Resolution {id: row.target})
  ON CREATE SET
      t:InstrumentGraph,
      t.symbol = row.symbol,
      t.catalogued = false
  MERGE (p)-[r:CITES {start: toInteger(row.start), end: toInteger(row.end), via: row.via}]->(t)
  SET r.surface = row.surface,
      r.footnote = row.footnote,
      r.document = $symbol
  WITH d, t
  WHERE t.id <> d.id
  MERGE (d)-[:REFERENCES]->(t)
}

// Paragraph CITES Document, and the document REFERENCES it. A document not loaded (yet) is a
// placeholder; loading it later completes the same node.
CALL (d) {
  UNWIND $citesDocument AS row
  MATCH (p:Paragraph {id: row.paragraph})
  MERGE (t:Document {id: row.target})
  ON CREATE SET
      t:InstrumentGraph,
      t.symbol = row.symbol
  MERGE (p)-[r:CITES {start: toInteger(row.start), end: toInteger(row.end), via: row.via}]->(t)
  SET r.surface = row.surface,
      r.footnote = row.footnote,
      r.document = $symbol
  WITH d, t
  WHERE t.id <> d.id
  MERGE (d)-[:REFERENCES]->(t)
}

// Paragraph CITES Group (a family of instruments named as a whole).
CALL () {
  UNWIND $citesGroup AS row
  MATCH (p:Paragraph {id: row.paragraph})
  MERGE (t:Group {id: row.target})
  ON CREATE SET
      t:InstrumentGraph,
      t.title = row.title,
      t.aliasText = row.aliasText,
      t.uncatalogued = true
  MERGE (p)-[r:CITES {start: toInteger(row.start), end: toInteger(row.end), via: row.via}]->(t)
  SET r.surface = row.surface,
      r.footnote = row.footnote,
      r.document = $symbol
}

// Paragraph MENTIONS Body.
CALL () {
  UNWIND $mentions AS row
  MATCH (p:Paragraph {id: row.paragraph})
  MERGE (b:Body {id: row.target})
  ON CREATE SET
      b:InstrumentGraph,
      b.name = row.name,
      b.acronym = row.acronym,
      b.bodyKind = 'other',
      b.aliases = row.aliases,
      b.aliasText = row.aliasText,
      b.uncatalogued = true
  MERGE (p)-[r:MENTIONS {start: toInteger(row.start), end: toInteger(row.end)}]->(b)
  SET r.surface = row.surface,
      r.document = $symbol
}

// Paragraph ADDRESSES Theme.
CALL () {
  UNWIND $themes AS row
  MATCH (p:Paragraph {id: row.paragraph})
  MERGE (t:Theme {id: row.theme})
  ON CREATE SET
      t:InstrumentGraph,
      t.name = row.theme,
      t.uncatalogued = true
  MERGE (p)-[:ADDRESSES]->(t)
}

// Resolution ANNEXES Instrument, where a resolution is cited with the annexes that hold cited
// instruments. ON CREATE only: the catalogue's own annex, where it states one, prevails.
CALL () {
  UNWIND $annexes AS row
  MATCH (a:Resolution {id: row.from}), (b:Instrument {id: row.to})
  MERGE (a)-[r:ANNEXES]->(b)
  ON CREATE SET r.annex = row.annex
}

// An uncatalogued instrument ADOPTED_BY the resolution its footnote names (cited, so it exists).
CALL () {
  UNWIND $adoptedBy AS row
  MATCH (i:Instrument {id: row.instrument}), (r:Resolution {id: row.resolution})
  MERGE (i)-[:ADOPTED_BY]->(r)
}

// Placeholders the earlier version pointed at and nothing points at now.
CALL () {
  UNWIND $placeholders AS id
  MATCH (t:InstrumentGraph {id: id})
  WHERE (t.uncatalogued = true OR t.catalogued = false OR (t:Document AND t.contentHash IS NULL))
    AND NOT EXISTS { (t)<-[:CITES|MENTIONS|ADDRESSES|REFERENCES]-() }
  DETACH DELETE t
}

RETURN count(*) AS done
