// Cross-document fields against the Bangkok Declaration and the 27 GA resolutions of the ga-80
// corpus, seeded by the loader's own seedDocuments. Expected answers come from the extractor's
// records of the same files (what the loader wrote), plus a few read off the texts themselves:
// A/RES/80/17 ¶ 1 "invites the countries concerned to adhere to the Treaty on the
// Non-Proliferation of Nuclear Weapons"; A/RES/80/24 preamble 1 recalls "79/50 of 2 December 2024";
// UNCAC was adopted on 31 October 2003 and entered into force on 14 December 2005.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../graph/database.ts';
import { readCatalogue } from '../../../seed/catalogue/read-catalogue.ts';
import { corpusFiles, DEFAULT_DOCUMENT } from '../../../seed/corpora.ts';
import { extractFile } from '../../../seed/extract.ts';
import type { ExtractedDocument } from '../../../seed/extracted-document.ts';
import { resetGraph } from '../../../seed/seed-documents.ts';
import { createApp, type App } from '../../../server/app.ts';
import { defaultServerConfig } from '../../../server/config.ts';
import { EXAMPLE_QUERIES } from '../../../server/graphiql.ts';
import { createLogger } from '../../../server/logger.ts';
import { connectTestDatabase } from '../../support/database.ts';
import { codesOf, postQuery, seedOrThrow, type GraphQLResponse } from './support.ts';

const FILES = [DEFAULT_DOCUMENT, ...corpusFiles('ga-80')];
let db: Database;
let app: App;
let records: ExtractedDocument[];

// The expectations count over exactly these documents, and other files expect the Bangkok
// Declaration alone: the graph is emptied before and after (their own beforeAll seeds again).
beforeAll(async () => {
  db = await connectTestDatabase();
  await resetGraph(db);
  await seedOrThrow(db, FILES);
  const catalogue = readCatalogue();
  records = FILES.map((file) => extractFile(file, catalogue));
  // The round trips counted below are the API's own statements: the response cache (and its
  // version read) is off here; response-cache.int.test.ts covers it.
  app = createApp({ db, config: defaultServerConfig({ responseCacheBytes: 0 }), logger: createLogger('silent') });
}, 300_000);
afterAll(async () => {
  if (!db) return;
  await resetGraph(db);
  await db.close();
}, 120_000);

/** Runs a query, expects no errors, and counts the database round trips it took. */
async function gql(query: string): Promise<GraphQLResponse & { trips: number }> {
  const before = db.queryCount;
  const response = await postQuery(app, query);
  return { ...response, trips: db.queryCount - before };
}
async function data(query: string): Promise<any> {
  const response = await gql(query);
  expect(response.errors).toBeUndefined();
  expect(response.trips).toBe(1);
  return response.data;
}

/** Every (document, paragraph, target) citation in the records. */
function citationsIn(docs: ExtractedDocument[]) {
  return docs.flatMap((d) =>
    d.paragraphs.flatMap((p) =>
      p.citations.map((c) => ({
        symbol: d.document.symbol,
        paragraph: `${d.document.symbol}#${p.id}`,
        localId: p.id,
        target: c.target.id,
        kind: c.target.kind,
      })),
    ),
  );
}
const record = (symbol: string) => records.find((r) => r.document.symbol === symbol)!;

describe('a resolution that is also a loaded document', () => {
  it('reads its paragraphs as a document, though the catalogue holds a Resolution with its symbol', async () => {
    const response = await gql('{ document(symbol: "A/RES/80/24") { paragraphCount paragraphs { localId } } }');
    expect(response.errors).toBeUndefined();
    const expected = record('A/RES/80/24').paragraphs.map((p) => p.id);
    expect(response.data!.document.paragraphCount).toBe(expected.length);
    expect(response.data!.document.paragraphs.map((p: { localId: string }) => p.localId)).toEqual(expected);
  });

  it("is that Resolution itself: one node with the catalogue's facts and its text's, once in the graph", async () => {
    const rows = await db.read(
      'MATCH (n:InstrumentGraph {id: "A/RES/80/24"}) RETURN labels(n) AS labels, n.organ AS organ, n.adopted AS adopted, n.catalogued AS catalogued, n.title AS title, n.date AS date',
    );
    expect(rows.map((r) => [...(r.labels as string[])].sort())).toEqual([
      ['Document', 'InstrumentGraph', 'Resolution'],
    ]);
    expect(rows[0]).toMatchObject({
      organ: 'ga',
      adopted: '2025-12-01',
      catalogued: true,
      title: 'Nuclear disarmament',
      date: '2025-12-01',
    });
    const response = await gql('{ graph { nodes { id kind } } }');
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.graph.nodes as { id: string; kind: string }[];
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    const kinds = new Map(nodes.map((n) => [n.id, n.kind]));
    for (const r of records) expect(kinds.get(r.document.symbol), r.document.symbol).toBe('document');
  });
});

describe('citingDocuments', () => {
  it('lists the documents that cite the NPT, with the paragraphs and citations the records hold', async () => {
    const expected = new Map<string, { paragraphs: string[]; citations: number }>();
    for (const c of citationsIn(records).filter((c) => c.target === 'npt')) {
      const entry = expected.get(c.symbol) ?? { paragraphs: [], citations: 0 };
      if (!entry.paragraphs.includes(c.localId)) entry.paragraphs.push(c.localId);
      entry.citations++;
      expected.set(c.symbol, entry);
    }
    expect(expected.size).toBeGreaterThanOrEqual(3);
    const { citingDocuments } =
      await data(`{ citingDocuments(target: "Treaty on the Non-Proliferation of Nuclear Weapons") {
      document { symbol date } paragraphCount citationCount
      paragraphs { paragraph { localId } citations { surface sentence target { id } paragraph { text } start end } }
    } }`);
    const got = new Map(
      citingDocuments.map((d: any) => [
        d.document.symbol,
        { paragraphs: d.paragraphs.map((p: any) => p.paragraph.localId), citations: d.citationCount },
      ]),
    );
    expect(got).toEqual(expected);
    // Read off the text: A/RES/80/17 ¶ 1 invites the countries concerned to adhere to the NPT.
    const r17 = citingDocuments.find((d: any) => d.document.symbol === 'A/RES/80/17');
    expect(r17.paragraphs.map((p: any) => p.paragraph.localId)).toContain('op-1');
    for (const d of citingDocuments) {
      expect(d.paragraphCount).toBe(d.paragraphs.length);
      for (const p of d.paragraphs)
        for (const c of p.citations) {
          expect(c.target.id).toBe('npt');
          expect(c.paragraph.text.slice(c.start, c.end)).toBe(c.surface);
        }
    }
    // Same date (1 December 2025): by symbol, numbers as numbers.
    expect(citingDocuments.map((d: any) => d.document.symbol)).toEqual([
      'A/RES/80/14',
      'A/RES/80/15',
      'A/RES/80/17',
      'A/RES/80/24',
    ]);
  });

  it('groups UNCAC citations under the Bangkok Declaration, dated by its text and marked so', async () => {
    const { citingDocuments } = await data(
      '{ citingDocuments(target: "UNCAC") { document { symbol date dateInferred } paragraphs { paragraph { localId } } } }',
    );
    expect(citingDocuments).toEqual([
      {
        document: { symbol: 'E/CN.15/2005/5', date: '2005-04-25', dateInferred: true },
        paragraphs: ['op-4', 'op-5', 'op-23', 'op-25'].map((localId) => ({ paragraph: { localId } })),
      },
    ]);
  });

  it('answers NOT_FOUND for a target that names nothing', async () => {
    expect(codesOf(await gql('{ citingDocuments(target: "No Such Treaty") { citationCount } }'))).toEqual([
      'NOT_FOUND',
    ]);
  });
});

describe('compareDocuments', () => {
  it('splits what two disarmament resolutions cite into both, only A and only B, with paragraph counts', async () => {
    const [a, b] = ['A/RES/80/24', 'A/RES/80/18'];
    const paragraphsCiting = (symbol: string) => {
      const counts = new Map<string, Set<string>>();
      for (const c of citationsIn([record(symbol)]))
        counts.set(c.target, (counts.get(c.target) ?? new Set()).add(c.localId));
      return new Map([...counts].map(([target, set]) => [target, set.size]));
    };
    const [inA, inB] = [paragraphsCiting(a), paragraphsCiting(b)];
    const { compareDocuments: cmp } = await data(`{ compareDocuments(a: "${a}", b: "${b}") {
      a { symbol } b { symbol }
      both { target { id } paragraphsInA paragraphsInB } onlyA { target { id } paragraphsInA paragraphsInB } onlyB { target { id } paragraphsInA paragraphsInB }
    } }`);
    expect(cmp.a.symbol).toBe(a);
    expect(cmp.b.symbol).toBe(b);
    const asMap = (list: any[]) => new Map(list.map((t) => [t.target.id, [t.paragraphsInA, t.paragraphsInB]]));
    const ids = (m: Map<string, number>, other: Map<string, number>, shared: boolean) =>
      [...m.keys()].filter((id) => other.has(id) === shared);
    expect(asMap(cmp.both)).toEqual(new Map(ids(inA, inB, true).map((id) => [id, [inA.get(id), inB.get(id)]])));
    expect(asMap(cmp.onlyA)).toEqual(new Map(ids(inA, inB, false).map((id) => [id, [inA.get(id), 0]])));
    expect(asMap(cmp.onlyB)).toEqual(new Map(ids(inB, inA, false).map((id) => [id, [0, inB.get(id)]])));
    // Both recall the Final Document of the first special session on disarmament (A/RES/S-10/2).
    expect(cmp.both.map((t: any) => t.target.id)).toEqual(
      expect.arrayContaining(['A/RES/S-10/2', 'ssod-i-final-document']),
    );
    expect(cmp.onlyA.map((t: any) => t.target.id)).toContain('npt');
  });

  it('answers NOT_FOUND for a document that names nothing', async () => {
    const response = await gql('{ compareDocuments(a: "A/RES/80/24", b: "A/RES/99/1") { both { paragraphsInA } } }');
    expect(codesOf(response)).toEqual(['NOT_FOUND']);
    expect(response.errors![0]!.extensions!.argument).toBe('b');
  });
});

describe('coCitationNetwork', () => {
  /** Pairs of distinct targets cited in one paragraph, counted over paragraphs, from the records. */
  function expectedPairs(docs: ExtractedDocument[], kinds?: string[]) {
    const weights = new Map<string, Set<string>>();
    for (const d of docs)
      for (const p of d.paragraphs) {
        const targets = [
          ...new Set(p.citations.filter((c) => !kinds || kinds.includes(c.target.kind)).map((c) => c.target.id)),
        ].sort();
        for (let i = 0; i < targets.length; i++)
          for (let j = i + 1; j < targets.length; j++) {
            const key = `${targets[i]} ${targets[j]}`;
            weights.set(key, (weights.get(key) ?? new Set()).add(`${d.document.symbol}#${p.id}`));
          }
      }
    return weights;
  }
  const byPair = (edges: any[]) => new Map(edges.map((e) => [[e.source, e.target].sort().join(' '), e.data]));

  it('weighs each pair by the paragraphs that cite both, as the records count them, every target apart on request', async () => {
    const expected = [...expectedPairs(records)].filter(([, ps]) => ps.size >= 2);
    const { coCitationNetwork: net } = await data(
      '{ coCitationNetwork(minWeight: 2, limit: 5000, adoptionsApart: true) { totalPairs truncated nodes { id kind data } edges { id type source target data } } }',
    );
    expect(net.totalPairs).toBe(expected.length);
    expect(net.truncated).toBe(false);
    const got = byPair(net.edges);
    expect(got.size).toBe(expected.length);
    for (const [pair, paragraphs] of expected) {
      expect(got.get(pair)?.weight, pair).toBe(paragraphs.size);
      expect(new Set(got.get(pair)?.paragraphs)).toEqual(paragraphs);
    }
    const nodeIds = new Set(net.nodes.map((n: any) => n.id));
    for (const e of net.edges) expect(nodeIds.has(e.source) && nodeIds.has(e.target)).toBe(true);
    // Heaviest first, counted apart: the SSOD-I Final Document and its resolution (S-10/2 in a footnote) share eight
    // paragraphs, one in each of A/RES/80/17, 18, 19, 23, 24, 25, 26 and 30.
    expect(net.edges[0]).toMatchObject({ type: 'CO_CITED', data: { weight: 8 } });
    expect([net.edges[0].source, net.edges[0].target]).toEqual(['A/RES/S-10/2', 'ssod-i-final-document']);
  });

  it('keeps to some kinds and one document, cuts at the limit, and drills into paragraphs', async () => {
    const expected = [...expectedPairs([record('E/CN.15/2005/5')], ['instrument'])].filter(([, ps]) => ps.size >= 2);
    const { coCitationNetwork: net } =
      await data(`{ coCitationNetwork(kinds: ["instrument"], document: "E/CN.15/2005/5", adoptionsApart: true) {
      totalPairs edges { source target data } pairs { a { id } b { id } weight paragraphs { localId } }
    } }`);
    expect(net.totalPairs).toBe(expected.length);
    expect(new Map([...byPair(net.edges)].map(([k, v]) => [k, v.weight]))).toEqual(
      new Map(expected.map(([k, ps]) => [k, ps.size])),
    );
    const uncacUntoc = net.pairs.find((p: any) => p.a.id === 'uncac' && p.b.id === 'untoc');
    expect(uncacUntoc.paragraphs.map((p: any) => p.localId)).toEqual(['op-4', 'op-5']);
    const cut = await data(
      '{ coCitationNetwork(minWeight: 1, limit: 3, adoptionsApart: true) { totalPairs truncated edges { id } } }',
    );
    expect(cut.coCitationNetwork.edges).toHaveLength(3);
    expect(cut.coCitationNetwork.truncated).toBe(true);
    expect(cut.coCitationNetwork.totalPairs).toBe([...expectedPairs(records)].length);
  });

  // The catalogue's adoptions: instrument → the resolution that adopted it, and how many each adopted.
  const adoptions = () => {
    const adopter = new Map(
      readCatalogue().instruments.flatMap((i) => (i.adoptedBy ? [[i.id, i.adoptedBy.resolution] as const] : [])),
    );
    const adopted = new Map<string, string[]>();
    for (const [instrument, resolution] of adopter)
      adopted.set(resolution, [...(adopted.get(resolution) ?? []), instrument]);
    return { adopter, adopted };
  };

  it('counts a resolution and the instrument it adopts as one thing by default', async () => {
    const { adopter, adopted } = adoptions();
    // The corpus has paragraphs that cite a resolution beside the instrument it adopts: A/RES/S-10/2
    // beside the SSOD-I Final Document (the one thing it adopts), and A/RES/55/25 beside UNTOC (one of three).
    const both = (instrument: string) =>
      citationsIn(records)
        .filter((c) => c.target === instrument)
        .filter((c) =>
          citationsIn(records).some((d) => d.paragraph === c.paragraph && d.target === adopter.get(instrument)),
        );
    const ssod = both('ssod-i-final-document');
    const untoc = both('untoc');
    expect(ssod.length).toBeGreaterThan(0);
    expect(untoc.length).toBeGreaterThan(0);
    expect(adopted.get('A/RES/S-10/2')).toEqual(['ssod-i-final-document']);
    expect(adopted.get('A/RES/55/25')!.length).toBeGreaterThan(1);

    const { coCitationNetwork: net } = await data(
      '{ coCitationNetwork(minWeight: 2, limit: 5000) { truncated nodes { id data } pairs { a { id } b { id } weight paragraphs { id } } } }',
    );
    expect(net.truncated).toBe(false);
    // No pair is one thing cited two ways, and a resolution that adopts one instrument is that instrument.
    for (const p of net.pairs)
      expect(adopter.get(p.a.id) === p.b.id || adopter.get(p.b.id) === p.a.id, `${p.a.id} × ${p.b.id}`).toBe(false);
    const ids = new Set(net.nodes.map((n: any) => n.id));
    for (const [resolution, instruments] of adopted)
      if (instruments.length === 1) expect(ids.has(resolution), resolution).toBe(false);
    // The SSOD-I Final Document takes the paragraphs that cite its resolution alone.
    const citingOne = new Set(
      citationsIn(records)
        .filter((c) => c.target === 'ssod-i-final-document' || c.target === 'A/RES/S-10/2')
        .map((c) => c.paragraph),
    );
    const { coCitationNetwork: instruments } = await data(
      '{ coCitationNetwork(minWeight: 1, limit: 5000, kinds: ["instrument"]) { truncated nodes { id data } } }',
    );
    expect(instruments.truncated).toBe(false);
    expect(instruments.nodes.find((n: any) => n.id === 'ssod-i-final-document').data.paragraphCount).toBe(
      citingOne.size,
    );
    // A/RES/55/25 adopts several instruments: in a paragraph that also cites UNTOC it is not counted again.
    const { coCitationNetwork: bangkok } = await data(
      '{ coCitationNetwork(minWeight: 1, limit: 5000, document: "E/CN.15/2005/5") { truncated pairs { a { id } b { id } paragraphs { id } } } }',
    );
    expect(bangkok.truncated).toBe(false);
    const inBangkok = untoc.filter((c) => c.symbol === 'E/CN.15/2005/5');
    expect(inBangkok.length).toBeGreaterThan(0);
    for (const { paragraph } of inBangkok) {
      expect(
        bangkok.pairs.some(
          (p: any) => [p.a.id, p.b.id].includes('A/RES/55/25') && p.paragraphs.some((q: any) => q.id === paragraph),
        ),
        paragraph,
      ).toBe(false);
    }
    // UNTOC itself is still paired in those paragraphs (¶ 4 cites UNCAC too).
    expect(
      bangkok.pairs.some(
        (p: any) =>
          [p.a.id, p.b.id].includes('untoc') &&
          p.paragraphs.some((q: any) => inBangkok.some((c) => c.paragraph === q.id)),
      ),
    ).toBe(true);

    // Asked for, the two are counted apart and the pair is back, weighed by the paragraphs that cite both.
    const { coCitationNetwork: apart } = await data(
      '{ coCitationNetwork(minWeight: 2, limit: 5000, adoptionsApart: true) { pairs { a { id } b { id } weight } } }',
    );
    expect(apart.pairs).toContainEqual({
      a: { id: 'A/RES/S-10/2' },
      b: { id: 'ssod-i-final-document' },
      weight: new Set(ssod.map((c) => c.paragraph)).size,
    });
  });

  it('lists what is cited beside a target without the resolution that adopts it, unless asked', async () => {
    const { coCitations: merged } = await data(
      '{ coCitations(target: "ssod-i-final-document") { node { id } count } }',
    );
    expect(merged.map((c: any) => c.node.id)).not.toContain('A/RES/S-10/2');
    // The resolution stands for its instrument: the same list, asked either way.
    const { coCitations: byResolution } = await data('{ coCitations(target: "A/RES/S-10/2") { node { id } count } }');
    expect(byResolution).toEqual(merged);
    const { coCitations: apart } = await data(
      '{ coCitations(target: "ssod-i-final-document", adoptionsApart: true) { node { id } count } }',
    );
    expect(apart.map((c: any) => c.node.id)).toContain('A/RES/S-10/2');
  });

  it('refuses bad arguments', async () => {
    expect(codesOf(await gql('{ coCitationNetwork(minWeight: 0) { totalPairs } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await gql('{ coCitationNetwork(limit: 0) { totalPairs } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await gql('{ coCitationNetwork(limit: 100000) { totalPairs } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await gql('{ coCitationNetwork(kinds: ["paragraph"]) { totalPairs } }'))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codesOf(await gql('{ coCitationNetwork(document: "A/RES/99/1") { totalPairs } }'))).toEqual(['NOT_FOUND']);
  });
});

describe('timeline', () => {
  it("holds UNCAC's adoption, entry into force and the Bangkok Declaration's citation", async () => {
    const { timeline } = await data(
      '{ timeline(target: "UNCAC") { date inferred kind node { id } document { symbol } paragraphCount } }',
    );
    expect(timeline).toContainEqual({
      date: '2003-10-31',
      inferred: false,
      kind: 'adopted',
      node: { id: 'uncac' },
      document: null,
      paragraphCount: null,
    });
    expect(timeline).toContainEqual({
      date: '2005-12-14',
      inferred: false,
      kind: 'enteredIntoForce',
      node: { id: 'uncac' },
      document: null,
      paragraphCount: null,
    });
    // The Bangkok Declaration prints no date: its citation is dated by the congress its note
    // reports ("held in Bangkok from 18 to 25 April 2005"), marked as inferred.
    expect(timeline).toContainEqual({
      date: '2005-04-25',
      inferred: true,
      kind: 'cited',
      node: { id: 'uncac' },
      document: { symbol: 'E/CN.15/2005/5' },
      paragraphCount: 4,
    });
    const dates = timeline.map((e: any) => e.date).filter(Boolean);
    expect(dates).toEqual([...dates].sort());
  });

  it("dates the NPT's citations by the citing resolutions, one event per document", async () => {
    const citing = new Set(
      citationsIn(records)
        .filter((c) => c.target === 'npt')
        .map((c) => c.symbol),
    );
    const { timeline } = await data('{ timeline(target: "npt") { date kind document { symbol } } }');
    expect(timeline.slice(0, 2)).toEqual([
      { date: '1968-07-01', kind: 'openedForSignature', document: null },
      { date: '1970-03-05', kind: 'enteredIntoForce', document: null },
    ]);
    const cited = timeline.filter((e: any) => e.kind === 'cited');
    expect(new Set(cited.map((e: any) => e.document.symbol))).toEqual(citing);
    expect(cited.every((e: any) => e.date === '2025-12-01')).toBe(true);
    const one = await data(
      '{ timeline(target: "npt", document: "A/RES/80/24") { kind document { symbol } paragraphCount } }',
    );
    expect(one.timeline.filter((e: any) => e.kind === 'cited')).toEqual([
      { kind: 'cited', document: { symbol: 'A/RES/80/24' }, paragraphCount: 6 },
    ]);
  });

  it("gives a document's own date and its instruments' dates, and everything (bounded) with no argument", async () => {
    const { timeline } = await data('{ timeline(document: "A/RES/80/22") { date kind node { id } } }');
    expect(timeline).toContainEqual({ date: '2025-12-01', kind: 'adopted', node: { id: 'A/RES/80/22' } });
    expect(timeline).toContainEqual({ date: '1975-03-26', kind: 'enteredIntoForce', node: { id: 'bwc' } });
    const all = await data('{ timeline(limit: 5) { date kind node { id } } }');
    expect(all.timeline).toHaveLength(5);
    expect(all.timeline[0].date <= all.timeline[4].date).toBe(true);
    // The whole corpus at the default bound: every dated event of the catalogue and the documents.
    const corpus = await data('{ timeline { date kind node { id } document { symbol } } }');
    expect(corpus.timeline.length).toBeGreaterThan(500);
    expect(corpus.timeline).toContainEqual({
      date: '2003-10-31',
      kind: 'adopted',
      node: { id: 'uncac' },
      document: null,
    });
    expect(corpus.timeline).toContainEqual({
      date: '2025-12-01',
      kind: 'adopted',
      node: { id: 'A/RES/80/22' },
      document: null,
    });
  });

  it('refuses unknown names and bad limits', async () => {
    expect(codesOf(await gql('{ timeline(target: "No Such Treaty") { date } }'))).toEqual(['NOT_FOUND']);
    expect(codesOf(await gql('{ timeline(document: "A/RES/99/1") { date } }'))).toEqual(['NOT_FOUND']);
    expect(codesOf(await gql('{ timeline(limit: 0) { date } }'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('resolutionChain', () => {
  it('walks back from A/RES/80/24 to the resolutions it recalls, A/RES/79/50 among them', async () => {
    const { resolutionChain: chain } = await data(
      '{ resolutionChain(symbol: "A/RES/80/24") { truncated nodes { id kind data } edges { type source target data } } }',
    );
    const start = chain.nodes.find((n: any) => n.id === 'A/RES/80/24');
    expect(start).toMatchObject({
      kind: 'resolution',
      data: { step: 0, loaded: true, date: '2025-12-01', title: 'Nuclear disarmament' },
    });
    // Not in the catalogue: its date is the one the citing text gives ("79/50 of 2 December 2024").
    expect(chain.nodes.find((n: any) => n.id === 'A/RES/79/50')).toMatchObject({
      kind: 'resolution',
      data: { step: -1, loaded: false, adopted: '2024-12-02' },
    });
    expect(chain.edges).toContainEqual({
      type: 'RECALLS',
      source: 'A/RES/80/24',
      target: 'A/RES/79/50',
      data: { paragraphs: ['A/RES/80/24#preamble-1'] },
    });
    // Only GA resolutions: every A/RES symbol the record cites, nothing else.
    const recalled = new Set(
      citationsIn([record('A/RES/80/24')])
        .filter((c) => c.kind === 'resolution' && c.target.startsWith('A/RES/'))
        .map((c) => c.target),
    );
    expect(new Set(chain.nodes.map((n: any) => n.id).filter((id: string) => id !== 'A/RES/80/24'))).toEqual(recalled);
    expect(new Set(chain.nodes.map((n: any) => n.id)).size).toBe(chain.nodes.length);
  });

  it('walks forward from a cited resolution to the loaded ones that recall it', async () => {
    const { resolutionChain: chain } = await data(
      '{ resolutionChain(symbol: "A/RES/79/50", depth: 3) { nodes { id data } edges { source target } } }',
    );
    expect(chain.nodes.map((n: any) => [n.id, n.data.step])).toEqual([
      ['A/RES/79/50', 0],
      ['A/RES/80/24', 1],
    ]);
    expect(chain.edges).toEqual([{ source: 'A/RES/80/24', target: 'A/RES/79/50' }]);
  });

  it('refuses unknown symbols, documents that are no resolutions, and bad depths', async () => {
    expect(codesOf(await gql('{ resolutionChain(symbol: "A/RES/99/1") { truncated } }'))).toEqual(['NOT_FOUND']);
    expect(codesOf(await gql('{ resolutionChain(symbol: "E/CN.15/2005/5") { truncated } }'))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codesOf(await gql('{ resolutionChain(symbol: "A/RES/80/24", depth: 0) { truncated } }'))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codesOf(await gql('{ resolutionChain(symbol: "A/RES/80/24", depth: 11) { truncated } }'))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});

describe('datedGraph', () => {
  it('dates every element of a document graph, and keeps what existed by asOf', async () => {
    const { datedGraph: full } = await data(
      '{ datedGraph(document: "E/CN.15/2005/5") { nodes { id data } edges { source target type data } truncated } }',
    );
    const since = new Map(full.nodes.map((n: any) => [n.id, n.data.since]));
    expect(since.get('uncac')).toBe('2003-10-31');
    expect(since.get('untoc')).toBe('2000-11-15');
    expect(since.get('E/CN.15/2005/5')).toBe('2005-04-25');
    for (const n of full.nodes) expect(n.data).toHaveProperty('since');
    // An edge exists from the later of its ends: the citing paragraph's (its document's) date.
    const edge = full.edges.find((e: any) => e.type === 'CITES' && e.target === 'uncac');
    expect(edge.data.since).toBe('2005-04-25');
    const { datedGraph: early } = await data(
      '{ datedGraph(document: "E/CN.15/2005/5", asOf: "2001-01-01") { nodes { id data } edges { data } } }',
    );
    const ids = early.nodes.map((n: any) => n.id);
    expect(ids).toContain('untoc');
    expect(ids).not.toContain('uncac');
    for (const n of early.nodes) expect(n.data.since === null || n.data.since <= '2001-01-01').toBe(true);
    for (const e of early.edges) expect(e.data.since === null || e.data.since <= '2001-01-01').toBe(true);
  });

  it('leaves out, as of 1945, the 2005 declaration and every node known only from it; nodes of unknown date only on request', async () => {
    const { datedGraph: bangkok } = await data(
      '{ datedGraph(document: "E/CN.15/2005/5", asOf: "1945-12-31") { nodes { id kind data } } }',
    );
    expect(
      bangkok.nodes.filter((n: any) => ['document', 'paragraph', 'footnote', 'body', 'theme'].includes(n.kind)),
    ).toEqual([]);
    for (const n of bangkok.nodes) expect(n.data.since <= '1945-12-31').toBe(true);
    // Bodies and themes are dated by the first document that mentions or addresses them.
    const { datedGraph: full } = await data('{ datedGraph(document: "E/CN.15/2005/5") { nodes { id kind data } } }');
    for (const n of full.nodes.filter((x: any) => x.kind === 'body' || x.kind === 'theme'))
      expect(n.data.since).toBe('2005-04-25');
    // The whole graph holds catalogue nodes that nothing dates: left out unless asked for.
    const { datedGraph: strict } = await data('{ datedGraph(asOf: "2030-01-01") { nodes { id data } } }');
    expect(strict.nodes.filter((n: any) => n.data.since === null)).toEqual([]);
    const { datedGraph: withUndated } = await data(
      '{ datedGraph(asOf: "2030-01-01", undated: true) { nodes { id data } } }',
    );
    const unknown = withUndated.nodes.filter((n: any) => n.data.since === null);
    expect(unknown.length).toBeGreaterThan(0);
    expect(withUndated.nodes.length).toBe(strict.nodes.length + unknown.length);
  });

  it('filters the whole graph by date', async () => {
    const { datedGraph } = await data('{ datedGraph(asOf: "2025-11-30") { nodes { id kind data } } }');
    const symbols = datedGraph.nodes.filter((n: any) => n.kind === 'document').map((n: any) => n.id);
    // The resolutions adopted on 1 December 2025 had not yet been; those of November had.
    expect(symbols).toContain('A/RES/80/10');
    expect(symbols).not.toContain('A/RES/80/24');
  });

  it('refuses bad dates and unknown documents', async () => {
    for (const asOf of ['2005-13-01', '2005-02-30', 'yesterday', '2005-1-1']) {
      expect(codesOf(await gql(`{ datedGraph(asOf: "${asOf}") { truncated } }`)), asOf).toEqual(['BAD_USER_INPUT']);
    }
    expect(codesOf(await gql('{ datedGraph(document: "A/RES/99/1") { truncated } }'))).toEqual(['NOT_FOUND']);
  });
});

describe('round trips', () => {
  it('adds one batched query per nested level that leaves what the root query returned', async () => {
    const response = await gql(
      '{ citingDocuments(target: "NPT") { document { paragraphs { label } } paragraphs { citations { target { ... on Instrument { adoptedBy { symbol } } } } } } }',
    );
    expect(response.errors).toBeUndefined();
    // Documents' paragraphs and the targets' adopting resolutions are one level below the root: one batch.
    expect(response.trips).toBe(2);
  });
});

describe("GraphiQL's examples", () => {
  // test/e2e/graphiql.e2e.test.ts runs each one in GraphiQL itself, over the Bangkok Declaration.
  it.each(Object.entries(EXAMPLE_QUERIES))('%s answers without errors over the whole corpus', async (_name, query) => {
    const answer = await postQuery(app, query);
    expect(answer.errors).toBeUndefined();
    // Each example asks about something the corpus holds: its first field answers something.
    const first = Object.values(answer.data ?? {})[0];
    expect(Array.isArray(first) ? first.length : first).toBeTruthy();
  });
});
