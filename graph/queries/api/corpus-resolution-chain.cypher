// A resolution's chain. Follows resolve-keys.cypher with $keys = [$symbol]; `ids` are the ids of
// its Resolution and Document candidates (a loaded resolution is one node with both labels). The
// walk runs only when there is exactly one id and it is a resolution symbol (holds "/RES/").
// A step is a symbol: back, from a loaded resolution to the resolutions of the same organ (the part
// of the symbol before /RES/) that it REFERENCES; forward, from a resolution to the loaded
// resolutions of the same organ that REFERENCE it. Each direction is walked $depth times, one
// step per turn of reduce, never revisiting a symbol; a step to a symbol already seen still adds
// its edge. Up to $limit + 1 symbols (one more tells the caller it was cut), nearest first.
WITH [c IN candidates WHERE c:Resolution OR c:Document | c.id] AS ids
WITH ids, CASE WHEN size(ids) = 1 AND ids[0] CONTAINS '/RES/' THEN ids[0] END AS start
WITH ids, start, split(start, '/RES/')[0] AS organ
WITH ids, start, organ,
  reduce(walk = {frontier: [start], seen: [start], edges: [], steps: [0]}, step IN range(1, $depth) |
    head([found IN [COLLECT {
      UNWIND walk.frontier AS symbol
      MATCH (:Document {id: symbol})-[:REFERENCES]->(r:Resolution)
      WHERE split(r.id, '/RES/')[0] = organ AND r.id <> symbol
      RETURN DISTINCT {source: symbol, target: r.id} AS edge
    }] | {
      frontier: reduce(next = [], e IN found | CASE WHEN e.target IN walk.seen OR e.target IN next THEN next ELSE next + e.target END),
      seen: walk.seen + reduce(next = [], e IN found | CASE WHEN e.target IN walk.seen OR e.target IN next THEN next ELSE next + e.target END),
      steps: walk.steps + [e IN reduce(next = [], e IN found | CASE WHEN e.target IN walk.seen OR e.target IN next THEN next ELSE next + e.target END) | -step],
      edges: walk.edges + found
    }])
  ) AS back
WITH ids, start, organ, back,
  reduce(walk = {frontier: [start], seen: [start], edges: [], steps: [0]}, step IN range(1, $depth) |
    head([found IN [COLLECT {
      UNWIND walk.frontier AS symbol
      MATCH (d:Document)-[:REFERENCES]->(:Resolution {id: symbol})
      WHERE split(d.id, '/RES/')[0] = organ AND d.id <> symbol AND d.id CONTAINS '/RES/'
      RETURN DISTINCT {source: d.id, target: symbol} AS edge
    }] | {
      frontier: reduce(next = [], e IN found | CASE WHEN e.source IN walk.seen OR e.source IN next THEN next ELSE next + e.source END),
      seen: walk.seen + reduce(next = [], e IN found | CASE WHEN e.source IN walk.seen OR e.source IN next THEN next ELSE next + e.source END),
      steps: walk.steps + [e IN reduce(next = [], e IN found | CASE WHEN e.source IN walk.seen OR e.source IN next THEN next ELSE next + e.source END) | step],
      edges: walk.edges + found
    }])
  ) AS forward
WITH ids, start,
  [i IN range(0, size(back.seen) - 1) | {symbol: back.seen[i], step: back.steps[i]}]
  + [i IN range(1, size(forward.seen) - 1) | {symbol: forward.seen[i], step: forward.steps[i]}] AS symbols,
  back.edges + forward.edges AS edges
WITH ids, start, [s IN symbols WHERE start IS NOT NULL][0..$limit + 1] AS symbols, edges
RETURN ids,
  COLLECT {
    UNWIND symbols AS s
    OPTIONAL MATCH (r:Resolution {id: s.symbol})
    OPTIONAL MATCH (d:Document {id: s.symbol})
    RETURN {
      resolution: r {.symbol, .organ, .title, .adopted, .sources, .catalogued},
      document: d {.title, .date, .contentHash},
      symbol: s.symbol, step: s.step
    } AS node
  } AS nodes,
  COLLECT {
    UNWIND edges AS e
    WITH DISTINCT e
    RETURN {
      source: e.source, target: e.target,
      paragraphs: COLLECT {
        MATCH (p:Paragraph {document: e.source})-[:CITES]->(:Resolution {id: e.target})
        RETURN p.id ORDER BY p.order
      }
    } AS edge
  } AS edges
