// Abuse against the live API: injection attempts through every string argument leave the database
// as it was and never fail unexpectedly; limits and error codes hold with real data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app.ts';
import { defaultServerConfig } from '../../../server/config.ts';
import { createLogger } from '../../../server/logger.ts';
import { codesOf, seededApi, SYMBOL, type TestApi } from './support.ts';

let api: TestApi;
beforeAll(async () => {
  api = await seededApi();
});
afterAll(() => api.close());

/** What an attacker might type: Cypher and Lucene syntax, quotes, braces, comments, control characters. */
const ATTEMPTS = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "x'}) WITH 1 AS x MATCH (n) DETACH DELETE n RETURN 1 //",
  'uncac` RETURN 1 UNION CALL db.clearQueryCaches() //',
  '$keys',
  '*:* OR title:* AND text:[a TO z]',
  'corruption~999999^1e9 /.*/',
  '\\u0000\u0000\n\r\t',
  "'; CALL dbms.killQueries([]) ; //",
  '%00%27%22',
];

/** Every string argument of the schema, as a query taking the attempt in $v. */
const FIELDS = [
  'query ($v: ID!) { citations(target: $v) { id } }',
  'query ($v: ID!) { coCitations(target: $v) { count } }',
  'query ($v: String!) { search(text: $v) { score } }',
  'query ($v: ID!) { path(from: $v, to: "uncac") { nodes { id } } }',
  'query ($v: ID!) { path(from: "uncac", to: $v) { nodes { id } } }',
  'query ($v: ID!) { neighborhood(id: $v) { nodes { id } } }',
  'query ($v: String!) { neighborhood(id: "uncac", kinds: [$v]) { nodes { id } } }',
  'query ($v: String) { graph(document: $v) { nodes { id } } }',
  'query ($v: ID!) { paragraph(id: $v) { id } }',
  'query ($v: ID!) { instrument(id: $v) { id } }',
  'query ($v: ID!) { node(id: $v) { id } }',
  'query ($v: String!) { document(symbol: $v) { id } }',
  'query ($v: String) { paragraphs(filter: {document: $v}) { totalCount } }',
  'query ($v: ID) { paragraphs(filter: {cites: $v}) { totalCount } }',
  'query ($v: ID) { paragraphs(filter: {mentions: $v}) { totalCount } }',
  'query ($v: ID) { paragraphs(filter: {theme: $v}) { totalCount } }',
  'query ($v: String) { paragraphs(filter: {section: $v}) { totalCount } }',
  'query ($v: String) { paragraphs(filter: {text: $v}) { totalCount } }',
  'query ($v: String) { paragraphs(after: $v) { totalCount } }',
  'query ($v: String) { instruments(kind: $v) { id } }',
  'query ($v: String) { instruments(search: $v) { id } }',
];

async function census(): Promise<{ nodes: number; relationships: number; props: number }> {
  const [row] = await api.db.read(
    'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS relationships, sum(size(keys(n))) AS props',
  );
  return row as { nodes: number; relationships: number; props: number };
}

describe('injection attempts', () => {
  it('through every string argument leave the database unchanged and get data or a coded error', async () => {
    const before = await census();
    for (const query of FIELDS) {
      for (const attempt of ATTEMPTS) {
        const response = await api.gql(query, { v: attempt });
        const codes = codesOf(response);
        expect(
          codes.every((code) => ['NOT_FOUND', 'BAD_USER_INPUT'].includes(code ?? '')),
          `${query} with ${JSON.stringify(attempt)}: ${JSON.stringify(response.errors)}`,
        ).toBe(true);
      }
    }
    expect(await census()).toEqual(before);
    // And the data is still all there.
    const { data } = await api.gql('{ citations(target: "UNCAC") { id } }');
    expect(data.citations.length).toBeGreaterThanOrEqual(4);
  }, 180_000);
});

describe('limits and errors with real data', () => {
  it('refuses a page larger than MAX_PAGE_SIZE, a neighbourhood too deep and a path too long', async () => {
    const response = await api.gql(`{
      a: paragraphs(first: 1000) { totalCount }
    }`);
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await api.gql('{ neighborhood(id: "uncac", depth: 9) { nodes { id } } }'))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codesOf(await api.gql('{ path(from: "uncac", to: "sc", maxLength: 50) { nodes { id } } }'))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('refuses a query nested beyond the depth limit', async () => {
    const deep =
      '{ paragraph(id: "op-1") { next { next { next { next { next { next { next { next { next { next { next { id } } } } } } } } } } } } }';
    expect(codesOf(await api.gql(deep))).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('answers an ambiguous name with BAD_USER_INPUT listing the candidates', async () => {
    // "op-4" is ambiguous once a second document holds an op-4: make one, and remove only it.
    const other = 'TEST/API/AMBIGUOUS';
    await api.db.write(
      'CREATE (:Paragraph:InstrumentGraph {id: $id, localId: "op-4", document: $doc, section: "operative", number: 4, order: 0, text: "x"})',
      { id: `${other}#op-4`, doc: other },
    );
    try {
      const response = await api.gql('{ paragraph(id: "op-4") { id } }');
      expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0]!.extensions!.candidates).toEqual(
        expect.arrayContaining([`${SYMBOL}#op-4`, `${other}#op-4`]),
      );
      const exact = await api.gql(`{ paragraph(id: "${SYMBOL}#op-4") { localId } }`);
      expect(exact.data.paragraph).toEqual({ localId: 'op-4' });
    } finally {
      await api.db.write('MATCH (p:Paragraph {id: $id}) DETACH DELETE p', { id: `${other}#op-4` });
    }
  });

  it('bounds every transaction by API_QUERY_TIMEOUT_MS: Neo4j stops it and the API answers QUERY_TOO_COMPLEX', async () => {
    // The seeded graph is too small for any API query to run long, so this database runs a slow
    // statement in place of the API's, with the options (timeout) the API passed.
    const passed: (number | undefined)[] = [];
    const slow = {
      read: (
        _query: string,
        _params: Record<string, unknown> = {},
        options: { timeoutMs?: number; metadata?: Record<string, string> } = {},
      ) => {
        passed.push(options.timeoutMs);
        return api.db.read('UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n', {}, options);
      },
      ping: () => api.db.ping(),
    };
    // The cache is off so that the one statement read is the API's (the cache's version read has
    // a bound of its own).
    const app = createApp({
      db: slow,
      config: defaultServerConfig({ queryTimeoutMs: 300, responseCacheBytes: 0 }),
      logger: createLogger('silent'),
    });
    const started = performance.now();
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { documents } }' }),
    });
    const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    expect(passed).toEqual([300]);
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(body.errors![0]!.message).toMatch(/300 ms/);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
