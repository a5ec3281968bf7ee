// The API over a resolution loaded as a document, which is one node (Document and Resolution), and
// over resolutions only cited. The pair, seeded by the loader's own seedDocuments:
// test/fixtures/ga-resolution-recalling.txt is A/RES/98/5 (12 December 2030), whose preamble 1
// recalls "its resolution 97/12 of 14 December 2029" and preamble 2 "its resolution 55/25" (the
// catalogue's, not loaded); test/fixtures/ga-resolution-recalled.txt is A/RES/97/12, five paragraphs.
import { describe, expect, it } from 'vitest';
import { onFreshGraph, postQuery, seedOrThrow } from './support.ts';

const CITED = 'test/fixtures/ga-resolution-recalled.txt';
const CITING = 'test/fixtures/ga-resolution-recalling.txt';
const R97 = 'A/RES/97/12';
const R98 = 'A/RES/98/5';
const ONLY_CITED = 'A/RES/55/25';

// The citing text first, so A/RES/97/12 starts as the placeholder its citation makes.
const fresh = onFreshGraph(async (db) => {
  for (const file of [CITING, CITED]) await seedOrThrow(db, [file]);
});

async function data(query: string): Promise<any> {
  const body = await postQuery(fresh.api.app, query);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id);
const repeated = (list: string[]) => list.filter((id, i) => list.indexOf(id) !== i);

describe('graph', () => {
  it('returns each id once, the loaded resolution as a document that the other one cites', async () => {
    const { graph } = await data('{ graph { nodes { id kind label } edges { source target type } truncated } }');
    expect(graph.truncated).toBe(false);
    expect(repeated(ids(graph.nodes))).toEqual([]);
    const byId = new Map(graph.nodes.map((n: any) => [n.id, n]));
    expect(byId.get(R97)).toEqual({ id: R97, kind: 'document', label: R97 });
    expect(byId.get(R98)).toEqual({ id: R98, kind: 'document', label: R98 });
    expect(byId.get(ONLY_CITED)).toMatchObject({ kind: 'resolution' });
    expect(graph.edges).toContainEqual({ source: `${R98}#preamble-1`, target: R97, type: 'CITES' });
    expect(graph.edges).toContainEqual({ source: R98, target: R97, type: 'REFERENCES' });
    expect(graph.edges).toContainEqual({ source: R97, target: `${R97}#title-1`, type: 'HAS_PARAGRAPH' });
  });

  it("returns each id once in the citing document's graph and in the neighbourhood of the cited one", async () => {
    const { graph } = await data(`{ graph(document: "${R98}") { nodes { id kind } edges { source target type } } }`);
    expect(repeated(ids(graph.nodes))).toEqual([]);
    expect(graph.nodes).toContainEqual({ id: R97, kind: 'document' });
    expect(graph.edges).toContainEqual({ source: `${R98}#preamble-1`, target: R97, type: 'CITES' });
    const { neighborhood } = await data(`{ neighborhood(id: "${R97}", depth: 1) { nodes { id } } }`);
    expect(repeated(ids(neighborhood.nodes))).toEqual([]);
    expect(ids(neighborhood.nodes)).toEqual(expect.arrayContaining([R97, `${R98}#preamble-1`, R98, `${R97}#op-1`]));
  });
});

describe('look-ups', () => {
  it('reads the loaded resolution as one document with its paragraphs, and the cited-only one as a resolution', async () => {
    const { loaded, cited } = await data(`{
      loaded: node(id: "${R97}") { id kind ... on Document { title date paragraphCount paragraphs { localId } resolution { id } } }
      cited: node(id: "${ONLY_CITED}") { id kind ... on Resolution { organ citedBy { paragraph { id } } } }
    }`);
    expect(loaded).toEqual({
      id: R97,
      kind: 'document',
      title: 'Countering maritime crime',
      date: '2029-12-14',
      paragraphCount: 5,
      paragraphs: ['title-1', 'preamble-1', 'preamble-2', 'op-1', 'op-2'].map((localId) => ({ localId })),
      resolution: { id: R97 },
    });
    expect(cited).toEqual({
      id: ONLY_CITED,
      kind: 'resolution',
      organ: 'ga',
      citedBy: [{ paragraph: { id: `${R98}#preamble-2` } }],
    });
  });

  it('lists each loaded resolution once among documents and among resolutions', async () => {
    const { documents, resolutions } = await data(
      '{ documents { symbol paragraphCount } resolutions { id citationCount } }',
    );
    expect(documents).toEqual([
      { symbol: R97, paragraphCount: 5 },
      { symbol: R98, paragraphCount: 5 },
    ]);
    expect(repeated(ids(resolutions))).toEqual([]);
    const count = new Map(resolutions.map((r: any) => [r.id, r.citationCount]));
    expect([count.get(R97), count.get(R98), count.get(ONLY_CITED)]).toEqual([1, 0, 1]);
  });

  it('finds who cites each, loaded or only cited', async () => {
    const { loaded, cited } = await data(`{
      loaded: citingDocuments(target: "${R97}") { document { symbol } paragraphs { paragraph { localId } citations { surface target { id kind } } } }
      cited: citingDocuments(target: "${ONLY_CITED}") { document { symbol } paragraphs { paragraph { localId } } }
    }`);
    expect(loaded).toEqual([
      {
        document: { symbol: R98 },
        paragraphs: [
          {
            paragraph: { localId: 'preamble-1' },
            citations: [{ surface: 'resolution 97/12 of 14 December 2029', target: { id: R97, kind: 'document' } }],
          },
        ],
      },
    ]);
    expect(cited).toEqual([{ document: { symbol: R98 }, paragraphs: [{ paragraph: { localId: 'preamble-2' } }] }]);
  });
});

describe('across documents and over time', () => {
  it('walks the chain back from the citing resolution to the loaded one and to the one only cited, and forward again', async () => {
    const { back, forward } = await data(`{
      back: resolutionChain(symbol: "${R98}") { nodes { id kind data } edges { type source target data } }
      forward: resolutionChain(symbol: "${R97}") { nodes { id data } edges { source target } }
    }`);
    const byId = new Map(back.nodes.map((n: any) => [n.id, n]));
    expect([...byId.keys()].sort()).toEqual([ONLY_CITED, R97, R98]);
    expect(byId.get(R98)).toEqual({
      id: R98,
      kind: 'resolution',
      data: expect.objectContaining({
        step: 0,
        loaded: true,
        date: '2030-12-12',
        title: 'Ministerial conference on maritime crime',
      }),
    });
    expect(byId.get(R97)).toEqual({
      id: R97,
      kind: 'resolution',
      data: expect.objectContaining({
        step: -1,
        loaded: true,
        date: '2029-12-14',
        title: 'Countering maritime crime',
        catalogued: false,
      }),
    });
    expect(byId.get(ONLY_CITED)).toEqual({
      id: ONLY_CITED,
      kind: 'resolution',
      data: expect.objectContaining({ step: -1, loaded: false, catalogued: true, organ: 'ga' }),
    });
    expect(back.edges).toContainEqual({
      type: 'RECALLS',
      source: R98,
      target: R97,
      data: { paragraphs: [`${R98}#preamble-1`] },
    });
    // The chain's nodes are resolutions, never the loaded text's bookkeeping.
    for (const n of back.nodes) expect(Object.keys(n.data)).not.toContain('paragraphCount');
    expect(forward.nodes.map((n: any) => [n.id, n.data.step])).toEqual([
      [R97, 0],
      [R98, 1],
    ]);
    expect(forward.edges).toEqual([{ source: R98, target: R97 }]);
  });

  it("dates the loaded resolution by its text and its citation by the citing text's date", async () => {
    const { timeline } = await data(
      `{ timeline(target: "${R97}") { date kind node { id kind } document { symbol } } }`,
    );
    expect(timeline).toEqual([
      { date: '2029-12-14', kind: 'adopted', node: { id: R97, kind: 'document' }, document: null },
      { date: '2030-12-12', kind: 'cited', node: { id: R97, kind: 'document' }, document: { symbol: R98 } },
    ]);
    const { datedGraph } = await data(`{ datedGraph(document: "${R98}") { nodes { id data } } }`);
    expect(repeated(ids(datedGraph.nodes))).toEqual([]);
    expect(datedGraph.nodes.find((n: any) => n.id === R97).data.since).toBe('2029-12-14');
  });

  it('compares the two texts, the cited one by its symbol', async () => {
    const { compareDocuments: cmp } = await data(
      `{ compareDocuments(a: "${R98}", b: "${R97}") { a { symbol } b { symbol } both { target { id } } onlyA { target { id } } } }`,
    );
    expect([cmp.a.symbol, cmp.b.symbol]).toEqual([R98, R97]);
    expect(cmp.both.map((t: any) => t.target.id)).toEqual(['untoc']);
    expect(cmp.onlyA.map((t: any) => t.target.id).sort()).toEqual([ONLY_CITED, R97]);
  });
});
