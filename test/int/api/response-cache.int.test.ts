// The response cache on the real Neo4j: a repeated query costs one version read, and no answer
// outlives the graph it came from, whatever the seeder did in between.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../graph/database.ts';
import { ensureSchemaAndCatalogue, resetGraph, seedDocuments } from '../../../seed/seed-documents.ts';
import { createApp, type App } from '../../../server/app.ts';
import { defaultServerConfig } from '../../../server/config.ts';
import { createLogger } from '../../../server/logger.ts';
import type { ReadableDatabase } from '../../../server/cypher-reader.ts';
import { connectTestDatabase } from '../../support/database.ts';
import { BANGKOK, SYMBOL, postQuery, seedBangkok } from './support.ts';

const GA_80_5 = 'seed/corpus/ga-80/A-RES-80-5.txt';
// Loaded documents (the cited ones are placeholders without paragraphs).
const DOCUMENTS = '{ documents { id paragraphCount } }';

let db: Database;
/** Statements the app sent to Neo4j, by the name in their metadata. */
const sent: string[] = [];
let versionReadFails = false;

function countingDatabase(inner: Database): ReadableDatabase {
  return {
    ping: () => inner.ping(),
    read: (query, params, options) => {
      const name = String(options?.metadata?.query ?? '?');
      sent.push(name);
      if (name === 'graph-version' && versionReadFails) return Promise.reject(new Error('connection refused'));
      return inner.read(query, params, options);
    },
  };
}

async function documentIds(app: App): Promise<string[]> {
  const body = await postQuery<{ documents: { id: string; paragraphCount: number }[] }>(app, DOCUMENTS);
  expect(body.errors).toBeUndefined();
  return body
    .data!.documents.filter((d) => d.paragraphCount > 0)
    .map((d) => d.id)
    .sort();
}

let app: App;

beforeAll(async () => {
  db = await connectTestDatabase();
  await resetGraph(db);
  await seedBangkok(db);
  app = createApp({ db: countingDatabase(db), config: defaultServerConfig(), logger: createLogger('silent') });
});

afterAll(async () => {
  await resetGraph(db);
  await db.close();
});

describe('response cache', () => {
  it('answers a repeated query with one read of the graph version', async () => {
    expect(await documentIds(app)).toEqual([SYMBOL]);
    sent.length = 0;
    expect(await documentIds(app)).toEqual([SYMBOL]);
    expect(sent).toEqual(['graph-version']);
  });

  it('keeps its answers when the seeder writes the same catalogue again, as every server start does', async () => {
    await documentIds(app);
    await ensureSchemaAndCatalogue(db);
    sent.length = 0;
    expect(await documentIds(app)).toEqual([SYMBOL]);
    expect(sent).toEqual(['graph-version']);
  });

  it('answers from the new graph as soon as the seeder has written', async () => {
    await documentIds(app);
    const report = await seedDocuments(db, [GA_80_5], { onError: 'stop' });
    expect(report.loaded).toHaveLength(1);
    expect(await documentIds(app)).toEqual(['A/RES/80/5', SYMBOL].sort());
  });

  it('answers from the emptied graph after a reset, and from the reseeded one after that', async () => {
    await documentIds(app);
    await resetGraph(db);
    expect(await documentIds(app)).toEqual([]);
    await seedDocuments(db, [BANGKOK], { onError: 'stop' });
    expect(await documentIds(app)).toEqual([SYMBOL]);
  });

  it('runs the query uncached when the version cannot be read', async () => {
    versionReadFails = true;
    try {
      const ownStatements = () => sent.filter((name) => name !== 'graph-version').length;
      sent.length = 0;
      expect(await documentIds(app)).toEqual([SYMBOL]);
      const first = ownStatements();
      expect(first).toBeGreaterThan(0);
      // The second request ran its statements again: nothing was cached without a version.
      expect(await documentIds(app)).toEqual([SYMBOL]);
      expect(ownStatements()).toBe(2 * first);
    } finally {
      versionReadFails = false;
    }
  });
});
