// Admission control: a bounded number of operations at once, a bounded queue served in order,
// a bounded wait, and an immediate SERVER_BUSY (HTTP 503, Retry-After) past those bounds.
import { describe, expect, it } from 'vitest';
import { createAdmission, ServerBusyError } from '../../../server/admission.ts';
import { createApp } from '../../../server/app.ts';
import { defaultServerConfig } from '../../../server/config.ts';
import { createLogger } from '../../../server/logger.ts';

describe('admission control', () => {
  it('admits up to maxInFlight at once and the queue in arrival order as places free', async () => {
    const admission = createAdmission({ maxInFlight: 2, maxQueued: 10, maxWaitMs: 10_000 });
    const a = await admission.enter();
    const b = await admission.enter();
    const order: string[] = [];
    const admitted = (name: string) => (leave: () => void) => {
      order.push(name);
      return leave;
    };
    const c = admission.enter().then(admitted('c'));
    const d = admission.enter().then(admitted('d'));
    expect(admission.load).toEqual({ inFlight: 2, queued: 2 });
    a();
    a(); // leaving twice frees one place, not two
    (await c)();
    b();
    (await d)();
    expect(order).toEqual(['c', 'd']);
    expect(admission.load).toEqual({ inFlight: 0, queued: 0 });
  });

  it('refuses at once when the queue is full, and after maxWaitMs in the queue', async () => {
    const admission = createAdmission({ maxInFlight: 1, maxQueued: 1, maxWaitMs: 50 });
    const first = await admission.enter();
    const waiting = admission.enter();
    await expect(admission.enter()).rejects.toMatchObject({ reason: 'queue-full' });
    await expect(waiting).rejects.toBeInstanceOf(ServerBusyError);
    expect(admission.load).toEqual({ inFlight: 1, queued: 0 });
    first();
    // With the place free again the next one goes straight in.
    (await admission.enter())();
  });

  it('answers an operation past the bounds with SERVER_BUSY, HTTP 503 and Retry-After, and runs the admitted ones', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let reading!: () => void;
    const firstRead = new Promise<void>((resolve) => (reading = resolve));
    const db = {
      read: async (query: string) => {
        if (query.includes('InstrumentGraphVersion')) return [{ version: 'v1' }];
        reading();
        await gate;
        return [{ documents: 3, citations: 7 }];
      },
      ping: async () => ({ ok: true as const }),
    };
    const config = defaultServerConfig({
      responseCacheBytes: 0,
      admission: { maxInFlight: 1, maxQueued: 0, maxWaitMs: 1_000 },
    });
    const app = createApp({ db, config, logger: createLogger('silent') });
    const post = () =>
      app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: '{ stats { documents } }' }),
      });
    const admitted = post();
    // The first operation holds the one place while it reads.
    await firstRead;
    const busy = await post();
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('1');
    const body = (await busy.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('SERVER_BUSY');
    open();
    const answer = await admitted;
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { data: { stats: { documents: number } } }).data.stats.documents).toBe(3);
  });

  it('says DATABASE_UNAVAILABLE, not SERVER_BUSY, when the queue is full because the database is gone', async () => {
    const gone = {
      read: () => new Promise<never>(() => {}),
      ping: async () => ({ ok: false as const, problem: 'connection refused' }),
    };
    const config = defaultServerConfig({
      responseCacheBytes: 0,
      admission: { maxInFlight: 1, maxQueued: 0, maxWaitMs: 1_000 },
    });
    const app = createApp({ db: gone, config, logger: createLogger('silent') });
    const post = () =>
      app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: '{ stats { documents } }' }),
      });
    void post();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const refused = await post();
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'DATABASE_UNAVAILABLE',
    );
  });

  it('reports a query the database does not answer in time as SERVER_BUSY while Neo4j answers a ping, DATABASE_UNAVAILABLE when it does not', async () => {
    const stuck = (up: boolean) => ({
      read: (query: string) =>
        query.includes('InstrumentGraphVersion') ? Promise.resolve([{ version: 'v1' }]) : new Promise<never>(() => {}),
      ping: async () => (up ? { ok: true as const } : { ok: false as const, problem: 'connection refused' }),
    });
    // The API gives up 100 + 200 ms after it sent the query, not 0.1 + 5 s.
    const config = defaultServerConfig({ responseCacheBytes: 0, queryTimeoutMs: 100, queryDeadlineSlackMs: 200 });
    for (const [up, status, code] of [
      [true, 503, 'SERVER_BUSY'],
      [false, 200, 'DATABASE_UNAVAILABLE'],
    ] as const) {
      const app = createApp({ db: stuck(up), config, logger: createLogger('silent') });
      const response = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: '{ stats { documents } }' }),
      });
      expect(response.status).toBe(status);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors.map((e) => e.extensions.code)).toEqual([code]);
    }
  });
});
