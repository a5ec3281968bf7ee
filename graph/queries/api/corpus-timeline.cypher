// Dated events: adopted, openedForSignature, enteredIntoForce, issued (a document that is not a
// resolution) and cited (a document cites the node, on the document's date). Follows
// resolve-keys.cypher with $keys = [$target, $document] (either may be null). `targetIds` are the
// ids of the target's candidates (a resolution loaded as a document is one node);
// `documentIds` the ids of the document's Document candidates. Events are listed only when each
// key given names exactly one. With a target: its dates and its citations (by $document alone when
// given); with a document alone: its date and the dates of what it cites; with neither: the dates
// of every instrument, resolution and loaded document. By date (undated last), at most $limit.
// `inferred` is true for a date read from a document's text rather than printed (dateInferred).
WITH collect({key: key, candidates: candidates}) AS resolved
WITH
  head([r IN resolved WHERE r.key = $target | r.candidates]) AS targetNodes,
  head([r IN resolved WHERE r.key = $document | [c IN r.candidates WHERE c:Document]]) AS documentNodes
WITH targetNodes, documentNodes, [c IN coalesce(targetNodes, []) | c.id] AS targetIds
WITH targetIds, [d IN coalesce(documentNodes, []) | d.id] AS documentIds,
  ($target IS NULL OR size(targetIds) = 1) AND ($document IS NULL OR size(documentNodes) = 1) AS valid,
  coalesce(targetNodes, []) AS targets,
  head(coalesce(documentNodes, [])) AS doc
CALL (valid, targets, doc) {
  // A target's own dates (a loaded resolution: its adoption and its text's date).
  WITH targets WHERE valid
  UNWIND targets AS n
  UNWIND [
    ['adopted', n.adopted], ['openedForSignature', n.openedForSignature], ['enteredIntoForce', n.enteredIntoForce],
    [CASE WHEN n.docKind = 'resolution' THEN 'adopted' ELSE 'issued' END, CASE WHEN n:Document THEN n.date END, n.dateInferred]
  ] AS e
  WITH n, e WHERE e[1] IS NOT NULL
  RETURN e[1] AS date, e[0] AS kind, n.id AS node, null AS document, null AS paragraphCount, coalesce(e[2], false) AS inferred
  UNION
  // Each document that cites the target, on its date.
  WITH targets, doc WHERE valid
  UNWIND targets AS n
  MATCH (d:Document)-[:HAS_PARAGRAPH]->(p:Paragraph)-[:CITES]->(n)
  WHERE doc IS NULL OR d = doc
  WITH n.id AS node, d, count(DISTINCT p) AS paragraphCount
  RETURN d.date AS date, 'cited' AS kind, node, d.id AS document, paragraphCount, coalesce(d.dateInferred, false) AS inferred
  UNION
  // A document alone: its date, and the dates of what it cites.
  WITH targets, doc WHERE valid AND size(targets) = 0 AND doc IS NOT NULL
  CALL (doc) {
    RETURN doc AS n
    UNION
    MATCH (doc)-[:HAS_PARAGRAPH]->(:Paragraph)-[:CITES]->(n)
    RETURN DISTINCT n
  }
  UNWIND [
    ['adopted', n.adopted], ['openedForSignature', n.openedForSignature], ['enteredIntoForce', n.enteredIntoForce],
    [CASE WHEN n.docKind = 'resolution' THEN 'adopted' ELSE 'issued' END, CASE WHEN n:Document THEN n.date END, n.dateInferred]
  ] AS e
  WITH n, e WHERE e[1] IS NOT NULL
  RETURN e[1] AS date, e[0] AS kind, n.id AS node, null AS document, null AS paragraphCount, coalesce(e[2], false) AS inferred
  UNION
  // Neither: every dated instrument, resolution and document.
  WITH targets, doc WHERE valid AND size(targets) = 0 AND doc IS NULL
  MATCH (n:Instrument|Resolution|Document)
  UNWIND [
    ['adopted', n.adopted], ['openedForSignature', n.openedForSignature], ['enteredIntoForce', n.enteredIntoForce],
    [CASE WHEN n.docKind = 'resolution' THEN 'adopted' ELSE 'issued' END, CASE WHEN n:Document THEN n.date END, n.dateInferred]
  ] AS e
  WITH n, e WHERE e[1] IS NOT NULL
  RETURN e[1] AS date, e[0] AS kind, n.id AS node, null AS document, null AS paragraphCount, coalesce(e[2], false) AS inferred
}
WITH targetIds, documentIds, date, kind, node, document, paragraphCount, inferred
ORDER BY date IS NULL, date, node, kind, document
LIMIT $limit
// `ids`: the nodes the events name (collect leaves out the nulls of events without a document).
WITH targetIds, documentIds,
  collect({date: date, kind: kind, node: node, document: document, paragraphCount: paragraphCount, inferred: inferred}) AS events,
  collect(node) + collect(document) AS ids
// Matched against the list rather than by unwinding the events: a subquery that unwinds them
// carries the whole list on every row it de-duplicates, which outgrows the transaction's memory
// once the corpus holds a thousand dated events.
RETURN targetIds, documentIds, events,
  COLLECT {
    MATCH (n:Instrument|Resolution|Document|Group|Body|Theme)
    WHERE n.id IN ids
    RETURN n {.*, labels: labels(n)}
  } AS nodes
