// One instrument, one node, on a real Neo4j: two documents that cite the same uncatalogued treaty
// under different wordings link to one node that keeps every wording as an alias, and seeding the
// whole shipped corpus leaves no two Instrument nodes sharing a Treaty Series registration or a
// normalised title or alias.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../graph/database.ts';
import { readCatalogue } from '../../../seed/catalogue/read-catalogue.ts';
import { corpusFiles, DEFAULT_DOCUMENT } from '../../../seed/corpora.ts';
import { phraseKey } from '../../../seed/stages/support/match-index.ts';
import { resetGraph, seedDocuments } from '../../../seed/seed-documents.ts';
import { connectTestDatabase } from '../../support/database.ts';
import { catalogue, cite, extractFrom, instrument, paragraph, record } from './fixtures.ts';

/** A document whose one paragraph cites an uncatalogued treaty by `title`, with a registration or not. */
function citing(symbol: string, title: string, unts?: { volume: number; number: number }) {
  const text = `Recalls the ${title};`;
  return record(symbol, [
    paragraph('op-1', text, [
      cite(
        text,
        title,
        instrument(`uncatalogued:${title.toLowerCase().replace(/\W+/g, '-')}`, {
          title,
          subkind: 'treaty',
          uncatalogued: true,
          ...(unts ? { unts } : {}),
        }),
      ),
    ]),
  ]);
}

describe('identity of uncatalogued instruments across documents', () => {
  let db: Database;
  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetGraph(db);
  });
  afterAll(async () => {
    await resetGraph(db);
    await db.close();
  });

  it('merges by registration, then by normalised title, and keeps each wording as an alias', async () => {
    const files = {
      'a.txt': citing('TEST/ID1', 'Treaty on Reefs', { volume: 300, number: 4000 }),
      'b.txt': citing('TEST/ID2', 'Reefs Treaty', { volume: 300, number: 4000 }),
      'c.txt': citing('TEST/ID3', 'Treaty on the Reefs'),
      'd.txt': citing('TEST/ID4', 'Treaty on Shoals'),
    };
    // One group of four, then again document by document in another order: the same graph.
    for (const order of [['a.txt', 'b.txt', 'c.txt', 'd.txt'], ['c.txt'], ['b.txt'], ['a.txt']]) {
      const report = await seedDocuments(db, order, {
        onError: 'stop',
        catalogue,
        extract: extractFrom(files),
        force: true,
      });
      expect(report.failed).toEqual([]);
    }
    const rows = await db.read(
      `MATCH (i:Instrument {uncatalogued: true})
       RETURN i.id AS id, i.title AS title, i.aliases AS aliases, i.untsNumber AS untsNumber,
              COUNT { (:Paragraph)-[:CITES]->(i) } AS citations ORDER BY id`,
    );
    expect(
      rows.map((r) => [
        r.id,
        r.title,
        [...(r.aliases as string[])].sort(),
        Number(r.untsNumber ?? 0),
        Number(r.citations),
      ]),
    ).toEqual([
      ['uncatalogued:treaty-on-reefs', 'Treaty on Reefs', ['Reefs Treaty', 'Treaty on the Reefs'], 4000, 3],
      ['uncatalogued:treaty-on-shoals', 'Treaty on Shoals', [], 0, 1],
    ]);
  });

  it('seeding the shipped corpus leaves no two nodes for one instrument', async () => {
    await resetGraph(db);
    const real = readCatalogue();
    const report = await seedDocuments(db, [DEFAULT_DOCUMENT, ...corpusFiles('ga-80')], {
      onError: 'stop',
      catalogue: real,
    });
    expect(report.failed).toEqual([]);
    const rows = await db.read(
      'MATCH (i:Instrument) RETURN i.id AS id, i.title AS title, i.shortTitle AS shortTitle, i.aliases AS aliases, i.untsVolume AS volume, i.untsNumber AS number',
    );
    expect(rows.length).toBeGreaterThan(0);
    const holders = new Map<string, Set<string>>();
    const hold = (key: string, id: string) => holders.set(key, (holders.get(key) ?? new Set()).add(id));
    for (const r of rows) {
      const id = String(r.id);
      if (r.volume !== null && r.number !== null) hold(`unts ${Number(r.volume)}/${Number(r.number)}`, id);
      for (const name of [r.title, r.shortTitle, ...((r.aliases as string[] | null) ?? [])]) {
        if (typeof name === 'string' && name !== '') hold(`name ${phraseKey(name)}`, id);
      }
    }
    const split = [...holders]
      .filter(([, ids]) => ids.size > 1)
      .map(([key, ids]) => `${key}: ${[...ids].sort().join(', ')}`);
    expect(split).toEqual([]);
  });
});
