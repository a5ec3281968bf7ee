// The soaks: 64 concurrent clients against a server in a child process (loopback only; every
// client's loop is bounded and stops by itself), for SOAK_SECONDS: a few seconds in `npm test`,
// 60 in `npm run soak`.
// - The light mix (every kind of query over the Bangkok Declaration, cache on): zero errors, and
//   the server's heap after a forced GC at the end within 20% of the same measure after warm-up.
// - The heavy mix (hub neighbourhoods, the whole corpus's graph, paths, odd searches over the
//   whole shipped corpus, cache off): every answer is data or a coded SERVER_BUSY (503 with
//   Retry-After), the answered ones within 2 s at the 99th percentile (5 s in `npm test`, where
//   other files share the cores), and the heap flat.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFiles } from '../../seed/corpora.ts';
import { seedBangkok, seedOrThrow } from '../int/api/support.ts';
import { connectTestDatabase, testNeo4j } from '../support/database.ts';
import { ask, HEAVY_MIX, MIX, percentile, runClients, tally } from './load.ts';
import { sleep, startServerProcess, type ServerProcess } from './support.ts';

const CLIENTS = 64;
const SOAK_S = Number(process.env.SOAK_SECONDS ?? 4);
const WARM_UP_S = Math.min(10, SOAK_S);
/**
 * The heavy mix's bound on answered requests at the 99th percentile. `npm run soak` runs this file
 * alone and holds it to 2 s. In `npm test` it shares two cores with the files beside it, and 5 s
 * still tells admission control that sheds load at once (SERVER_BUSY) from a queue left to grow
 * until the API's 10 s query bound.
 */
const HEAVY_P99_MS = Number(process.env.SOAK_P99_MS ?? 5_000);
/** Far above what 64 clients can send in the time; only there so that no loop is unbounded. */
const MAX_PER_CLIENT = 100_000;

let server: ServerProcess | undefined;
let url: string;

beforeAll(async () => {
  const db = await connectTestDatabase();
  try {
    await seedBangkok(db);
    await seedOrThrow(db, corpusFiles('ga-80'));
  } finally {
    await db.close();
  }
  server = await startServerProcess(await testNeo4j());
  url = server.url;
}, 120_000);

afterAll(async () => {
  await server?.close();
});

const MB = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

describe('the soak', () => {
  it(
    `holds ${CLIENTS} concurrent clients for ${SOAK_S} s with zero errors and a flat heap`,
    async () => {
      expect(new URL(url).hostname).toBe('127.0.0.1');
      // Each query once on its own first: Neo4j plans each statement on first use, and 64 cold
      // plannings at once on a small shared machine can pass the API's 10 s bound.
      for (let i = 0; i < MIX.length; i++) {
        let first = await ask(url, i);
        for (let attempt = 0; attempt < 3 && first.result !== 'ok'; attempt++) first = await ask(url, i);
        expect(first.result, MIX[i]!.name).toBe('ok');
      }
      const warm = runClients(url, CLIENTS, MAX_PER_CLIENT, { record: false });
      await sleep(WARM_UP_S * 1000);
      warm.stop();
      await warm.done;
      expect(tally(warm.outcomes), JSON.stringify(warm.outcomes.slice(0, 5))).toEqual({});
      const afterWarmUp = await server!.heap();
      expect(afterWarmUp.gc).toBe(true);

      const started = performance.now();
      const soak = runClients(url, CLIENTS, MAX_PER_CLIENT);
      await sleep(SOAK_S * 1000);
      soak.stop();
      await soak.done;
      const seconds = (performance.now() - started) / 1000;
      const atEnd = await server!.heap();

      const counts = tally(soak.outcomes);
      const latencies = soak.outcomes.map((o) => o.ms);
      const growth = (atEnd.heapUsed - afterWarmUp.heapUsed) / afterWarmUp.heapUsed;
      const perQuery = Object.fromEntries(
        Object.entries(tally(soak.outcomes.map((o) => ({ ...o, result: o.name })))).sort(),
      );
      console.log(
        `[reliability] soak: ${CLIENTS} clients, ${seconds.toFixed(1)} s, ${soak.outcomes.length} requests (${(soak.outcomes.length / seconds).toFixed(0)}/s; warm-up ${warm.count()} more), ` +
          `results ${JSON.stringify(counts)}; latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, ` +
          `p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms; server heap after GC ${MB(afterWarmUp.heapUsed)} after warm-up, ` +
          `${MB(atEnd.heapUsed)} at the end (${(growth * 100).toFixed(1)}%); rss ${MB(afterWarmUp.rss)} -> ${MB(atEnd.rss)}; per query ${JSON.stringify(perQuery)}`,
      );
      expect(counts).toEqual({ ok: soak.outcomes.length });
      expect(soak.outcomes.length).toBeGreaterThan(CLIENTS);
      // Measured after a forced full GC in the server's own process, so what is left is what the
      // server holds; 20% is the bound.
      expect(growth).toBeLessThan(0.2);
    },
    (WARM_UP_S + SOAK_S + 120) * 1000,
  );
});

describe('the heavy soak', () => {
  it(
    `answers ${CLIENTS} clients of the heavy mix for ${SOAK_S} s with data or SERVER_BUSY, p99 of answers under ${HEAVY_P99_MS / 1000} s, a flat heap`,
    async () => {
      const heavy = await startServerProcess(await testNeo4j(), { responseCacheBytes: 0 });
      try {
        for (let i = 0; i < HEAVY_MIX.length; i++) {
          const first = await ask(heavy.url, i, 60_000, HEAVY_MIX);
          expect(first.result, HEAVY_MIX[i]!.name).toBe('ok');
        }
        const warm = runClients(heavy.url, CLIENTS, MAX_PER_CLIENT, { record: false, mix: HEAVY_MIX });
        await sleep(WARM_UP_S * 1000);
        warm.stop();
        await warm.done;
        const afterWarmUp = await heavy.heap();

        const started = performance.now();
        const soak = runClients(heavy.url, CLIENTS, MAX_PER_CLIENT, { mix: HEAVY_MIX });
        await sleep(SOAK_S * 1000);
        soak.stop();
        await soak.done;
        const seconds = (performance.now() - started) / 1000;
        const atEnd = await heavy.heap();
        const counts = tally(soak.outcomes);
        const answered = soak.outcomes.filter((o) => o.result === 'ok').map((o) => o.ms);
        const busy = soak.outcomes.filter((o) => o.result === 'SERVER_BUSY').map((o) => o.ms);
        const growth = (atEnd.heapUsed - afterWarmUp.heapUsed) / afterWarmUp.heapUsed;
        const perQuery = HEAVY_MIX.map(({ name }) => {
          const mine = soak.outcomes.filter((o) => o.name === name && o.result === 'ok').map((o) => o.ms);
          return `${name} ${mine.length} p50 ${percentile(mine, 50).toFixed(0)} p99 ${percentile(mine, 99).toFixed(0)}`;
        }).join(', ');
        console.log(`[reliability] heavy soak (answered, ms: ${perQuery})`);
        console.log(
          `[reliability] heavy soak: ${CLIENTS} clients, cache off, ${seconds.toFixed(1)} s, ${soak.outcomes.length} requests ` +
            `(${(answered.length / seconds).toFixed(1)} answered/s), results ${JSON.stringify(counts)}; answered p50 ${percentile(answered, 50).toFixed(0)} ms, ` +
            `p99 ${percentile(answered, 99).toFixed(0)} ms; SERVER_BUSY p99 ${percentile(busy, 99).toFixed(0)} ms; heap after GC ${MB(afterWarmUp.heapUsed)} -> ${MB(atEnd.heapUsed)} (${(growth * 100).toFixed(1)}%)`,
        );
        expect(Object.keys(counts).filter((result) => result !== 'ok' && result !== 'SERVER_BUSY')).toEqual([]);
        expect(answered.length).toBeGreaterThanOrEqual(SOAK_S);
        expect(percentile(answered, 99)).toBeLessThan(HEAVY_P99_MS);
        expect(growth).toBeLessThan(0.2);
      } finally {
        await heavy.close();
      }
    },
    (WARM_UP_S + SOAK_S + 240) * 1000,
  );
});
