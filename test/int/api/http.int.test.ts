// The listening server: GraphQL-over-HTTP compliance (graphql-http's server audits, every MUST),
// /health, request ids, and the built client served at / with security headers.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../../../server/http-server.ts';
import { seededApi, type TestApi } from './support.ts';

let api: TestApi;
let server: RunningServer;
let clientDir: string;

beforeAll(async () => {
  api = await seededApi();
  clientDir = mkdtempSync(join(tmpdir(), 'instrument-graph-client-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(
    join(clientDir, 'index.html'),
    '<!doctype html><title>Instrument Graph</title><script type="module" src="/assets/app-abc123.js"></script>',
  );
  writeFileSync(join(clientDir, 'assets', 'app-abc123.js'), 'console.log("explorer")');
  server = await listen(api.app, { port: 0, host: '127.0.0.1', clientDir });
});

afterAll(async () => {
  await server?.close();
  await api?.close();
  rmSync(clientDir, { recursive: true, force: true });
});

describe('GraphQL over HTTP', () => {
  it('passes every MUST of the graphql-http server audits', async () => {
    const results = await Promise.all(serverAudits({ url: `${server.url}/graphql` }).map((audit) => audit.fn()));
    const musts = results.filter((r) => r.name.startsWith('MUST'));
    expect(musts.length).toBeGreaterThan(0);
    const failed = musts.filter((r) => r.status !== 'ok').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failed).toEqual([]);
    // SHOULDs are recommendations; report them without failing.
    const warned = results.filter((r) => r.status !== 'ok' && !r.name.startsWith('MUST'));
    console.log(
      `graphql-http: ${musts.length} MUST audits ok; ${results.length - warned.length}/${results.length} audits ok in all${warned.length ? `; not ok: ${warned.map((r) => r.name).join('; ')}` : ''}`,
    );
  }, 60_000);

  it('answers a query over HTTP with a request id', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'http-test-1' },
      body: JSON.stringify({ query: '{ instrument(id: "UNCAC") { label } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('http-test-1');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.json()).toEqual({ data: { instrument: { label: 'UNCAC' } } });
  });

  it('answers GET queries too, and refuses a mutation over GET', async () => {
    const ok = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ stats { documents } }')}`, {
      headers: { accept: 'application/json' },
    });
    expect(ok.status).toBe(200);
    const refused = await fetch(`${server.url}/graphql?query=${encodeURIComponent('mutation { x }')}`, {
      headers: { accept: 'application/json' },
    });
    expect(refused.status).toBeGreaterThanOrEqual(400);
  });
});

describe('health and static files', () => {
  it('GET /health answers 200 with a JSON body while Neo4j is reachable', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toMatchObject({ status: 'ok', neo4j: 'reachable' });
    expect((await fetch(`${server.url}/health`, { method: 'HEAD' })).status).toBe(200);
  });

  it('answers /health only to GET and HEAD: POST and DELETE get 405 with Allow', async () => {
    for (const method of ['POST', 'DELETE', 'PUT']) {
      const response = await fetch(`${server.url}/health`, { method, body: method === 'DELETE' ? undefined : '{}' });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
    }
  });

  it('lets no other site frame any page: GraphiQL carries frame-ancestors and X-Frame-Options too', async () => {
    for (const path of ['/', '/graphql']) {
      const response = await fetch(`${server.url}${path}`, { headers: { accept: 'text/html' } });
      expect(response.headers.get('content-type'), path).toMatch(/text\/html/);
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('serves the built client at / with security headers', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Instrument Graph</title>');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const asset = await fetch(`${server.url}/assets/app-abc123.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('answers client routes with index.html, and never serves files outside the client folder', async () => {
    expect(await (await fetch(`${server.url}/explore/op-12`)).text()).toContain('Instrument Graph');
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/../../package.json', '/missing.js']) {
      const status = await rawGet(path);
      expect(status, path).toBe(404);
    }
  });
});

/** A GET with the path exactly as given (fetch would normalise the dots away). */
function rawGet(path: string): Promise<number> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}
