// A resolution loaded as a document is one node, labelled both Document and Resolution, whichever
// comes first: its own text or another document's citation of it. The pair, read by the real
// extractor: test/fixtures/ga-resolution-recalling.txt is A/RES/98/5, whose preamble 1 recalls
// "its resolution 97/12 of 14 December 2029"; test/fixtures/ga-resolution-recalled.txt is
// A/RES/97/12 (five paragraphs). Neither is in the catalogue, so A/RES/97/12 is a placeholder
// Resolution (catalogued: false) until its text is loaded.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../graph/database.ts';
import { extractFile } from '../../../seed/extract.ts';
import { graphCounts, resetGraph, seedDocuments, type SeedOptions } from '../../../seed/seed-documents.ts';
import { connectTestDatabase } from '../../support/database.ts';
import { snapshot } from './fixtures.ts';

const CITED = 'test/fixtures/ga-resolution-recalled.txt';
const CITING = 'test/fixtures/ga-resolution-recalling.txt';
const R97 = 'A/RES/97/12';
const R98 = 'A/RES/98/5';
const CITING_PARAGRAPH = `${R98}#preamble-1`;

interface NodeState {
  labels: string[];
  loaded: boolean;
  catalogued: unknown;
  title: unknown;
  paragraphs: number;
  citedBy: string[];
  referencedBy: string[];
}

/** Every node with the id, whatever its labels: the defect was two of them. */
async function nodesWithId(db: Database, id: string): Promise<NodeState[]> {
  const rows = await db.read(
    `MATCH (n:InstrumentGraph {id: $id})
     RETURN labels(n) AS labels, n.contentHash IS NOT NULL AS loaded, n.catalogued AS catalogued, n.title AS title,
       COUNT { (n)-[:HAS_PARAGRAPH]->(:Paragraph) } AS paragraphs,
       COLLECT { MATCH (p:Paragraph)-[:CITES]->(n) RETURN p.id ORDER BY p.id } AS citedBy,
       COLLECT { MATCH (d)-[:REFERENCES]->(n) RETURN d.id ORDER BY d.id } AS referencedBy`,
    { id },
  );
  return rows.map((row) => ({ ...(row as unknown as NodeState), labels: [...(row.labels as string[])].sort() }));
}

/** snapshot() with each node's labels in one order, so states reached in different orders compare. */
async function state(db: Database): Promise<{ nodes: string[]; relationships: string[] }> {
  const { nodes, relationships } = await snapshot(db);
  const sorted = nodes.map((json) => {
    const node = JSON.parse(json) as { labels: string[] };
    return JSON.stringify({ ...node, labels: [...node.labels].sort() });
  });
  return { nodes: sorted.sort(), relationships };
}

/** Node ids that more than one node holds. */
async function sharedIds(db: Database): Promise<string[]> {
  const rows = await db.read(
    'MATCH (n:InstrumentGraph) WITH n.id AS id, count(*) AS nodes WHERE nodes > 1 RETURN id ORDER BY id',
  );
  return rows.map((row) => String(row.id));
}

const BOTH = ['Document', 'InstrumentGraph', 'Resolution'];

describe('a resolution loaded as a document', () => {
  let db: Database;
  const options = (extra: Partial<SeedOptions> = {}): SeedOptions => ({ onError: 'stop', ...extra });
  async function seed(files: string[], extra: Partial<SeedOptions> = {}) {
    const report = await seedDocuments(db, files, options(extra));
    expect(report.failed).toEqual([]);
    return report;
  }

  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetGraph(db);
    // Schema, catalogue and a first load of each statement, under the hook timeout.
    await seedDocuments(db, [CITED, CITING], options());
  });
  beforeEach(async () => {
    await resetGraph(db);
  });
  afterAll(async () => {
    if (!db) return;
    await resetGraph(db);
    await db.close();
  });

  it('is one node, a Document and a Resolution, that the other document cites and references', async () => {
    await seed([CITED, CITING]);
    expect(await nodesWithId(db, R97)).toEqual([
      {
        labels: BOTH,
        loaded: true,
        catalogued: false,
        title: 'Countering maritime crime',
        paragraphs: 5,
        citedBy: [CITING_PARAGRAPH],
        referencedBy: [R98],
      },
    ]);
    // The citing resolution is loaded too, and no other document cites it.
    expect(await nodesWithId(db, R98)).toEqual([
      expect.objectContaining({ labels: BOTH, loaded: true, citedBy: [], referencedBy: [] }),
    ]);
    expect(await sharedIds(db)).toEqual([]);
    // A Document label on a resolution symbol never stands alone.
    expect(
      await db.read('MATCH (d:Document) WHERE d.id CONTAINS "/RES/" AND NOT d:Resolution RETURN d.id AS id'),
    ).toEqual([]);
  });

  it('ends as the same one node whether it is cited first or loaded first', async () => {
    // Cited first: A/RES/98/5 makes a placeholder Resolution, which loading A/RES/97/12 completes.
    await seed([CITING]);
    expect(await nodesWithId(db, R97)).toEqual([
      {
        labels: ['InstrumentGraph', 'Resolution'],
        loaded: false,
        catalogued: false,
        title: null,
        paragraphs: 0,
        citedBy: [CITING_PARAGRAPH],
        referencedBy: [R98],
      },
    ]);
    await seed([CITED]);
    const citedFirst = await state(db);
    expect((await nodesWithId(db, R97)).map((n) => [n.labels, n.paragraphs, n.citedBy])).toEqual([
      [BOTH, 5, [CITING_PARAGRAPH]],
    ]);

    // Loaded first: the citation MERGEs onto the loaded document's node.
    await resetGraph(db);
    await seed([CITED]);
    expect((await nodesWithId(db, R97)).map((n) => [n.labels, n.paragraphs, n.citedBy])).toEqual([[BOTH, 5, []]]);
    await seed([CITING]);
    expect((await nodesWithId(db, R97)).map((n) => [n.labels, n.paragraphs, n.citedBy])).toEqual([
      [BOTH, 5, [CITING_PARAGRAPH]],
    ]);
    expect(await state(db)).toEqual(citedFirst);
    expect(await sharedIds(db)).toEqual([]);
  });

  it('keeps the same graph and counts on a second seed, skipped or forced, and counts the node once', async () => {
    await seed([CITED, CITING]);
    const counts = await graphCounts(db);
    const before = await state(db);
    // Two nodes carry two model labels each: the total counts nodes, not labels.
    const [{ nodes }] = (await db.read('MATCH (n:InstrumentGraph) RETURN count(n) AS nodes')) as [{ nodes: number }];
    expect(counts.nodeTotal).toBe(nodes);
    expect(Object.values(counts.labels).reduce((a, b) => a + b, 0)).toBe(nodes + 2);

    expect((await seed([CITED, CITING])).unchanged).toHaveLength(2);
    expect(await graphCounts(db)).toEqual(counts);
    expect(await state(db)).toEqual(before);

    expect((await seed([CITED, CITING], { force: true })).loaded).toHaveLength(2);
    expect(await graphCounts(db)).toEqual(counts);
    expect(await state(db)).toEqual(before);
  });

  it('survives the re-seeding of the cited text and of the document that cited it, even without the citation', async () => {
    await seed([CITED, CITING]);
    const before = await state(db);
    const counts = await graphCounts(db);

    // Re-seeding the cited resolution rewrites its paragraphs and leaves the citation of it alone.
    await seed([CITED], { force: true });
    expect(await state(db)).toEqual(before);
    expect(await graphCounts(db)).toEqual(counts);

    // A new version of A/RES/98/5 that no longer recalls 97/12: nothing points at A/RES/97/12 any
    // more, but a loaded document is no placeholder, so it stays with its paragraphs.
    const withoutCitation: SeedOptions['extract'] = (file, catalogue) => {
      const record = extractFile(file, catalogue);
      for (const p of record.paragraphs) p.citations = p.citations.filter((c) => c.target.id !== R97);
      return record;
    };
    await seed([CITING], { extract: withoutCitation });
    expect(await nodesWithId(db, R97)).toEqual([
      {
        labels: BOTH,
        loaded: true,
        catalogued: false,
        title: 'Countering maritime crime',
        paragraphs: 5,
        citedBy: [],
        referencedBy: [],
      },
    ]);
    // And the citation comes back with the original text.
    await seed([CITING]);
    expect(await state(db)).toEqual(before);
  });

  it('mends a graph seeded when the text and the resolution were two nodes with one id', async () => {
    await seed([CITED, CITING]);
    const fresh = await state(db);

    // The former layout: the Resolution that the citation made, and beside it a Document node of
    // the same id holding the text (an earlier load format, so its content hash differs).
    await resetGraph(db);
    await seed([CITING]);
    const old = { id: R97, paragraph: `${R97}#op-9` };
    await db.write(
      `CREATE (d:Document:InstrumentGraph {id: $id, symbol: $id, title: 'Old title', contentHash: 'old', paragraphCount: 1})
       CREATE (d)-[:HAS_PARAGRAPH {order: 0}]->(:Paragraph:InstrumentGraph {id: $paragraph, document: $id, localId: 'op-9', order: 0, text: 'Old.'})`,
      old,
    );
    expect(await sharedIds(db)).toEqual([R97]);
    await seed([CITED]);
    expect(await sharedIds(db)).toEqual([]);
    expect(await state(db)).toEqual(fresh);

    // A Document node alone, with no Resolution beside it, becomes the Resolution.
    await resetGraph(db);
    await db.write(
      "CREATE (:Document:InstrumentGraph {id: $id, symbol: $id, title: 'Old title', contentHash: 'old', paragraphCount: 0})",
      old,
    );
    await seed([CITED]);
    expect(await nodesWithId(db, R97)).toEqual([
      expect.objectContaining({ labels: BOTH, loaded: true, catalogued: false, paragraphs: 5 }),
    ]);
    await seed([CITING]);
    expect(await state(db)).toEqual(fresh);
  });
});
