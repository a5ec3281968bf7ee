// One top-level field is one Cypher query; nested selections add at most one batched query per
// level (the node-details loader), never one per object. Counted with db.queryCount.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApi, SYMBOL, type TestApi } from './support.ts';

let api: TestApi;
beforeAll(async () => {
  // The API's own statements: the response cache, which answers a repeated operation with one
  // shared version read instead, is off here (response-cache.int.test.ts covers it).
  api = await seededApi({ responseCacheBytes: 0 });
});
afterAll(() => api.close());

async function roundTrips(query: string): Promise<{ trips: number; data: any }> {
  const before = api.db.queryCount;
  const response = await api.gql(query);
  expect(response.errors).toBeUndefined();
  return { trips: api.db.queryCount - before, data: response.data };
}

describe('database round trips per operation', () => {
  it('reads every paragraph of the seed with its citations and their targets in two', async () => {
    const { trips, data } = await roundTrips(`{ paragraphs(filter: {document: "${SYMBOL}"}, first: 100) {
      totalCount edges { node { id label text citations { surface via footnote { marker } target { id kind label } } } }
    } }`);
    expect(data.paragraphs.edges).toHaveLength(data.paragraphs.totalCount);
    expect(data.paragraphs.totalCount).toBeGreaterThanOrEqual(47);
    expect(trips).toBeLessThanOrEqual(2);
  });

  it.each([
    [
      'citations',
      '{ citations(target: "UNCAC") { surface sentence paragraph { label text } target { label } footnote { marker } } }',
    ],
    [
      'paragraph',
      '{ paragraph(id: "op-12") { label document { symbol } citations { target { label } footnote { text } } footnotes { text } mentions { body { label } } themes { label } previous { label } next { label } } }',
    ],
    [
      'instrument',
      '{ instrument(id: "UNTOC") { title registration { volume } adoptedBy { symbol } supplementedBy { label } groups { title } citedBy { paragraph { label } } citationCount } }',
    ],
    [
      'node',
      '{ node(id: "CTED") { label ... on Body { partOf { label } parts { label } mentionedIn { paragraph { label } } } } }',
    ],
    [
      'document',
      `{ document(symbol: "${SYMBOL}") { title paragraphs { label } footnotes { marker } references { label } } }`,
    ],
    ['search', '{ search(text: "corruption") { score node { label } } }'],
    ['path', '{ path(from: "op-12", to: "Security Council") { nodes { label data } edges { type data } } }'],
    ['neighborhood', '{ neighborhood(id: "UNCAC", depth: 2) { nodes { label } edges { type } } }'],
    ['graph', `{ graph(document: "${SYMBOL}") { nodes { id data } edges { id data } } }`],
    ['stats', '{ stats { nodes { name count } relationships { name count } documents citations } }'],
    ['coCitations', '{ coCitations(target: "UNTOC") { node { label } count paragraphs { label } } }'],
    ['lists', '{ documents { symbol } }'],
  ])('answers %s in one', async (_name, query) => {
    expect((await roundTrips(query)).trips).toBe(1);
  });

  it('adds one batched query per nested level, however many objects the level holds', async () => {
    // Level 1: UNCAC's citations; level 2: each citing paragraph's document and citations;
    // level 3: each of their targets' citations.
    const { trips } = await roundTrips(`{ citations(target: "UNCAC") {
      paragraph { document { title } citations { target { ... on Instrument { citedBy { paragraph { label } } } } } }
    } }`);
    expect(trips).toBe(3);
  });
});
