// Resolution ANNEXES Instrument, where a resolution is cited with the annexes that hold cited
// instruments. Shared by documents, so MERGEd; ON CREATE only: the catalogue's own annex, where
// it states one, prevails. A link the text made lists the documents that made it (citedIn), so
// documents-clear.cypher can remove it with the last of them; a catalogue link has no citedIn.
UNWIND $rows AS row
MATCH (a:Resolution {id: row.from})
MATCH (b:Instrument {id: row.to})
MERGE (a)-[r:ANNEXES]->(b)
ON CREATE SET r.annex = row.annex, r.citedIn = [row.document]
ON MATCH SET r.citedIn = CASE
  WHEN r.citedIn IS NULL OR row.document IN r.citedIn THEN r.citedIn
  ELSE r.citedIn + row.document
END
