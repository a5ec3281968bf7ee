// Documents written in groups (one transaction per group) keep the promise of one transaction per
// document: a group that fails is retried document by document, so every good document lands,
// the bad one is reported and absent, and with onError 'stop' nothing after it is attempted.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../graph/database.ts';
import { isDocumentLoaded, resetGraph, seedDocuments, type SeedOptions } from '../../../seed/seed-documents.ts';
import type { ExtractedDocument } from '../../../seed/extracted-document.ts';
import { connectTestDatabase } from '../../support/database.ts';
import { catalogue, cite, extractFrom, instrument, paragraph, record, resolution, snapshot } from './fixtures.ts';

const SYMBOLS = ['TEST/G1', 'TEST/G2', 'TEST/G3', 'TEST/G4', 'TEST/G5'];
const FILES = SYMBOLS.map((_, i) => `g${i + 1}.txt`);

function groupDocument(symbol: string, n: number): ExtractedDocument {
  const p1 = `Recalling the Convention against Corruption and resolution ${n}/1,`;
  const p2 = `Notes document ${SYMBOLS[n % SYMBOLS.length]} and the Model Treaty on Widgets;`;
  return record(
    symbol,
    [
      paragraph(
        'preamble-1',
        p1,
        [
          cite(p1, 'Convention against Corruption', instrument('uncac')),
          cite(p1, `resolution ${n}/1`, resolution(`A/RES/${n}/1`)),
        ],
        ['corruption'],
      ),
      paragraph('op-1', p2, [
        cite(p2, SYMBOLS[n % SYMBOLS.length]!, {
          id: SYMBOLS[n % SYMBOLS.length]!,
          kind: 'document',
          symbol: SYMBOLS[n % SYMBOLS.length],
        }),
        cite(
          p2,
          'Model Treaty on Widgets',
          instrument('uncatalogued:model-treaty-on-widgets', { title: 'Model Treaty on Widgets', uncatalogued: true }),
        ),
      ]),
    ],
    [{ id: 'fn-1', marker: '1', text: `Footnote of ${symbol}.`, paragraph: 'op-1' }],
  );
}

describe('seedDocuments in groups', () => {
  let db: Database;
  const files: Record<string, ExtractedDocument> = {};
  const reset = () => {
    SYMBOLS.forEach((symbol, i) => {
      files[FILES[i]!] = groupDocument(symbol, i + 1);
    });
  };
  const options = (extra: Partial<SeedOptions> = {}): SeedOptions => ({
    onError: 'continue',
    catalogue,
    extract: extractFrom(files),
    ...extra,
  });
  /** A beforeCommit hook that fails for one symbol and records every call. */
  const failingFor =
    (bad: string, calls: string[]): SeedOptions['beforeCommit'] =>
    (_tx, symbol) => {
      calls.push(symbol);
      if (symbol === bad) throw new Error(`injected failure in ${symbol}`);
    };
  const loaded = async () => {
    const present: string[] = [];
    for (const symbol of SYMBOLS) if (await isDocumentLoaded(db, symbol)) present.push(symbol);
    return present;
  };

  beforeAll(async () => {
    db = await connectTestDatabase();
    reset();
    await seedDocuments(db, FILES, options());
  });
  beforeEach(async () => {
    reset();
    await resetGraph(db);
  });
  afterAll(async () => {
    await resetGraph(db);
    await db.close();
  });

  it('retries a failed group one document at a time and carries on past the bad one', async () => {
    const calls: string[] = [];
    const report = await seedDocuments(db, FILES, options({ beforeCommit: failingFor('TEST/G3', calls) }));
    // The group's transaction reached G3 and was rolled back; then each document on its own.
    expect(calls).toEqual(['TEST/G1', 'TEST/G2', 'TEST/G3', 'TEST/G1', 'TEST/G2', 'TEST/G3', 'TEST/G4', 'TEST/G5']);
    expect(report.documents.map((d) => d.status)).toEqual(['loaded', 'loaded', 'failed', 'loaded', 'loaded']);
    expect(report.failed).toEqual([
      expect.objectContaining({ file: 'g3.txt', symbol: 'TEST/G3', error: 'injected failure in TEST/G3' }),
    ]);
    expect(await loaded()).toEqual(['TEST/G1', 'TEST/G2', 'TEST/G4', 'TEST/G5']);
    // G3 left nothing of its own: no paragraph, no footnote (G2 cites it, so its node is a placeholder).
    expect(await db.read('MATCH (n) WHERE n.document = "TEST/G3" RETURN n')).toEqual([]);
  });

  it('with onError stop, keeps the documents before the bad one and attempts none after it', async () => {
    const report = await seedDocuments(
      db,
      FILES,
      options({ onError: 'stop', beforeCommit: failingFor('TEST/G3', []) }),
    );
    expect(report.documents.map((d) => d.status)).toEqual([
      'loaded',
      'loaded',
      'failed',
      'not attempted',
      'not attempted',
    ]);
    expect(report.failed.map((d) => d.file)).toEqual(['g3.txt']);
    expect(report.notAttempted.map((d) => d.file)).toEqual(['g4.txt', 'g5.txt']);
    expect(await loaded()).toEqual(['TEST/G1', 'TEST/G2']);
  });

  it('isolates a document the database refuses, leaving the earlier version of it in place', async () => {
    await seedDocuments(db, FILES, options());
    const before = await snapshot(db);
    const P = 'Welcomes the Nameless Treaty.';
    files['g3.txt'] = record('TEST/G3', [
      paragraph('op-1', P, [cite(P, 'Nameless Treaty', instrument(null as unknown as string))]),
    ]);
    const report = await seedDocuments(db, FILES, options({ force: true }));
    expect(report.documents.map((d) => d.status)).toEqual(['loaded', 'loaded', 'failed', 'loaded', 'loaded']);
    expect(report.failed[0]).toMatchObject({ symbol: 'TEST/G3', error: expect.stringMatching(/null/i) });
    // The others were rewritten with the same content, and G3 is as it was: the same graph.
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes the same graph one document per transaction as in one group', async () => {
    await seedDocuments(db, FILES, options());
    const grouped = await snapshot(db);
    await resetGraph(db);
    const single = await seedDocuments(db, FILES, options({ groupSize: 1 }));
    expect(single.loaded).toHaveLength(5);
    expect(await snapshot(db)).toEqual(grouped);
    // A group of two, a group of two, a group of one: the same again.
    await resetGraph(db);
    await seedDocuments(db, FILES, options({ groupSize: 2 }));
    expect(await snapshot(db)).toEqual(grouped);
  });

  it('writes a file given twice once, and skips the repeat as unchanged', async () => {
    const report = await seedDocuments(db, ['g1.txt', 'g2.txt', 'g1.txt'], options());
    expect(report.documents.map((d) => d.status)).toEqual(['loaded', 'loaded', 'unchanged']);
  });
});
