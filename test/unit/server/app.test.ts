// The app in-process with a fake database: limits, error codes, masking, health, request ids,
// CORS and GraphiQL, none of which needs Neo4j.
import { describe, expect, it } from 'vitest';
import { DatabaseError } from '../../../graph/errors.ts';
import type { Params, Row } from '../../../graph/database.ts';
import { createApp } from '../../../server/app.ts';
import { defaultServerConfig, type ServerConfig } from '../../../server/config.ts';
import { createLogger } from '../../../server/logger.ts';

interface Call {
  query: string;
  params: Params;
}

function fakeDb(answer: (call: Call) => Row[] | Promise<Row[]>, up = true) {
  /** The statements a request sent for itself: not the response cache's shared version read. */
  const calls: Call[] = [];
  const db = {
    calls,
    /** What the graph's version read answers. */
    version: 'v1',
    async read(query: string, params: Params = {}) {
      if (query.includes('InstrumentGraphVersion')) return [{ version: db.version }];
      calls.push({ query, params });
      return answer({ query, params });
    },
    async ping() {
      return up ? { ok: true as const } : { ok: false as const, problem: 'Neo4j at bolt://nowhere is unavailable' };
    },
  };
  return db;
}

function appWith(db: ReturnType<typeof fakeDb>, config: Partial<ServerConfig> = {}) {
  return createApp({ db, config: defaultServerConfig(config), logger: createLogger('silent') });
}

async function post(app: ReturnType<typeof appWith>, query: string, headers: Record<string, string> = {}) {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    response,
    body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

const codes = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  (body.errors ?? []).map((e) => e.extensions?.code);

describe('the API app without a database', () => {
  const empty = () => fakeDb(() => []);

  it('rejects a query deeper than the limit with QUERY_TOO_COMPLEX before touching the database', async () => {
    const db = empty();
    const deep =
      '{ paragraph(id: "op-1") { next { next { next { next { next { next { next { next { next { next { id } } } } } } } } } } } }';
    const { body } = await post(appWith(db, { maxQueryDepth: 5 }), deep);
    expect(codes(body)).toContain('QUERY_TOO_COMPLEX');
    expect(body.errors![0]!.message).toMatch(/depth/i);
    expect(db.calls).toHaveLength(0);
  });

  it('rejects costly, alias-heavy and token-heavy queries with QUERY_TOO_COMPLEX', async () => {
    const app = appWith(empty(), { maxQueryCost: 100, maxAliases: 3, maxTokens: 200 });
    const costly = await post(
      app,
      '{ paragraphs(first: 100) { edges { node { citations { target { id label } } } } } }',
    );
    expect(codes(costly.body)).toContain('QUERY_TOO_COMPLEX');
    const aliases = await post(
      app,
      '{ a: stats { documents } b: stats { documents } c: stats { documents } d: stats { documents } }',
    );
    expect(codes(aliases.body)).toContain('QUERY_TOO_COMPLEX');
    const tokens = await post(app, `{ ${Array.from({ length: 150 }, () => 'documents { id }').join(' ')} }`);
    expect(codes(tokens.body)).toContain('QUERY_TOO_COMPLEX');
  });

  it.each([
    ['{ paragraphs(first: 101) { totalCount } }', 'first'],
    ['{ paragraphs(first: -1) { totalCount } }', 'first'],
    ['{ paragraphs(after: "garbage") { totalCount } }', 'after'],
    ['{ neighborhood(id: "uncac", depth: 4) { nodes { id } } }', 'depth'],
    ['{ neighborhood(id: "uncac", kinds: ["planet"]) { nodes { id } } }', 'kinds'],
    ['{ path(from: "a", to: "b", maxLength: 11) { nodes { id } } }', 'maxLength'],
    ['{ search(text: "x", limit: 1000) { score } }', 'limit'],
    [`{ search(text: "${'x'.repeat(201)}") { score } }`, 'text'],
    [`{ node(id: "${'x'.repeat(501)}") { id } }`, 'id'],
  ])('answers %s with BAD_USER_INPUT naming %s', async (query, argument) => {
    const db = empty();
    const { body } = await post(appWith(db), query);
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors![0]!.message).toContain(argument);
    expect(db.calls).toHaveLength(0);
  });

  it('answers DATABASE_UNAVAILABLE, without driver details, while Neo4j is away', async () => {
    const db = fakeDb(() => {
      throw new DatabaseError('DATABASE_UNAVAILABLE', 'Neo4j at bolt://secret-host:7687 is unavailable: ECONNREFUSED');
    });
    const { body } = await post(appWith(db), '{ stats { documents } documents { id } }');
    expect(codes(body).length).toBeGreaterThan(0);
    expect(new Set(codes(body))).toEqual(new Set(['DATABASE_UNAVAILABLE']));
    expect(JSON.stringify(body)).not.toMatch(/secret-host|ECONNREFUSED|stack/);
  });

  it('answers a transaction timeout with QUERY_TOO_COMPLEX', async () => {
    const db = fakeDb(() => {
      throw new DatabaseError('QUERY_TIMEOUT', 'The database query took too long and was stopped');
    });
    const { body } = await post(appWith(db), '{ stats { documents } }');
    expect(codes(body)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('masks unexpected errors: no message, stack or Cypher in the response', async () => {
    const db = fakeDb(({ query }) => {
      throw new DatabaseError('DATABASE_ERROR', `Neo.ClientError.Statement.SyntaxError: ${query}`);
    });
    const { body } = await post(appWith(db), '{ stats { documents } }');
    expect(body.errors).toEqual([
      expect.objectContaining({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    ]);
    expect(JSON.stringify(body)).not.toMatch(/MATCH|Neo\.|at .*\.ts/);
  });

  it('has no mutations', async () => {
    const { body } = await post(appWith(empty()), 'mutation { x }');
    expect(body.errors?.[0]?.message).toMatch(/mutation/i);
  });

  it('sends queries as parameters, never in the statement', async () => {
    const db = empty();
    await post(appWith(db), '{ instruments(kind: "x\' OR 1=1 //", search: "}) DETACH DELETE n //") { id } }');
    expect(db.calls).toHaveLength(1);
    expect(db.calls[0]!.query).not.toContain('DETACH');
    expect(db.calls[0]!.params).toMatchObject({ kind: "x' OR 1=1 //", search: '}) DETACH DELETE n //' });
  });

  it('answers a repeated query from memory until the graph has a new version', async () => {
    const db = fakeDb(() => [{ nodes: [], relationships: [], documents: 1, citations: 2 }]);
    const app = appWith(db);
    const first = await post(app, '{ stats { documents } }');
    const own = db.calls.length;
    expect(own).toBeGreaterThan(0);
    const again = await post(app, '{ stats { documents } }');
    expect(again.body).toEqual(first.body);
    expect(db.calls).toHaveLength(own);
    // Browsers and proxies must not keep it themselves: only the server knows the version.
    expect(again.response.headers.get('cache-control')).toBe('no-cache');
    db.version = 'v2';
    await post(app, '{ stats { documents } }');
    expect(db.calls).toHaveLength(2 * own);
  });

  it('caches nothing while the graph has no version (never seeded, or reset)', async () => {
    const db = fakeDb(() => [{ nodes: [], relationships: [], documents: 0, citations: 0 }]);
    db.version = null as unknown as string;
    const app = appWith(db);
    await post(app, '{ stats { documents } }');
    const own = db.calls.length;
    await post(app, '{ stats { documents } }');
    expect(db.calls).toHaveLength(2 * own);
  });

  it('keeps no answer larger than the cache, and none when the cache is off', async () => {
    for (const responseCacheBytes of [16, 0]) {
      const db = fakeDb(() => [{ nodes: [], relationships: [], documents: 1, citations: 2 }]);
      const app = appWith(db, { responseCacheBytes });
      await post(app, '{ stats { documents } }');
      const own = db.calls.length;
      await post(app, '{ stats { documents } }');
      expect(db.calls).toHaveLength(2 * own);
    }
  });

  it('answers /health with 200 or 503 and a JSON body', async () => {
    const up = await appWith(fakeDb(() => [], true)).fetch('http://localhost/health');
    expect(up.status).toBe(200);
    expect(await up.json()).toMatchObject({ status: 'ok', neo4j: 'reachable' });
    const down = await appWith(fakeDb(() => [], false)).fetch('http://localhost/health');
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({
      status: 'unavailable',
      neo4j: 'unreachable',
      problem: 'Neo4j at bolt://nowhere is unavailable',
    });
  });

  it('echoes a sane X-Request-Id and makes one up otherwise', async () => {
    const app = appWith(empty());
    const given = await post(app, '{ documents { id } }', { 'x-request-id': 'abc-123' });
    expect(given.response.headers.get('x-request-id')).toBe('abc-123');
    const made = await post(app, '{ documents { id } }', { 'x-request-id': 'bad id\nwith newline' });
    expect(made.response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends no CORS headers by default and the configured origins otherwise', async () => {
    const preflight = {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
    };
    const closed = await appWith(empty()).fetch('http://localhost/graphql', preflight);
    expect(closed.headers.get('access-control-allow-origin')).toBeNull();
    const open = await appWith(empty(), { corsOrigins: ['https://elsewhere.example'] }).fetch(
      'http://localhost/graphql',
      preflight,
    );
    expect(open.headers.get('access-control-allow-origin')).toBe('https://elsewhere.example');
  });

  it('serves GraphiQL with the example queries preloaded', async () => {
    const page = await appWith(empty()).fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    const html = await page.text();
    for (const name of ['ParagraphsCitingUNCAC', 'WhatOp12Cites', 'PathToSecurityCouncil', 'CitedWithUNTOC'])
      expect(html).toContain(name);
  });
});
