// The write path as scripts and the explorer use it: a preview that writes nothing, a load that
// goes through the seeder (the document is then in `documents` and `citations`, also for a server
// whose response cache answered before the load), a repeated load that changes nothing, and a
// changed text that replaces the document as re-seeding does.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../server/http-server.ts';
import { census, documentState, isWhole } from '../../reliability/support.ts';
import { seededApi, type TestApi } from './support.ts';
import { postDocument, removeDocument, uploadServer } from './upload-support.ts';

const FILE = 'seed/corpus/ga-80/A-RES-80-1.txt';
const SYMBOL = 'A/RES/80/1';
const TEXT = readFileSync(FILE, 'utf8');
const TARGET = 'un-headquarters-agreement';

let api: TestApi;
let server: RunningServer;

const gql = async (query: string, variables: Record<string, unknown> = {}) => {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data: any; errors?: unknown[] };
};
const documents = async () =>
  new Set(((await gql('{ documents { symbol } }')).data.documents as { symbol: string }[]).map((d) => d.symbol));
const citingDocuments = async () => {
  const { data } = await gql('query($t: ID!) { citations(target: $t) { paragraph { document { symbol } } surface } }', {
    t: TARGET,
  });
  return new Set(
    (data.citations as { paragraph: { document: { symbol: string } } }[]).map((c) => c.paragraph.document.symbol),
  );
};

beforeAll(async () => {
  api = await seededApi();
  await removeDocument(api.db, SYMBOL);
  server = await uploadServer(api);
});

afterAll(async () => {
  await removeDocument(api.db, SYMBOL);
  await server?.close();
  await api?.close();
});

describe('the write path, on loopback', () => {
  it('says it is on, without a token, with its limits', async () => {
    const response = await fetch(`${server.url}/api/upload`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      enabled: true,
      token: false,
      maxBytes: 10 * 1024 * 1024,
      maxPages: 200,
    });
  });

  it('previews a document: paragraphs, citations whose offsets hold their words, warnings; nothing written', async () => {
    const before = await census(api.db);
    const { status, body } = await postDocument(server, TEXT, {
      path: '/api/documents/preview',
      name: 'A-RES-80-1.txt',
    });
    expect(status).toBe(200);
    expect(body.file).toBe('A-RES-80-1.txt');
    expect(body.document).toMatchObject({ symbol: SYMBOL, kind: 'resolution' });
    expect(body.paragraphs.length).toBeGreaterThan(3);
    const citations = body.paragraphs.flatMap((p: any) => p.citations.map((c: any) => ({ ...c, text: p.text })));
    expect(citations.map((c: any) => c.target.id)).toContain(TARGET);
    for (const c of citations) expect(c.text.slice(c.start, c.end)).toBe(c.surface);
    expect(Array.isArray(body.warnings)).toBe(true);
    expect(await census(api.db)).toEqual(before);
  });

  it('loads it as the seeder does; the API, cache and all, then answers with it', async () => {
    // Cached at the graph's version before the load: the load must renew it.
    expect(await documents()).not.toContain(SYMBOL);
    expect(await documents()).not.toContain(SYMBOL);
    const { status, body } = await postDocument(server, TEXT, { name: 'A-RES-80-1.txt' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ symbol: SYMBOL, status: 'loaded' });
    expect(body.citations).toBeGreaterThan(0);
    expect(isWhole(await documentState(api.db, SYMBOL))).toBe(true);
    expect(await documents()).toContain(SYMBOL);
    expect(await citingDocuments()).toContain(SYMBOL);
  });

  it('leaves the graph as it is when the same bytes come again', async () => {
    const before = await census(api.db);
    const { status, body } = await postDocument(server, TEXT, { name: 'A-RES-80-1.txt' });
    expect(status).toBe(200);
    expect(body.status).toBe('unchanged');
    expect(await census(api.db)).toEqual(before);
  });

  it('replaces the document when its text changed, as re-seeding does', async () => {
    const before = await documentState(api.db, SYMBOL);
    // The last operative paragraph goes: the document is one paragraph shorter, whole, and new.
    const lines = TEXT.trimEnd().split('\n');
    const last = lines.findLastIndex((line) => /^\s*\d+\.\s/.test(line));
    const shorter = `${lines.slice(0, last).join('\n')}\n`;
    const { status, body } = await postDocument(server, shorter, { name: 'A-RES-80-1-edited.txt' });
    expect(status).toBe(200);
    expect(body.status).toBe('loaded');
    const after = await documentState(api.db, SYMBOL);
    expect(isWhole(after)).toBe(true);
    expect(after.contentHash).not.toBe(before.contentHash);
    expect(after.paragraphs).toBe(body.paragraphs);
    expect(after.paragraphs).toBeLessThan(before.paragraphs);
  });
});

describe('a PDF', () => {
  it("previews A/RES/73/8's official PDF: its pages, its paragraphs and the resolutions it recalls", async () => {
    const { status, body } = await postDocument(server, readFileSync('seed/corpus/pdf/A_RES_73_8-EN.pdf'), {
      path: '/api/documents/preview',
      name: 'A_RES_73_8-EN.pdf',
    });
    expect(status, JSON.stringify(body.error)).toBe(200);
    expect(body.document.symbol).toBe('A/RES/73/8');
    expect(body.pages).toBe(2);
    const targets = body.paragraphs.flatMap((p: any) => p.citations.map((c: any) => c.target.id));
    expect(targets).toContain('A/RES/72/4');
    expect(body.paragraphs.every((p: any) => p.pages.length > 0)).toBe(true);
  });
});

describe('with an upload token', () => {
  const TOKEN = 'a-token-of-thirty-two-characters';
  let guarded: RunningServer;
  beforeAll(async () => {
    guarded = await uploadServer(api, { uploadToken: TOKEN });
  });
  afterAll(async () => guarded?.close());

  it('says a token is needed, refuses a request without it or with another, and takes the right one', async () => {
    expect(await (await fetch(`${guarded.url}/api/upload`)).json()).toMatchObject({ enabled: true, token: true });
    const headers = { 'x-instrument-graph': 'upload', 'content-type': 'text/plain' };
    const none = await postDocument(guarded, TEXT, { path: '/api/documents/preview', headers });
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('UPLOAD_TOKEN_REQUIRED');
    const wrong = await postDocument(guarded, TEXT, {
      path: '/api/documents/preview',
      headers: { ...headers, authorization: `Bearer ${TOKEN}x` },
    });
    expect(wrong.body.error.code).toBe('UPLOAD_TOKEN_INVALID');
    const right = await postDocument(guarded, TEXT, {
      path: '/api/documents/preview',
      headers: { ...headers, authorization: `Bearer ${TOKEN}` },
    });
    expect(right.status).toBe(200);
    expect(right.body.document.symbol).toBe(SYMBOL);
  });
});
