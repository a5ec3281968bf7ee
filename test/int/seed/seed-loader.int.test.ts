// The loader on hand-made records: idempotence, rollback on a failure mid-document, replacing a
// changed document, shared instruments across documents, placeholders, and --reset.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../graph/database.ts';
import {
  graphCounts,
  resetGraph,
  seedDocuments,
  isDocumentCurrent,
  isDocumentLoaded,
  type SeedOptions,
} from '../../../seed/seed-documents.ts';
import type { ExtractedDocument } from '../../../seed/extracted-document.ts';
import { connectTestDatabase } from '../../support/database.ts';
import { catalogue, cite, extractFrom, instrument, paragraph, record, resolution, snapshot } from './fixtures.ts';

const P1 = 'Recalling the United Nations Convention against Corruption and General Assembly resolution 55/25,';
const P2 = 'Urges States to ratify the Convention against Corruption and the Model Treaty on Widgets;';
const docA: ExtractedDocument = record(
  'TEST/A',
  [
    paragraph(
      'preamble-1',
      P1,
      [
        cite(P1, 'United Nations Convention against Corruption', instrument('uncac')),
        cite(P1, 'General Assembly resolution 55/25', resolution('A/RES/55/25')),
      ],
      ['corruption'],
    ),
    paragraph(
      'op-1',
      P2,
      [
        cite(P2, 'Convention against Corruption', instrument('uncac')),
        cite(
          P2,
          'Model Treaty on Widgets',
          instrument('uncatalogued:model-treaty-on-widgets', {
            title: 'Model Treaty on Widgets',
            subkind: 'treaty',
            uncatalogued: true,
          }),
        ),
      ],
      ['corruption'],
    ),
  ],
  [{ id: 'fn-1', marker: '1', text: 'See TEST/B.', paragraph: 'op-1' }],
);
const P3 = 'Notes the Convention against Corruption and resolution 99/1 and document TEST/A;';
const docB: ExtractedDocument = record('TEST/B', [
  paragraph('op-1', P3, [
    cite(P3, 'Convention against Corruption', instrument('uncac')),
    cite(P3, 'resolution 99/1', resolution('A/RES/99/1')),
    cite(P3, 'TEST/A', { id: 'TEST/A', kind: 'document', symbol: 'TEST/A' }),
  ]),
]);

describe('seedDocuments on hand-made records', () => {
  let db: Database;
  const files: Record<string, ExtractedDocument> = { 'a.txt': docA, 'b.txt': docB };
  const options = (extra: Partial<SeedOptions> = {}): SeedOptions => ({
    onError: 'continue',
    catalogue,
    extract: extractFrom(files),
    ...extra,
  });

  beforeAll(async () => {
    db = await connectTestDatabase();
    // Schema, catalogue and a first load of each statement, under the hook timeout: on a fresh
    // Neo4j, index creation and query planning take far longer than any test's work.
    await seedDocuments(db, ['a.txt', 'b.txt'], options());
  });
  beforeEach(async () => {
    files['a.txt'] = docA;
    await resetGraph(db);
  });
  afterAll(async () => {
    await resetGraph(db);
    await db.close();
  });

  it('writes the same graph twice, whether skipped as unchanged or forced', async () => {
    const first = await seedDocuments(db, ['a.txt', 'b.txt'], options());
    expect(first.failed).toEqual([]);
    expect(first.loaded.map((d) => d.symbol)).toEqual(['TEST/A', 'TEST/B']);
    const counts = await graphCounts(db);
    expect(counts.labels).toMatchObject({ Document: 2, Paragraph: 3, Footnote: 1, Instrument: 4, Resolution: 3 });
    expect(counts.relationships).toMatchObject({
      HAS_PARAGRAPH: 3,
      NEXT: 1,
      HAS_FOOTNOTE: 1,
      CITES: 7,
      ADDRESSES: 2,
      REFERENCES: 3,
    });

    const skipped = await seedDocuments(db, ['a.txt', 'b.txt'], options());
    expect(skipped.unchanged).toHaveLength(2);
    expect(await graphCounts(db)).toEqual(counts);

    const forced = await seedDocuments(db, ['a.txt', 'b.txt'], options({ force: true }));
    expect(forced.loaded).toHaveLength(2);
    expect(await graphCounts(db)).toEqual(counts);
  });

  it('links two documents citing the same treaty to one Instrument node', async () => {
    await seedDocuments(db, ['a.txt', 'b.txt'], options());
    const rows = await db.read(
      'MATCH (d:Document)-[:HAS_PARAGRAPH]->(:Paragraph)-[:CITES]->(i:Instrument {id: "uncac"}) RETURN count(DISTINCT i) AS nodes, collect(DISTINCT d.id) AS documents',
    );
    expect(rows[0]!.nodes).toBe(1);
    expect([...(rows[0]!.documents as string[])].sort()).toEqual(['TEST/A', 'TEST/B']);
  });

  it('makes placeholders for what the catalogue lacks, without overwriting catalogued nodes', async () => {
    await seedDocuments(db, ['a.txt', 'b.txt'], options());
    const [widget] = await db.read(
      'MATCH (i:Instrument {id: "uncatalogued:model-treaty-on-widgets"}) RETURN i.uncatalogued AS u, i.title AS title, i.instrumentKind AS kind',
    );
    expect(widget).toEqual({ u: true, title: 'Model Treaty on Widgets', kind: 'treaty' });
    const [res] = await db.read(
      'MATCH (r:Resolution {id: "A/RES/99/1"}) RETURN r.catalogued AS c, r.symbol AS s, r.title AS t',
    );
    expect(res).toEqual({ c: false, s: 'A/RES/99/1', t: null });
    const [uncac] = await db.read('MATCH (i:Instrument {id: "uncac"}) RETURN i.uncatalogued AS u, i.title AS title');
    expect(uncac).toEqual({ u: false, title: 'United Nations Convention against Corruption' });
    expect(await isDocumentLoaded(db, 'TEST/A')).toBe(true);
    expect(await isDocumentLoaded(db, 'TEST/NOPE')).toBe(false);
    // npm start seeds again what is loaded from another text (or by an older loader).
    expect(await isDocumentCurrent(db, docA)).toBe(true);
    expect(await isDocumentCurrent(db, { ...docA, document: { ...docA.document, title: 'Another title' } })).toBe(
      false,
    );
  });

  it('rolls a document back entirely when a failure comes after its writes, before the commit', async () => {
    await seedDocuments(db, ['b.txt'], options());
    const before = await snapshot(db);
    let written: unknown;
    const report = await seedDocuments(
      db,
      ['a.txt'],
      options({
        beforeCommit: async (tx, symbol) => {
          // Inside the transaction the paragraphs are there: the failure really has writes to undo.
          written = (await tx.run('MATCH (p:Paragraph {document: $symbol}) RETURN count(p) AS n', { symbol }))[0]!.n;
          throw new Error(`injected failure in ${symbol}`);
        },
      }),
    );
    expect(written).toBe(2);
    expect(report.failed).toEqual([expect.objectContaining({ file: 'a.txt', error: 'injected failure in TEST/A' })]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('rolls a rewrite back entirely when the database refuses a row mid-statement', async () => {
    await seedDocuments(db, ['a.txt', 'b.txt'], options());
    const before = await snapshot(db);
    // A changed version whose last citation has no target id: Neo4j cannot MERGE on null, after
    // the old paragraphs were deleted and the new ones written in the same transaction.
    const P = 'Welcomes the Convention against Corruption and the Nameless Treaty.';
    files['a.txt'] = record('TEST/A', [
      paragraph('op-1', P, [
        cite(P, 'Convention against Corruption', instrument('uncac')),
        cite(P, 'Nameless Treaty', instrument(null as unknown as string)),
      ]),
    ]);
    const report = await seedDocuments(db, ['a.txt'], options());
    expect(report.failed).toEqual([
      expect.objectContaining({ file: 'a.txt', symbol: 'TEST/A', error: expect.stringMatching(/null/i) }),
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('reports a bad file and carries on, or stops, as onError says', async () => {
    const carryOn = await seedDocuments(db, ['missing.txt', 'a.txt'], options());
    expect(carryOn.failed.map((d) => d.error)).toEqual(['missing.txt: no such file']);
    expect(carryOn.loaded.map((d) => d.symbol)).toEqual(['TEST/A']);
    await resetGraph(db);
    const stop = await seedDocuments(db, ['missing.txt', 'a.txt'], options({ onError: 'stop' }));
    expect(stop.notAttempted.map((d) => d.file)).toEqual(['a.txt']);
    expect(await isDocumentLoaded(db, 'TEST/A')).toBe(false);
  });

  it('replaces a changed document and leaves nothing stale', async () => {
    await seedDocuments(db, ['b.txt'], options());
    const onlyB = await snapshot(db);
    await seedDocuments(db, ['a.txt'], options());
    const P = 'Welcomes the Convention against Corruption.';
    files['a.txt'] = record('TEST/A', [
      paragraph('op-1', P, [cite(P, 'Convention against Corruption', instrument('uncac'))]),
    ]);
    await seedDocuments(db, ['a.txt'], options());
    const rows = await db.read('MATCH (p:Paragraph {document: "TEST/A"}) RETURN p.text AS text');
    expect(rows).toEqual([{ text: P }]);
    // The widget placeholder and the footnote went with the old version; A/RES/55/25 is catalogued, so it stays.
    expect(await db.read('MATCH (n {id: "uncatalogued:model-treaty-on-widgets"}) RETURN n')).toEqual([]);
    expect(await db.read('MATCH (f:Footnote {document: "TEST/A"}) RETURN f')).toEqual([]);
    // Loading the same content as a fresh database would gives the same graph.
    const replaced = await snapshot(db);
    await resetGraph(db);
    await seedDocuments(db, ['b.txt', 'a.txt'], options());
    expect(await snapshot(db)).toEqual(replaced);
    expect(onlyB.nodes.length).toBeGreaterThan(0);
  });

  it('resets only what this project created', async () => {
    await seedDocuments(db, ['a.txt'], options());
    const tag = `foreign-${process.pid}`;
    await db.write('CREATE (:Foreign {tag: $tag, id: "uncac"})', { tag });
    try {
      const deleted = await resetGraph(db);
      expect(deleted).toBeGreaterThan(0);
      expect((await graphCounts(db)).nodeTotal).toBe(0);
      expect(await db.read('MATCH (n:Foreign {tag: $tag}) RETURN n.id AS id', { tag })).toEqual([{ id: 'uncac' }]);
    } finally {
      await db.write('MATCH (n:Foreign {tag: $tag}) DETACH DELETE n', { tag });
    }
  });
});
