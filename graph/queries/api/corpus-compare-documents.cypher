// Two documents' citation profiles: every target either cites, with the number of citing paragraphs
// in each. Follows resolve-keys.cypher with $keys = [$a, $b]; only Document candidates count (a
// resolution that is only cited is no document). `aIds`/`bIds` are each key's documents: targets
// are listed only when each names exactly one.
WITH collect({key: key, documents: [c IN candidates WHERE c:Document]}) AS resolved
WITH
  head([r IN resolved WHERE r.key = $a | r.documents]) AS aDocs,
  head([r IN resolved WHERE r.key = $b | r.documents]) AS bDocs
WITH aDocs, bDocs,
  CASE WHEN size(aDocs) = 1 AND size(bDocs) = 1 THEN aDocs[0].id END AS a,
  CASE WHEN size(aDocs) = 1 AND size(bDocs) = 1 THEN bDocs[0].id END AS b
RETURN
  [d IN aDocs | d.id] AS aIds,
  [d IN bDocs | d.id] AS bIds,
  head([d IN aDocs | d {.*, labels: labels(d)}]) AS aDocument,
  head([d IN bDocs | d {.*, labels: labels(d)}]) AS bDocument,
  COLLECT {
    MATCH (p:Paragraph)-[:CITES]->(t)
    WHERE p.document IN [a, b]
    WITH t, count(DISTINCT CASE WHEN p.document = a THEN p END) AS inA, count(DISTINCT CASE WHEN p.document = b THEN p END) AS inB
    RETURN {target: t {.*, labels: labels(t)}, inA: inA, inB: inB} AS row
    ORDER BY inA + inB DESC, t.id
  } AS targets
