// Which paragraphs cite an instrument, and through what words: one row per paragraph, in
// document and reading order.
MATCH (d:Document)-[:HAS_PARAGRAPH]->(p:Paragraph)-[c:CITES]->(:Instrument {id: $id})
WITH d, p, c
ORDER BY c.start
WITH d, p, collect(c.surface) AS surfaces
ORDER BY d.id, p.order
RETURN d.id AS document, p.localId AS paragraph, surfaces
