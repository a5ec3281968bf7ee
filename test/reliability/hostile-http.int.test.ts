// Hostile HTTP against the listening server: oversized bodies (declared or streamed) get 413
// without being held in memory, wrong content types and GET mutations are refused, CORS answers
// only the configured origins, oversized URLs are cut off by Node, and the explorer's pages carry
// the security headers. (graphql-http's audits and path traversal: test/int/api/http.int.test.ts.)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { defaultServerConfig } from '../../server/config.ts';
import { listen, MAX_BODY_BYTES, type RunningServer } from '../../server/http-server.ts';
import { createLogger } from '../../server/logger.ts';
import { seededApi, type TestApi } from '../int/api/support.ts';

const ALLOWED = 'https://explorer.example.org';
let api: TestApi;
let server: RunningServer;
let clientDir: string;

beforeAll(async () => {
  api = await seededApi();
  clientDir = mkdtempSync(join(tmpdir(), 'instrument-graph-hostile-http-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Instrument Graph</title>');
  writeFileSync(join(clientDir, 'assets', 'app-1.js'), 'console.log(1)');
  const app = createApp({
    db: api.db,
    config: defaultServerConfig({ corsOrigins: [ALLOWED] }),
    logger: createLogger('silent'),
  });
  server = await listen(app, { port: 0, host: '127.0.0.1', clientDir });
});

afterAll(async () => {
  await server?.close();
  await api?.close();
  rmSync(clientDir, { recursive: true, force: true });
});

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** Bytes of the body the client managed to write before the answer came. */
  written: number;
}

/**
 * A POST that streams `total` bytes in 64 kB chunks (with or without a Content-Length), stopping
 * as soon as the server answers; the server must not wait for (or keep) the rest.
 */
function streamPost(total: number, declareLength: boolean): Promise<RawAnswer> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const headers: Record<string, string | number> = { 'content-type': 'application/json' };
    if (declareLength) headers['content-length'] = total;
    const req = request({ hostname, port, path: '/graphql', method: 'POST', headers }, (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, written }));
    });
    // The server closing the socket mid-upload is expected once it has answered.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!answered && written < total) {
        written += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    pump();
    setTimeout(() => reject(new Error('no answer within 60 s')), 60_000).unref();
  });
}

const graphql = (init: RequestInit & { path?: string } = {}) => fetch(`${server.url}${init.path ?? '/graphql'}`, init);

describe('request bodies', () => {
  it('refuses a 50 MB body with a Content-Length: 413 before reading it', async () => {
    const answer = await streamPost(50 * 1024 * 1024, true);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(answer.headers.connection).toBe('close');
    expect(answer.written).toBeLessThan(50 * 1024 * 1024);
  }, 90_000);

  it('refuses a streamed (chunked) body once it passes the limit', async () => {
    const answer = await streamPost(20 * 1024 * 1024, false);
    expect(answer.status).toBe(413);
    expect(answer.written).toBeLessThan(20 * 1024 * 1024);
  }, 90_000);

  it('accepts a body just under the limit, and the server still answers afterwards', async () => {
    const query = '{ instrument(id: "UNCAC") { label } }';
    const padded = JSON.stringify({ query: query + ' '.repeat(MAX_BODY_BYTES - query.length - 100) });
    expect(Buffer.byteLength(padded)).toBeLessThanOrEqual(MAX_BODY_BYTES);
    const response = await graphql({ method: 'POST', headers: { 'content-type': 'application/json' }, body: padded });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { instrument: { label: 'UNCAC' } } });
  });

  it('answers an empty POST with 400 and a code', async () => {
    const response = await graphql({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '' });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBeTruthy();
  });

  it('takes invalid UTF-8 bytes as replacement characters: a coded answer, not a crash', async () => {
    const body = Buffer.concat([
      Buffer.from('{"query":"{ node(id: \\"'),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('\\") { id } }"}'),
    ]);
    const response = await graphql({ method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { node: null } });
  });
});

describe('content types, methods, URLs', () => {
  it.each([
    ['text/plain', '{"query":"{ stats { documents } }"}'],
    ['application/x-www-form-urlencoded', 'query=%7B%20stats%20%7B%20documents%20%7D%20%7D'],
    [
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ stats { documents } }"}\r\n--x--',
    ],
    ['application/xml', '<query/>'],
  ])('refuses a POST of %s with 415 and a code', async (type, body) => {
    // Form posts and multipart are what a foreign page can send without a CORS preflight.
    const response = await graphql({ method: 'POST', headers: { 'content-type': type }, body });
    expect(response.status).toBe(415);
    expect((await response.json()).errors[0].extensions.code).toMatch(/UNSUPPORTED_MEDIA_TYPE|BAD_REQUEST/);
  });

  it('takes application/json with a charset, and application/graphql', async () => {
    const json = await graphql({
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"query":"{ stats { documents } }"}',
    });
    expect(json.status).toBe(200);
    const sdl = await graphql({
      method: 'POST',
      headers: { 'content-type': 'application/graphql', accept: 'application/json' },
      body: '{ stats { documents } }',
    });
    expect(sdl.status).toBe(200);
  });

  it('refuses a mutation sent with GET, whatever the operation name says', async () => {
    for (const [query, name] of [
      ['mutation { x }', ''],
      ['query Q { stats { documents } } mutation M { x }', 'M'],
    ] as const) {
      const url = `/graphql?query=${encodeURIComponent(query)}${name ? `&operationName=${name}` : ''}`;
      const response = await graphql({ path: url, headers: { accept: 'application/json' } });
      expect(response.status, query).toBeGreaterThanOrEqual(400);
      expect(response.status, query).toBeLessThan(500);
    }
  });

  it('refuses PUT and DELETE', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const response = await graphql({
        method,
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ stats { documents } }"}',
      });
      expect(response.status, method).toBeGreaterThanOrEqual(400);
      expect(response.status, method).toBeLessThan(500);
    }
  });

  it('cuts off a 100 kB URL (431 or 414), and answers the next request', async () => {
    const response = await graphql({ path: `/graphql?query=${'x'.repeat(100_000)}` }).catch(() => undefined);
    if (response) expect([414, 431]).toContain(response.status);
    expect(
      (
        await graphql({
          path: `/graphql?query=${encodeURIComponent('{ stats { documents } }')}`,
          headers: { accept: 'application/json' },
        })
      ).status,
    ).toBe(200);
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    graphql({
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('allows the configured origin, for GET and POST only', async () => {
    const response = await preflight(ALLOWED);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(response.headers.get('access-control-allow-methods')).not.toMatch(/PUT|DELETE/);
    const post = await graphql({
      method: 'POST',
      headers: { origin: ALLOWED, 'content-type': 'application/json' },
      body: '{"query":"{ stats { documents } }"}',
    });
    expect(post.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it.each(['https://evil.example', 'null', `${ALLOWED}.evil.example`, 'http://explorer.example.org'])(
    'gives %s no access',
    async (origin) => {
      const response = await preflight(origin);
      expect([null, ALLOWED]).toContain(response.headers.get('access-control-allow-origin'));
      const post = await graphql({
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: '{"query":"{ stats { documents } }"}',
      });
      expect([null, ALLOWED]).toContain(post.headers.get('access-control-allow-origin'));
    },
  );
});

describe('security headers', () => {
  it.each(['/', '/explore/op-12', '/assets/app-1.js'])('are set on the client page %s', async (path) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
    ])
      expect(csp).toContain(directive);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it('are set on API and health answers too (nosniff, no referrer), and nothing names the stack', async () => {
    for (const path of ['/graphql?query=%7B%20stats%20%7B%20documents%20%7D%20%7D', '/health']) {
      const response = await fetch(`${server.url}${path}`, { headers: { accept: 'application/json' } });
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('x-powered-by'), path).toBeNull();
    }
  });
});
