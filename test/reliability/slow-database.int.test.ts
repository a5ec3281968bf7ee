// A slow database: the transaction timeout is enforced by Neo4j itself (the statement is stopped
// there, not merely abandoned by the client), the connection it used serves the next query, and
// the listening API answers a burst of slow requests with a coded error while /health stays up.
// (test/int/api/safety.int.test.ts proves the API passes API_QUERY_TIMEOUT_MS to each read.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/database.ts';
import { DatabaseError } from '../../graph/errors.ts';
import { createApp } from '../../server/app.ts';
import { defaultServerConfig } from '../../server/config.ts';
import { listen, type RunningServer } from '../../server/http-server.ts';
import { createLogger } from '../../server/logger.ts';
import { connectTestDatabase } from '../support/database.ts';
import { sleep } from './support.ts';

/** Counts to 10^8: many seconds of work, whatever the machine. */
const SLOW = 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n';

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(() => db?.close());

async function runningWith(tag: string): Promise<number> {
  const rows = await db.read('SHOW TRANSACTIONS YIELD metaData WHERE metaData.tag = $tag RETURN count(*) AS n', {
    tag,
  });
  return Number(rows[0]?.n ?? 0);
}

describe('a slow query', () => {
  it('is stopped by Neo4j at its timeout: QUERY_TIMEOUT, nothing left running, the pool still serves', async () => {
    const tag = `slow-${Date.now()}`;
    const started = performance.now();
    const error = await db.read(SLOW, {}, { timeoutMs: 200, metadata: { tag } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    const ms = performance.now() - started;
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe('QUERY_TIMEOUT');
    // A hang guard, not a benchmark: uninterrupted, the count takes far longer than this.
    expect(ms).toBeLessThan(30_000);
    for (let i = 0; i < 20 && (await runningWith(tag)) > 0; i++) await sleep(250);
    expect(await runningWith(tag)).toBe(0);
    expect(await db.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
    console.log(
      `[reliability] slow query with timeoutMs 200: QUERY_TIMEOUT after ${ms.toFixed(0)} ms, stopped in Neo4j`,
    );
  });
});

describe('a burst of slow requests through the listening API', () => {
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.close();
  });

  it('answers each with QUERY_TOO_COMPLEX after the timeout, keeps /health at 200, and serves the next request', async () => {
    const tag = `slow-api-${Date.now()}`;
    // Every API read runs the slow statement instead, with the timeout the API passed (300 ms).
    const slow = {
      read: (
        _query: string,
        _params: Record<string, unknown> = {},
        options: { timeoutMs?: number; metadata?: Record<string, string> } = {},
      ) => db.read(SLOW, {}, { ...options, metadata: { ...options.metadata, tag } }),
      ping: () => db.ping(),
    };
    // Room for the whole burst at once: this is about the timeout, not admission control.
    const admission = { maxInFlight: 8, maxQueued: 8, maxWaitMs: 10_000 };
    const app = createApp({
      db: slow,
      config: defaultServerConfig({ queryTimeoutMs: 300, admission }),
      logger: createLogger('silent'),
    });
    server = await listen(app, { port: 0, host: '127.0.0.1' });
    const url = server.url;
    const started = performance.now();
    const burst = Array.from({ length: 8 }, () =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: '{ stats { documents } }' }),
        signal: AbortSignal.timeout(60_000),
      }).then(async (response) => ({
        status: response.status,
        body: (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] },
      })),
    );
    const health = await fetch(`${url}/health`, { signal: AbortSignal.timeout(30_000) });
    expect(health.status).toBe(200);
    const answers = await Promise.all(burst);
    const ms = performance.now() - started;
    for (const { status, body } of answers) {
      expect(status).toBeLessThan(500);
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(body.errors![0]!.message).toMatch(/300 ms/);
    }
    expect(ms).toBeLessThan(60_000);
    for (let i = 0; i < 20 && (await runningWith(tag)) > 0; i++) await sleep(250);
    expect(await runningWith(tag)).toBe(0);
    const normal = createApp({ db, config: defaultServerConfig(), logger: createLogger('silent') });
    const after = await normal.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { documents } }' }),
    });
    expect(((await after.json()) as { errors?: unknown }).errors).toBeUndefined();
    console.log(
      `[reliability] 8 concurrent slow API requests: all QUERY_TOO_COMPLEX within ${(ms / 1000).toFixed(1)} s, /health 200 meanwhile`,
    );
  }, 120_000);
});
