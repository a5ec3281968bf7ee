// Hostile requests to the write path (server/upload/): each is refused with a coded JSON error and
// loads nothing. Oversized bodies (declared or streamed), binary and form bodies, cross-origin
// requests and preflights, a rebound Host, a server beyond loopback without a token, PDF bombs
// (deep nesting, a huge page count) generated here, and a second upload while one is running.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/http-server.ts';
import { seededApi, type TestApi } from '../int/api/support.ts';
import { postDocument, UPLOAD_HEADERS, uploadServer } from '../int/api/upload-support.ts';
import { census } from './support.ts';

let api: TestApi;
let server: RunningServer;
let before: Awaited<ReturnType<typeof census>>;

beforeAll(async () => {
  api = await seededApi();
  // Small bounds, so that the bombs meet them quickly.
  server = await uploadServer(api, { uploadMaxBytes: 2 * 1024 * 1024, uploadMaxPages: 50, uploadTimeoutMs: 20_000 });
  before = await census(api.db);
});

afterAll(async () => {
  // Nothing any test here sent may have reached the graph.
  if (api) expect(await census(api.db)).toEqual(before);
  await server?.close();
  await api?.close();
});

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/** A request through node:http, which (unlike fetch) may set any Host and stream its body. */
function raw(
  target: RunningServer,
  {
    method = 'POST',
    path = '/api/documents',
    headers = {},
    body,
  }: { method?: string; path?: string; headers?: Record<string, string | number>; body?: Buffer | string },
): Promise<RawAnswer> {
  const { hostname, port } = new URL(target.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? JSON.parse(text) : null }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const codeOf = (answer: { body: any }) => answer.body?.error?.code as string | undefined;
const A_RESOLUTION =
  'United Nations\nA/RES/99/811\n\nGeneral Assembly\nDistr.: General\n1 October 2025\n\n' +
  'Resolution adopted by the General Assembly\non 1 October 2025\n\n99/811. Hostile upload test\n\nThe General Assembly,\n\n' +
  '1. Welcomes the United Nations Convention against Corruption;\n\n2. Decides to remain seized of the matter.\n';

/** Answers a GraphQL query: the server still serves reads. */
async function stillAnswers(target: RunningServer): Promise<void> {
  const response = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"query":"{ stats { documents } }"}',
  });
  expect(response.status).toBe(200);
}

describe('size', () => {
  it('refuses a declared 50 MB body with 413 before reading it', async () => {
    const answer = await raw(server, {
      headers: { ...UPLOAD_HEADERS, 'content-length': 50 * 1024 * 1024 },
      body: Buffer.alloc(0),
    });
    expect(answer.status).toBe(413);
    expect(codeOf(answer)).toBe('TOO_LARGE');
  });

  it('refuses a body streamed past the limit without a length', async () => {
    const answer = await raw(server, {
      headers: { ...UPLOAD_HEADERS, 'transfer-encoding': 'chunked' },
      body: Buffer.alloc(3 * 1024 * 1024, 0x41),
    });
    expect(answer.status).toBe(413);
    expect(codeOf(answer)).toBe('TOO_LARGE');
    await stillAnswers(server);
  });

  it('refuses an empty body', async () => {
    const answer = await postDocument(server, '');
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('EMPTY_FILE');
  });
});

describe('types', () => {
  it('refuses binary bytes as a document: a coded 422 naming the file', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    ]);
    const answer = await postDocument(server, bytes, { name: 'picture.png' });
    expect(answer.status).toBe(422);
    expect(answer.body.error.code).toBe('BINARY_FILE');
    expect(answer.body.error.message).toMatch(/^picture\.png: /);
  });

  it.each(['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json'])(
    'refuses a body declared as %s with 415',
    async (type) => {
      const answer = await postDocument(server, A_RESOLUTION, { headers: { ...UPLOAD_HEADERS, 'content-type': type } });
      expect(answer.status).toBe(415);
      expect(answer.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    },
  );

  it('refuses GET, PUT and DELETE on the write path', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const answer = await raw(server, { method, headers: UPLOAD_HEADERS });
      expect(answer.status, method).toBe(405);
      expect(codeOf(answer), method).toBe('METHOD_NOT_ALLOWED');
    }
  });
});

describe('other sites', () => {
  it('refuses a plain form post from another site: no custom header, nothing loaded', async () => {
    // What an HTML form on any page can send without a preflight.
    const answer = await raw(server, {
      headers: { 'content-type': 'text/plain', origin: 'https://attacker.example' },
      body: A_RESOLUTION,
    });
    expect(answer.status).toBe(403);
    expect(codeOf(answer)).toBe('UPLOAD_HEADER_REQUIRED');
  });

  it('refuses a request whose Origin is another site, or that a browser marks cross-site', async () => {
    const foreign = await raw(server, {
      headers: { ...UPLOAD_HEADERS, origin: 'https://attacker.example' },
      body: A_RESOLUTION,
    });
    expect(foreign.status).toBe(403);
    expect(codeOf(foreign)).toBe('CROSS_ORIGIN');
    const opaque = await raw(server, { headers: { ...UPLOAD_HEADERS, origin: 'null' }, body: A_RESOLUTION });
    expect(codeOf(opaque)).toBe('CROSS_ORIGIN');
    const marked = await raw(server, {
      headers: { ...UPLOAD_HEADERS, 'sec-fetch-site': 'cross-site' },
      body: A_RESOLUTION,
    });
    expect(codeOf(marked)).toBe('CROSS_ORIGIN');
  });

  it('grants no preflight: the answer carries no Access-Control header', async () => {
    const answer = await raw(server, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://attacker.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-instrument-graph',
      },
    });
    expect(answer.status).toBe(403);
    expect(Object.keys(answer.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('refuses a Host that is not loopback (DNS rebinding), even with the header and a matching Origin', async () => {
    const answer = await raw(server, {
      headers: { ...UPLOAD_HEADERS, host: 'rebound.attacker.example', origin: 'http://rebound.attacker.example' },
      body: A_RESOLUTION,
    });
    expect(answer.status).toBe(403);
    expect(codeOf(answer)).toBe('FOREIGN_HOST');
  });

  it('takes a configured host name', async () => {
    const named = await uploadServer(api, { uploadHosts: ['explorer.example.org'] });
    try {
      const answer = await raw(named, {
        path: '/api/documents/preview',
        headers: { ...UPLOAD_HEADERS, host: 'explorer.example.org', origin: 'http://explorer.example.org' },
        body: A_RESOLUTION,
      });
      expect(answer.status).toBe(200);
      expect(answer.body.document.symbol).toBe('A/RES/99/811');
    } finally {
      await named.close();
    }
  });
});

describe('beyond loopback', () => {
  it('is off without UPLOAD_TOKEN: the status says so and every upload is refused', async () => {
    const open = await uploadServer(api, { host: '0.0.0.0' });
    try {
      expect(await (await fetch(`${open.url}/api/upload`)).json()).toMatchObject({ enabled: false });
      const answer = await postDocument(open, A_RESOLUTION);
      expect(answer.status).toBe(403);
      expect(answer.body.error.code).toBe('UPLOAD_DISABLED');
    } finally {
      await open.close();
    }
  });

  it('with UPLOAD_TOKEN, needs it from every caller', async () => {
    const guarded = await uploadServer(api, { host: '0.0.0.0', uploadToken: 'correct-horse-battery-staple' });
    try {
      const answer = await postDocument(guarded, A_RESOLUTION);
      expect(answer.status).toBe(401);
      expect(answer.body.error.code).toBe('UPLOAD_TOKEN_REQUIRED');
    } finally {
      await guarded.close();
    }
  });
});

/** A PDF whose page tree holds `pages` real pages, all drawing one small content stream. */
function manyPagesPdf(pages: number, declared = pages): Buffer {
  const objects: string[] = [];
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  const content = 'BT /F1 10 Tf 72 720 Td (1. Welcomes the United Nations Convention against Corruption;) Tj ET';
  objects[4] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  const kids: string[] = [];
  for (let i = 0; i < pages; i++) {
    objects[5 + i] =
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>';
    kids.push(`${5 + i} 0 R`);
  }
  objects[2] = `<< /Type /Pages /Count ${declared} /Kids [${kids.join(' ')}] >>`;
  return pdf(objects);
}

/** A PDF whose catalogue points at an array nested `depth` deep. */
function nestedPdf(depth: number): Buffer {
  const objects: string[] = [];
  objects[1] = '<< /Type /Catalog /Pages 2 0 R /Bomb 3 0 R >>';
  objects[2] = '<< /Type /Pages /Count 1 /Kids [4 0 R] >>';
  objects[3] = `${'['.repeat(depth)}${']'.repeat(depth)}`;
  objects[4] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Bomb ${'<< /A '.repeat(depth / 10)}1${' >>'.repeat(depth / 10)} >> >>`;
  return pdf(objects);
}

/** Serialises numbered objects with a correct cross-reference table. */
function pdf(objects: string[]): Buffer {
  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (let i = 1; i < objects.length; i++) {
    offsets[i] = Buffer.byteLength(out, 'latin1');
    out += `${i} 0 obj\n${objects[i]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let i = 1; i < objects.length; i++) out += `${String(offsets[i]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe('PDF bombs', () => {
  it.each([
    ['10 000 real pages', () => manyPagesPdf(10_000)],
    ['a page count of a billion', () => manyPagesPdf(1, 1_000_000_000)],
    ['arrays and dictionaries nested 100 000 deep', () => nestedPdf(100_000)],
  ])(
    'refuses %s with a coded error, and keeps answering',
    async (_name, make) => {
      const bytes = make();
      expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
      const upload = postDocument(server, bytes, { name: 'bomb.pdf' });
      // Reads go on while the bomb is being read: it runs in a thread of its own.
      await stillAnswers(server);
      const answer = await upload;
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(answer.body.error.code).toMatch(/^[A-Z_]+$/);
      expect(answer.body.error.message).toMatch(/^bomb\.pdf(?::\d+)?: /);
      await stillAnswers(server);
    },
    60_000,
  );
});

describe('the reading thread', () => {
  it('is stopped at the time limit, with a coded answer, and the next upload is taken', async () => {
    // A bound no reading can meet (the thread does not even start in 1 ms): the timer must end it.
    const hurried = await uploadServer(api, { uploadTimeoutMs: 1 });
    try {
      const answer = await postDocument(hurried, A_RESOLUTION, { path: '/api/documents/preview', name: 'slow.txt' });
      expect(answer.status).toBe(422);
      expect(answer.body.error).toMatchObject({
        code: 'EXTRACTION_TIMEOUT',
        message: expect.stringMatching(/^slow\.txt: reading the document took longer/),
      });
      expect(await (await fetch(`${hurried.url}/api/upload`)).json()).toMatchObject({ busy: false });
    } finally {
      await hurried.close();
    }
  });
});

describe('one upload at a time', () => {
  it('answers a second upload UPLOAD_BUSY while the first is still arriving, then takes the next', async () => {
    const { hostname, port } = new URL(server.url);
    const bytes = Buffer.from(A_RESOLUTION);
    let answerSecond!: () => void;
    const second = new Promise<void>((resolve) => (answerSecond = resolve));
    let first!: Promise<RawAnswer>;
    const started = new Promise<void>((resolveStarted) => {
      first = new Promise((resolve, reject) => {
        const req = request(
          {
            hostname,
            port,
            path: '/api/documents/preview?name=first.txt',
            method: 'POST',
            headers: { ...UPLOAD_HEADERS, 'content-length': bytes.length },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) }));
          },
        );
        req.on('error', reject);
        // Half the body now; the rest once the second request has been answered.
        req.write(bytes.subarray(0, 100), () => resolveStarted());
        second.then(() => req.end(bytes.subarray(100)), reject);
      });
    });
    await started;
    // The first request holds the server once its headers have arrived, which the status tells.
    await expect
      .poll(async () => (await (await fetch(`${server.url}/api/upload`)).json()).busy, {
        timeout: 20_000,
        interval: 50,
      })
      .toBe(true);
    const busy = await postDocument(server, A_RESOLUTION, { path: '/api/documents/preview', name: 'second.txt' });
    expect(busy.status).toBe(429);
    expect(busy.body.error.code).toBe('UPLOAD_BUSY');
    answerSecond();
    const done = await first;
    expect(done.status).toBe(200);
    expect(done.body.file).toBe('first.txt');
    const after = await postDocument(server, A_RESOLUTION, { path: '/api/documents/preview', name: 'third.txt' });
    expect(after.status).toBe(200);
  });
});
