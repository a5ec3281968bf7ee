// Two seeders loading the same new document at the same moment, as two `npm run seed -- f.txt`
// started together would: both succeed, the graph holds the document once, whole, and neither run
// meets a uniqueness-constraint failure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../graph/database.ts';
import { graphCounts, resetGraph, seedDocuments } from '../../../seed/seed-documents.ts';
import { connectTestDatabase } from '../../support/database.ts';

const FILE = 'test/fixtures/ga-resolution-recalled.txt';

describe('concurrent seeds of one new document', () => {
  let first: Database;
  let second: Database;

  beforeAll(async () => {
    first = await connectTestDatabase();
    second = await connectTestDatabase();
    await resetGraph(first);
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('take turns: both runs succeed and the graph is the one a single run leaves', async () => {
    for (const force of [false, true]) {
      await resetGraph(first);
      const runs = await Promise.all(
        [first, second].map((db) => seedDocuments(db, [FILE], { onError: 'stop', force })),
      );
      for (const run of runs) expect(run.failed.map((d) => d.error)).toEqual([]);
      // One run wrote it; the other found it written (or, forced, wrote it again after the first).
      expect(runs.flatMap((r) => r.documents.map((d) => d.status)).sort()).toEqual(
        force ? ['loaded', 'loaded'] : ['loaded', 'unchanged'],
      );
      const together = await graphCounts(first);
      await resetGraph(first);
      await seedDocuments(first, [FILE], { onError: 'stop' });
      expect(together).toEqual(await graphCounts(first));
    }
  }, 300_000);
});
