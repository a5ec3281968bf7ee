// The corpus overview on the seeded Bangkok Declaration: one edge per document and target whose
// weight is the number of citing paragraphs (counted here from `citations`, independently), and a
// document citing itself marked as such, in the overview and in the document's own graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApi, SYMBOL, type TestApi } from './support.ts';

let api: TestApi;
beforeAll(async () => {
  api = await seededApi();
}, 120_000);
afterAll(async () => api?.close());

interface Edge {
  id: string;
  source: string;
  target: string;
  type: string;
  data: { weight: number; self: boolean; aggregate: boolean };
}

describe('overview', () => {
  it('gives one weighted edge per document and target, weights counting distinct citing paragraphs', async () => {
    const res = await api.gql('{ overview { nodes { id kind } edges { id source target type data } } }');
    expect(res.errors).toBeUndefined();
    const { nodes, edges } = res.data.overview as { nodes: { id: string; kind: string }[]; edges: Edge[] };
    expect(nodes.filter((n) => n.kind === 'paragraph')).toEqual([]);
    const ids = new Set(nodes.map((n) => n.id));
    for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const pairs = edges.map((e) => `${e.type} ${e.source} ${e.target}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const uncac = edges.find((e) => e.type === 'CITES' && e.source === SYMBOL && e.target === 'uncac');
    const citations = await api.gql('{ citations(target: "uncac") { paragraph { id } } }');
    const citing = new Set((citations.data.citations as { paragraph: { id: string } }[]).map((c) => c.paragraph.id));
    expect(citing.size).toBeGreaterThan(1);
    expect(uncac?.data.weight).toBe(citing.size);
    expect(uncac?.data.self).toBe(false);
  });

  it('marks the declaration the document holds as the document citing itself, in the overview and its graph', async () => {
    const search = await api.gql('{ search(text: "Bangkok Declaration", limit: 5) { node { id kind } } }');
    const declaration = (search.data.search as { node: { id: string; kind: string } }[]).find(
      (h) => h.node.kind === 'instrument',
    )!.node.id;
    const overview = await api.gql('{ overview { edges { source target type data } } }');
    const self = (overview.data.overview.edges as Edge[]).filter((e) => e.data.self).map((e) => e.target);
    expect(self).toContain(declaration);
    expect(self).not.toContain('uncac');
    const graph = await api.gql(`{ graph(document: "${SYMBOL}") { edges { target type data } } }`);
    const toDeclaration = (
      graph.data.graph.edges as { target: string; type: string; data: { self?: boolean } }[]
    ).filter((e) => e.type === 'CITES' && e.target === declaration);
    expect(toDeclaration.length).toBeGreaterThan(0);
    for (const e of toDeclaration) expect(e.data.self).toBe(true);
  });
});

describe('path', () => {
  it('follows citation links only by default, and any link when asked', async () => {
    const res = await api.gql(`{
      cites: path(from: "${SYMBOL}#op-12", to: "Security Council") { edges { type } }
      any: path(from: "${SYMBOL}#op-12", to: "Security Council", via: ANY) { nodes { id } edges { type } }
    }`);
    expect(res.errors).toBeUndefined();
    const types = (res.data.cites.edges as { type: string }[]).map((e) => e.type);
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) expect(['ADDRESSES', 'NEXT']).not.toContain(type);
    expect(res.data.any.edges.length).toBeLessThanOrEqual(types.length);
  });
});
