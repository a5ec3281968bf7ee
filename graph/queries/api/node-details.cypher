// Every node a key names, with everything one hop away that any field of its GraphQL type can ask
// for, so a nested selection costs one query per level instead of one per object. Follows
// resolve-keys.cypher. Each relationship type joins fixed labels (graph/MODEL.md), so a pattern
// that does not apply to a node's label simply comes back empty.
UNWIND candidates AS n
RETURN key,
  size(candidates) AS matches,
  n {.*, labels: labels(n)} AS node,
  head(COLLECT { MATCH (d:Document)-[:HAS_PARAGRAPH]->(n) RETURN d {.*, labels: labels(d)} }) AS document,
  COLLECT { MATCH (n)-[r:HAS_PARAGRAPH]->(p) RETURN p {.*, labels: labels(p)} ORDER BY r.order } AS paragraphs,
  CASE
    WHEN n:Document THEN COLLECT {
      MATCH (f:Footnote) WHERE f.document = n.id
      RETURN f {.*, labels: labels(f)} ORDER BY f.order, coalesce(toInteger(f.marker), 0), f.marker
    }
    ELSE COLLECT {
      MATCH (n)-[:HAS_FOOTNOTE]->(f)
      RETURN f {.*, labels: labels(f)} ORDER BY f.order, coalesce(toInteger(f.marker), 0), f.marker
    }
  END AS footnotes,
  COLLECT { MATCH (n)-[:REFERENCES]->(t) RETURN t {.*, labels: labels(t)} ORDER BY t.id } AS references,
  COLLECT {
    MATCH (n)-[c:CITES]->(t)
    RETURN {
      rel: properties(c),
      target: t {.*, labels: labels(t)},
      footnote: head(COLLECT {
        MATCH (f:Footnote {id: coalesce(c.footnoteId, c.document + '#fn-' + c.footnote)})
        RETURN f {.*, labels: labels(f)}
      })
    } ORDER BY c.start, c.via, t.id
  } AS citations,
  COLLECT {
    MATCH (n)-[m:MENTIONS]->(b)
    RETURN {rel: properties(m), body: b {.*, labels: labels(b)}} ORDER BY m.start, b.id
  } AS mentions,
  COLLECT { MATCH (n)-[:ADDRESSES]->(t) RETURN t {.*, labels: labels(t)} ORDER BY t.name } AS themes,
  head(COLLECT { MATCH (p)-[:NEXT]->(n) RETURN p {.*, labels: labels(p)} }) AS previous,
  head(COLLECT { MATCH (n)-[:NEXT]->(p) RETURN p {.*, labels: labels(p)} }) AS next,
  head(COLLECT { MATCH (p:Paragraph)-[:HAS_FOOTNOTE]->(n) RETURN p {.*, labels: labels(p)} }) AS paragraph,
  head(COLLECT { MATCH (n)-[:ADOPTED_BY]->(x) RETURN x {.*, labels: labels(x)} ORDER BY x.id }) AS adoptedBy,
  head(COLLECT { MATCH (n)-[:SUPPLEMENTS]->(x) RETURN x {.*, labels: labels(x)} ORDER BY x.id }) AS supplements,
  COLLECT { MATCH (x)-[:SUPPLEMENTS]->(n) RETURN x {.*, labels: labels(x)} ORDER BY x.id } AS supplementedBy,
  COLLECT { MATCH (n)-[:MEMBER_OF]->(g) RETURN g {.*, labels: labels(g)} ORDER BY g.id } AS groups,
  COLLECT { MATCH (i)-[:MEMBER_OF]->(n) RETURN i {.*, labels: labels(i)} ORDER BY i.id } AS members,
  COLLECT {
    MATCH (p:Paragraph)-[c:CITES]->(n)
    RETURN {
      rel: properties(c),
      paragraph: p {.*, labels: labels(p)},
      footnote: head(COLLECT {
        MATCH (f:Footnote {id: coalesce(c.footnoteId, c.document + '#fn-' + c.footnote)})
        RETURN f {.*, labels: labels(f)}
      })
    } ORDER BY p.document, p.order, c.start, c.via
  } AS citedBy,
  COLLECT {
    MATCH (n)-[a:ANNEXES]->(i)
    RETURN {annex: a.annex, instrument: i {.*, labels: labels(i)}} ORDER BY a.annex, i.id
  } AS annexes,
  head(COLLECT { MATCH (n)-[:PART_OF]->(b) RETURN b {.*, labels: labels(b)} ORDER BY b.id }) AS partOf,
  COLLECT { MATCH (b)-[:PART_OF]->(n) RETURN b {.*, labels: labels(b)} ORDER BY b.name } AS parts,
  COLLECT {
    MATCH (p:Paragraph)-[m:MENTIONS]->(n)
    RETURN {rel: properties(m), paragraph: p {.*, labels: labels(p)}} ORDER BY p.document, p.order, m.start
  } AS mentionedIn,
  COUNT { (:Paragraph)-[:ADDRESSES]->(n) } AS addressedBy
