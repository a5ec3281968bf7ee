// Neo4j killed (SIGKILL: no shutdown hook, no checkpoint) at the worst moments, on a Neo4j of this
// file's own: while a document's transaction is open and about to commit, and while 16 clients
// query the API. After a restart every document is whole or absent, the next seed completes the
// rest, and the same API server answers correctly again without being restarted.
// (test/int/api/recovery.int.test.ts covers a clean stop and start without load.)
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { corpusFiles, DEFAULT_DOCUMENT } from '../../seed/corpora.ts';
import { extractFile } from '../../seed/extract.ts';
import { seedDocuments } from '../../seed/seed-documents.ts';
import { createApp } from '../../server/app.ts';
import { defaultServerConfig } from '../../server/config.ts';
import { listen, type RunningServer } from '../../server/http-server.ts';
import { createLogger } from '../../server/logger.ts';
import { ask, MIX, runClients, tally } from './load.ts';
import {
  ABSENT,
  crashableNeo4j,
  documentState,
  isWhole,
  sleep,
  type CrashableNeo4j,
  type DocumentState,
} from './support.ts';

const GA = (n: number) => corpusFiles('ga-80').find((file) => file.endsWith(`${join('ga-80', `A-RES-80-${n}.txt`)}`))!;
const FIRST = [DEFAULT_DOCUMENT, GA(1), GA(14)];
const LATER = [GA(10), GA(20), GA(22)];
const symbolOf = (file: string) => extractFile(file).document.symbol;

/** Concurrent clients while Neo4j is killed: enough to have requests in flight at every moment. */
const CLIENTS = 8;

let neo4j: CrashableNeo4j;
let db: Database;
const figures: string[] = [];

beforeAll(async () => {
  neo4j = await crashableNeo4j('faults');
  // Short retries: a write or read while the database is down fails in seconds, not 30.
  db = await Database.connect({ uri: neo4j.uri, attempts: 10, maxRetryTimeMs: 3_000 });
}, 300_000);

afterAll(async () => {
  await db?.close().catch(() => {});
  await neo4j?.dispose();
  console.log(`[reliability] faults:\n  ${figures.join('\n  ')}`);
}, 120_000);

/** Waits (bounded) until the restarted database answers through the same driver. */
async function untilAnswers(): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < 60; i++) {
    if (await db.ping()) return performance.now() - started;
    await sleep(500);
  }
  throw new Error('the restarted Neo4j did not answer within 30 s');
}

/**
 * Each query of the mix once, on its own: a Neo4j just (re)started plans every statement afresh,
 * and a dozen plannings at once on a busy two-core machine can pass the API's 10 s bound.
 */
async function warmSequentially(url: string): Promise<void> {
  for (let i = 0; i < MIX.length; i++) {
    let first = await ask(url, i);
    for (let attempt = 0; attempt < 3 && first.result !== 'ok'; attempt++) first = await ask(url, i);
    expect(first.result, MIX[i]!.name).toBe('ok');
  }
}

async function states(files: string[]): Promise<Map<string, DocumentState>> {
  const out = new Map<string, DocumentState>();
  for (const file of files) out.set(symbolOf(file), await documentState(db, symbolOf(file)));
  return out;
}

/** Seeds `files` one document per transaction, SIGKILLing Neo4j inside the transaction of `victim`. */
async function seedAndKillDuring(files: string[], victim: string, force: boolean) {
  let killed = false;
  const report = await seedDocuments(db, files, {
    onError: 'continue',
    groupSize: 1,
    force,
    // Every statement of the document has run; the transaction is open and about to commit.
    beforeCommit: async (_tx, symbol) => {
      if (symbol !== symbolOf(victim) || killed) return;
      killed = true;
      await neo4j.kill();
    },
  });
  expect(killed).toBe(true);
  return report;
}

describe('Neo4j killed mid-seed', () => {
  it('leaves each document whole or absent, keeps the rest intact, and the next seed completes it', async () => {
    const first = await seedDocuments(db, FIRST, { onError: 'stop' });
    expect(first.loaded.map((d) => d.file)).toEqual(FIRST);
    const before = await states(FIRST);
    for (const state of before.values()) expect(isWhole(state)).toBe(true);

    // 1. A first load killed in the second document's transaction.
    const interrupted = await seedAndKillDuring(LATER, LATER[1]!, false);
    expect(interrupted.documents.map((d) => d.status)).toEqual(['loaded', 'failed', 'not attempted']);
    expect(interrupted.failed[0]!.error).toMatch(/database unavailable/i);
    figures.push(
      `kill inside a first load: ${interrupted.documents.map((d) => `${d.symbol ?? d.file.split('/').pop()} ${d.status}`).join(', ')}`,
    );
    const restartMs = await neo4j.restart();
    const answerMs = await untilAnswers();
    figures.push(
      `restart after SIGKILL mid-seed: Neo4j ready in ${(restartMs / 1000).toFixed(1)} s, same driver answering ${(answerMs / 1000).toFixed(1)} s later`,
    );

    expect(await states(FIRST)).toEqual(before);
    const after = await states(LATER);
    expect(isWhole(after.get(symbolOf(LATER[0]!))!)).toBe(true);
    expect(after.get(symbolOf(LATER[1]!))).toEqual(ABSENT);
    expect(after.get(symbolOf(LATER[2]!))).toEqual(ABSENT);
    expect(
      await db.read('MATCH (p:Paragraph) WHERE p.document IN $symbols RETURN count(p) AS n', {
        symbols: LATER.slice(1).map(symbolOf),
      }),
    ).toEqual([{ n: 0 }]);

    // 2. The next seed completes it; a forced rewrite of everything changes nothing.
    const next = await seedDocuments(db, LATER, { onError: 'stop' });
    expect(next.documents.map((d) => d.status)).toEqual(['unchanged', 'loaded', 'loaded']);
    const complete = await states(LATER);
    for (const state of complete.values()) expect(isWhole(state)).toBe(true);
    await seedDocuments(db, LATER, { onError: 'stop', force: true });
    expect(await states(LATER)).toEqual(complete);

    // 3. A rewrite killed mid-transaction: the old version is still there, whole.
    const rewrite = await seedAndKillDuring(LATER, LATER[1]!, true);
    expect(rewrite.documents.map((d) => d.status)).toEqual(['loaded', 'failed', 'not attempted']);
    await neo4j.restart();
    await untilAnswers();
    expect(await states(LATER)).toEqual(complete);
    expect(await states(FIRST)).toEqual(before);
  }, 600_000);
});

describe('Neo4j killed while the API is under load', () => {
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.close();
  });

  it('answers in-flight requests DATABASE_UNAVAILABLE and /health 503, then recovers without a restart', async () => {
    const app = createApp({ db, config: defaultServerConfig(), logger: createLogger('silent') });
    server = await listen(app, { port: 0, host: '127.0.0.1' });
    const url = server.url;

    await seedDocuments(db, [DEFAULT_DOCUMENT], { onError: 'stop' });
    // Healthy under load first.
    await warmSequentially(url);
    const warm = runClients(url, CLIENTS, 20);
    await warm.done;
    expect(tally(warm.outcomes), JSON.stringify(warm.outcomes.filter((o) => o.result !== 'ok'))).toEqual({
      ok: warm.outcomes.length,
    });

    // Kill while the clients keep asking (after two answers each, on average). Each client stops
    // at its first answer other than data to a request sent after the kill (which must be
    // DATABASE_UNAVAILABLE, below), and all of them after 30 s whatever they were told.
    let killedAt = Number.POSITIVE_INFINITY;
    const load = runClients(url, CLIENTS, 400, { until: (o) => o.at > killedAt && o.result !== 'ok' });
    const cap = setTimeout(() => load.stop(), 30_000);
    while (load.count() < 2 * CLIENTS) await sleep(50);
    killedAt = performance.now();
    await neo4j.kill();
    const health = await fetch(`${url}/health`, { signal: AbortSignal.timeout(30_000) });
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'unavailable', neo4j: 'unreachable' });
    await load.done;
    clearTimeout(cap);
    const counts = tally(load.outcomes);
    // Every answer is data (sent before the kill) or DATABASE_UNAVAILABLE: no other error, no
    // masked crash, no HTTP failure, no hang (the hang guard in ask() is 60 s; the deadline is 15 s).
    expect(Object.keys(counts).sort()).toEqual(['DATABASE_UNAVAILABLE', 'ok']);
    const unavailable = load.outcomes.filter((o) => o.result === 'DATABASE_UNAVAILABLE');
    const slowest = Math.max(...unavailable.map((o) => o.ms));
    expect(slowest).toBeLessThan(30_000);
    const firstUnavailable = Math.min(...unavailable.map((o) => o.at + o.ms)) - killedAt;

    // Restart Neo4j; the same server answers again once the driver reconnects.
    const restartMs = await neo4j.restart();
    const ready = performance.now();
    let recovered = await ask(url, 0);
    for (let i = 0; i < 60 && recovered.result !== 'ok'; i++) {
      await sleep(500);
      recovered = await ask(url, 0);
    }
    expect(recovered.result).toBe('ok');
    const recoveryMs = performance.now() - ready;
    expect((await fetch(`${url}/health`)).status).toBe(200);
    await warmSequentially(url);
    const again = runClients(url, CLIENTS, 20);
    await again.done;
    expect(tally(again.outcomes), JSON.stringify(again.outcomes.filter((o) => o.result !== 'ok'))).toEqual({
      ok: again.outcomes.length,
    });

    figures.push(
      `kill under load (${CLIENTS} clients): ${JSON.stringify(counts)}; first DATABASE_UNAVAILABLE ${(firstUnavailable / 1000).toFixed(1)} s after the kill, slowest ${(slowest / 1000).toFixed(1)} s; ` +
        `Neo4j restarted in ${(restartMs / 1000).toFixed(1)} s, server answering ${(recoveryMs / 1000).toFixed(1)} s after that; ${again.outcomes.length} requests after recovery all ok`,
    );
  }, 600_000);
});
