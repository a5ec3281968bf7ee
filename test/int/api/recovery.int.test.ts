// The server outlives its database: a second throwaway Neo4j is seeded, stopped (queries answer
// DATABASE_UNAVAILABLE, /health 503) and started again on the same port and data folder, and the
// same server answers again without a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../../graph/database.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../../graph/neo4j-local/local-neo4j.ts';
import { createApp } from '../../../server/app.ts';
import { defaultServerConfig } from '../../../server/config.ts';
import { listen, type RunningServer } from '../../../server/http-server.ts';
import { createLogger } from '../../../server/logger.ts';
import { seedBangkok } from './support.ts';
import { freePort } from '../../../graph/neo4j-local/free-port.ts';

let dir: string;
let port: number;
let neo4j: LocalNeo4j | undefined;
let db: Database;
let server: RunningServer;

const start = () => startLocalNeo4j({ port, dataDir: join(dir, 'data'), heap: '512m', shortLived: true });

async function ask(): Promise<{ data?: any; errors?: { extensions?: { code?: string } }[] }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ citations(target: "UNCAC") { paragraph { localId } } }' }),
  });
  return response.json() as Promise<{ data?: any }>;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'instrument-graph-recovery-'));
  port = await freePort();
  neo4j = await start();
  db = await Database.connect({ uri: neo4j.uri, attempts: 5 });
  await seedBangkok(db);
  const app = createApp({ db, config: defaultServerConfig(), logger: createLogger('silent') });
  server = await listen(app, { port: 0, host: '127.0.0.1' });
}, 300_000);

afterAll(async () => {
  await server?.close();
  await db?.close();
  await neo4j?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe('a database restart', () => {
  it('answers DATABASE_UNAVAILABLE and /health 503 while Neo4j is down, and recovers by itself', async () => {
    const before = await ask();
    expect(before.errors).toBeUndefined();
    expect(before.data.citations.length).toBeGreaterThanOrEqual(4);

    await neo4j!.stop();
    neo4j = undefined;
    let started = performance.now();
    const down = await ask();
    // By the API's deadline (timeout + 5 s), not after the driver's 30 s of retries.
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(down.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
    started = performance.now();
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(503);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(await health.json()).toMatchObject({ status: 'unavailable' });

    neo4j = await start();
    // The driver reconnects on its own; give it a few tries while Neo4j finishes opening.
    let after = await ask();
    for (let i = 0; i < 30 && !after.data; i++) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      after = await ask();
    }
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  }, 300_000);
});
