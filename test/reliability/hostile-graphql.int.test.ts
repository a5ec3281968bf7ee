// Hostile GraphQL against the API on the seeded database: bombs (depth, aliases, duplicated
// fields, fragments), huge lists and strings, batched operations, introspection abuse, wrong
// variable types and absurd page sizes each get a coded error in bounded time; and a property
// test that walks every Query field of the schema and generates its arguments, hostile ones
// included. (Cypher injection through each string argument: test/int/api/safety.int.test.ts; the
// property test below also checks the database is unchanged after all it sent.)
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/database.ts';
import { seedBangkok } from '../int/api/support.ts';
import { connectTestDatabase, testNeo4j } from '../support/database.ts';
import { census, startServerProcess, type ServerProcess } from './support.ts';

// The server runs in a process of its own, as in production: under vitest `graphql` loads twice
// (ESM for sources, CommonJS for Yoga), and an error from one copy looks unexpected to the other,
// which turns some refusals into HTTP 500 that a real server never sends.
let server: ServerProcess;
let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
  await seedBangkok(db);
  server = await startServerProcess(await testNeo4j());
}, 120_000);
afterAll(async () => {
  await server?.close();
  await db?.close();
});

/** Codes a hostile request may get: every one a deliberate refusal, never a masked crash. */
const REFUSALS = new Set([
  'PAYLOAD_TOO_LARGE',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);
/** A hang guard: the API's own bounds answer each of these in well under a second when idle. */
const BOUND_MS = 20_000;

interface Raw {
  status: number;
  ms: number;
  body: { data?: any; errors?: { message: string; extensions?: { code?: unknown } }[] };
}

async function send(body: string | Buffer, contentType = 'application/json'): Promise<Raw> {
  const started = performance.now();
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': contentType, accept: 'application/graphql-response+json' },
    body: typeof body === 'string' ? body : new Uint8Array(body),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  return { status: response.status, ms: performance.now() - started, body: JSON.parse(text) };
}

const post = (query: string, variables?: Record<string, unknown>) => send(JSON.stringify({ query, variables }));

/** An answer is data, or errors that each carry a code, with no server error, in bounded time. */
function expectWellFormed(raw: Raw, what: string): void {
  expect(raw.status, what).toBeLessThan(500);
  expect(raw.ms, what).toBeLessThan(BOUND_MS);
  expect(raw.body.data !== undefined || raw.body.errors !== undefined, what).toBe(true);
  for (const error of raw.body.errors ?? []) {
    expect(typeof error.extensions?.code, `${what}: ${error.message}`).toBe('string');
    expect(REFUSALS.has(error.extensions!.code as string), `${what}: ${error.extensions!.code} ${error.message}`).toBe(
      true,
    );
  }
}

const codes = (raw: Raw) => [...new Set((raw.body.errors ?? []).map((e) => e.extensions?.code))];

const fragmentBomb = () => {
  // J spreads I ten times, I spreads H ten times, ...: 10^9 fields once expanded.
  const names = 'ABCDEFGHIJ'.split('');
  let fragments = 'fragment A on Query { stats { documents } documents { id } }';
  for (let i = 1; i < names.length; i++)
    fragments += ` fragment ${names[i]} on Query { ${Array(10)
      .fill(`...${names[i - 1]}`)
      .join(' ')} }`;
  return `{ ...J } ${fragments}`;
};

let deepIntrospection = 'name';
for (let i = 0; i < 30; i++) deepIntrospection = `fields { type { ${deepIntrospection} } }`;

const CASES: [string, () => Promise<Raw>, string][] = [
  [
    'a query nested 1000 deep',
    () => post(`{ ${'paragraph(id: "op-1") { next { '.repeat(500)} id ${'} } '.repeat(500)} }`),
    'QUERY_TOO_COMPLEX',
  ],
  [
    'a query nested 12 deep',
    () => post(`{ paragraph(id: "op-1") { ${'next { '.repeat(12)} id ${'} '.repeat(12)} } }`),
    'QUERY_TOO_COMPLEX',
  ],
  [
    'an alias bomb (1000 aliases)',
    () => post(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: stats { documents }`).join(' ')} }`),
    'QUERY_TOO_COMPLEX',
  ],
  [
    '21 aliases of a heavy field',
    () => post(`{ ${Array.from({ length: 21 }, (_, i) => `a${i}: graph { nodes { id } }`).join(' ')} }`),
    'QUERY_TOO_COMPLEX',
  ],
  ['a field repeated 5000 times', () => post(`{ stats { ${'documents '.repeat(5000)} } }`), 'QUERY_TOO_COMPLEX'],
  ['a fragment bomb (10^9 fields expanded)', () => post(fragmentBomb()), 'QUERY_TOO_COMPLEX'],
  [
    'a fragment cycle',
    () => post('{ ...A } fragment A on Query { stats { documents } ...B } fragment B on Query { ...A }'),
    'GRAPHQL_VALIDATION_FAILED',
  ],
  [
    'an inline list of 5000 kinds',
    () =>
      post(`{ neighborhood(id: "uncac", kinds: [${Array(5000).fill('"instrument"').join(',')}]) { nodes { id } } }`),
    'QUERY_TOO_COMPLEX',
  ],
  [
    'a variable list of 100 000 kinds (1.2 MB)',
    () =>
      post('query ($k: [String!]) { neighborhood(id: "uncac", kinds: $k) { nodes { id } } }', {
        k: Array.from({ length: 100_000 }, (_, i) => `kind-${i}`),
      }),
    'PAYLOAD_TOO_LARGE',
  ],
  [
    'a variable list of 5000 kinds (under the body limit)',
    () =>
      post('query ($k: [String!]) { neighborhood(id: "uncac", kinds: $k) { nodes { id } } }', {
        k: Array.from({ length: 5_000 }, (_, i) => `k${i}`),
      }),
    'BAD_USER_INPUT',
  ],
  [
    'a 1 MB search string',
    () => post('query ($s: String!) { search(text: $s) { score } }', { s: 'corruption '.repeat(100_000) }),
    'PAYLOAD_TOO_LARGE',
  ],
  [
    'a 90 kB search string',
    () => post('query ($s: String!) { search(text: $s) { score } }', { s: 'corruption '.repeat(8_000) }),
    'BAD_USER_INPUT',
  ],
  ['a 90 kB id', () => post('query ($s: ID!) { node(id: $s) { id } }', { s: 'x'.repeat(90_000) }), 'BAD_USER_INPUT'],
  ['a 90 kB type name in introspection', () => post(`{ __type(name: "${'x'.repeat(90_000)}") { name } }`), ''],
  [
    'introspection 30 levels deep',
    () => post(`{ __schema { types { ${deepIntrospection} } } }`),
    'GRAPHQL_VALIDATION_FAILED',
  ],
  [
    'introspection 21 times over',
    () =>
      post(
        `{ ${Array.from({ length: 21 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join(' ')} }`,
      ),
    'QUERY_TOO_COMPLEX',
  ],
  [
    'a batch of operations',
    () => send(JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ stats { documents } }' })))),
    'BAD_REQUEST',
  ],
  [
    'two operations without a name to pick',
    () => post('query A { stats { documents } } query B { documents { id } }'),
    'OPERATION_RESOLUTION_FAILURE',
  ],
  ['a mutation', () => post('mutation { deleteEverything }'), 'GRAPHQL_VALIDATION_FAILED'],
  ['a subscription', () => post('subscription { stats { documents } }'), 'GRAPHQL_VALIDATION_FAILED'],
  [
    'a string where an Int variable goes',
    () => post('query ($n: Int) { paragraphs(first: $n) { totalCount } }', { n: 'ten' }),
    'BAD_USER_INPUT',
  ],
  [
    'an object where a String variable goes',
    () => post('query ($s: String!) { search(text: $s) { score } }', { s: { $ne: null } }),
    'BAD_USER_INPUT',
  ],
  [
    'null for a non-null variable',
    () => post('query ($s: ID!) { node(id: $s) { id } }', { s: null }),
    'BAD_USER_INPUT',
  ],
  ['a literal of the wrong type', () => post('{ search(text: 5) { score } }'), 'GRAPHQL_VALIDATION_FAILED'],
  ['first: -1', () => post('{ paragraphs(first: -1) { totalCount } }'), 'BAD_USER_INPUT'],
  ['first: 10^9 as a literal', () => post('{ paragraphs(first: 1000000000) { totalCount } }'), 'QUERY_TOO_COMPLEX'],
  [
    'first: 10^9 as a variable',
    () => post('query ($n: Int) { paragraphs(first: $n) { totalCount } }', { n: 1e9 }),
    'BAD_USER_INPUT',
  ],
  [
    'first: 2^40 (not a 32-bit Int)',
    () => post('query ($n: Int) { paragraphs(first: $n) { totalCount } }', { n: 2 ** 40 }),
    'BAD_USER_INPUT',
  ],
  ['limit: -2147483648', () => post('{ search(text: "x", limit: -2147483648) { score } }'), 'BAD_USER_INPUT'],
  [
    'depth: 2147483647',
    () => post('{ neighborhood(id: "uncac", depth: 2147483647) { nodes { id } } }'),
    'BAD_USER_INPUT',
  ],
  ['a forged cursor', () => post('{ paragraphs(after: "eyJvIjotMX0=") { totalCount } }'), 'BAD_USER_INPUT'],
  [
    'invalid UTF-8 inside a string',
    () =>
      send(
        Buffer.concat([
          Buffer.from('{"query":"{ node(id: \\"'),
          Buffer.from([0xff, 0xfe, 0xc3]),
          Buffer.from('\\") { id } }"}'),
        ]),
      ),
    '',
  ],
  ['a lone surrogate', () => post('query ($s: ID!) { node(id: $s) { id } }', { s: '\ud800x\udfff' }), ''],
  [
    'NUL and control characters',
    () => post('query ($s: String!) { search(text: $s) { score } }', { s: '\u0000\u0001\u001b[31m\u202e' }),
    '',
  ],
  ['broken JSON', () => send('{"query": "{ stats { documents } }"'), 'BAD_REQUEST'],
  ['a query that is not a string', () => send(JSON.stringify({ query: { $gt: '' } })), 'BAD_REQUEST'],
  [
    'variables that are not an object',
    () => send(JSON.stringify({ query: '{ stats { documents } }', variables: [1, 2] })),
    'BAD_REQUEST',
  ],
];

describe('hostile GraphQL', () => {
  it.each(CASES)('%s gets a coded error in bounded time', async (name, make, code) => {
    const raw = await make();
    expectWellFormed(raw, name);
    if (code) expect(codes(raw), name).toContain(code);
  });

  it("keeps the server's heap bounded over the heaviest of them, ten times over, and answers after", async () => {
    const heavy = CASES.filter(([name]) => /bomb|kinds|kB|MB|repeated|nested/.test(name));
    const before = await server.heap();
    expect(before.gc).toBe(true);
    for (let i = 0; i < 10; i++) for (const [name, make] of heavy) expectWellFormed(await make(), name);
    const after = await server.heap();
    // After a forced GC, what the server still holds: caches (parsed documents) are bounded LRUs.
    expect(after.heapUsed).toBeLessThan(before.heapUsed * 1.5);
    console.log(
      `[reliability] hostile GraphQL: ${CASES.length} cases; ${heavy.length} heaviest x10: server heap after GC ${(before.heapUsed / 1048576).toFixed(1)} -> ${(after.heapUsed / 1048576).toFixed(1)} MB`,
    );
    const ok = await post('{ citations(target: "UNCAC") { id } }');
    expect(ok.body.errors).toBeUndefined();
  }, 180_000);
});

// ---------------------------------------------------------------------------------------------
// Property: every Query field, arguments generated from the schema's own argument types.

const INJECTIONS = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  '$keys',
  '*:* OR title:*',
  'corruption~999999^1e9 /.*/',
  "'; CALL dbms.killQueries([]) ; //",
  '\\',
];
const REAL = [
  'uncac',
  'UNCAC',
  'untoc',
  'op-12',
  'E/CN.15/2005/5',
  'E/CN.15/2005/5#op-12',
  'A/RES/55/25',
  'sc',
  'corruption',
  'instrument',
  'operative',
  'convention',
  '',
];

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...REAL), weight: 3 },
  { arbitrary: fc.constantFrom(...INJECTIONS), weight: 2 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.constantFrom('\ud800', '\udfff\ud800', '\u0000', '\u202e\u200b', '💥'.repeat(100)), weight: 1 },
  { arbitrary: fc.string({ minLength: 150, maxLength: 2_000 }), weight: 1 },
);
const hostileInt: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.constantFrom(-1, 0, 100, 101, 1_000, 1e9, 2 ** 31 - 1, -(2 ** 31)),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
);
/** A value of the wrong shape, sent now and then in place of the right one. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.boolean(),
  fc.double(),
  fc.constant({}),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.string({ maxLength: 5 }),
  fc.constant(2 ** 40),
);

/** A type reference as introspection gives it. */
interface TypeRef {
  kind: 'NON_NULL' | 'LIST' | 'SCALAR' | 'ENUM' | 'INPUT_OBJECT' | 'OBJECT' | 'INTERFACE' | 'UNION';
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
}
interface FullType {
  name: string;
  kind: TypeRef['kind'];
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
}
interface QueryField {
  name: string;
  args: InputValue[];
  type: TypeRef;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
const INTROSPECTION = `{ __schema {
  queryType { fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } } }
  types { name kind inputFields { name type { ${TYPE_REF} } } enumValues { name } }
} }`;

const typeName = (ref: TypeRef): string =>
  ref.kind === 'NON_NULL'
    ? `${typeName(ref.ofType!)}!`
    : ref.kind === 'LIST'
      ? `[${typeName(ref.ofType!)}]`
      : ref.name!;
const namedOf = (ref: TypeRef): TypeRef => (ref.ofType ? namedOf(ref.ofType) : ref);

function arbitraryFor(ref: TypeRef, types: Map<string, FullType>): fc.Arbitrary<unknown> {
  if (ref.kind === 'NON_NULL') return arbitraryFor(ref.ofType!, types);
  if (ref.kind === 'LIST') {
    const item = arbitraryFor(ref.ofType!, types);
    return fc.oneof(
      { arbitrary: fc.array(item, { maxLength: 4 }), weight: 4 },
      { arbitrary: fc.array(item, { minLength: 500, maxLength: 3_000 }), weight: 1 },
    );
  }
  const type = types.get(ref.name!)!;
  if (ref.kind === 'INPUT_OBJECT') {
    const fields = type.inputFields ?? [];
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, fieldValue(f, types)])), { requiredKeys: [] });
  }
  if (ref.kind === 'ENUM') return fc.constantFrom(...(type.enumValues ?? []).map((v) => v.name), 'NOT_A_VALUE');
  if (ref.name === 'Int') return hostileInt;
  if (ref.name === 'Float') return fc.double();
  if (ref.name === 'Boolean') return fc.boolean();
  return hostileString;
}

/** The right type mostly, now and then a wrong one, and null where null is allowed. */
function fieldValue(arg: InputValue, types: Map<string, FullType>): fc.Arbitrary<unknown> {
  const options = [
    { arbitrary: arbitraryFor(arg.type, types), weight: 8 },
    { arbitrary: wrongValue, weight: 1 },
  ];
  if (arg.type.kind !== 'NON_NULL') options.push({ arbitrary: fc.constant(null), weight: 1 });
  return fc.oneof(...options);
}

/** The smallest selection that makes a field's query valid. */
function selectionOf(ref: TypeRef): string {
  const named = namedOf(ref);
  return named.kind === 'SCALAR' || named.kind === 'ENUM' ? '' : '{ __typename }';
}

describe('every Query field with generated arguments', () => {
  it('answers data or coded errors, below 500, in bounded time, and changes nothing', async () => {
    // The schema as the running server describes it, so fields added later are covered too.
    const introspection = await post(INTROSPECTION);
    expect(introspection.body.errors).toBeUndefined();
    const fields: QueryField[] = introspection.body.data.__schema.queryType.fields;
    const types = new Map<string, FullType>(
      (introspection.body.data.__schema.types as FullType[]).map((t) => [t.name, t]),
    );
    expect(fields.length).toBeGreaterThanOrEqual(18);
    const before = await census(db);
    let requests = 0;
    for (const field of fields) {
      const args = field.args;
      const declared = args.map((a, i) => `$a${i}: ${typeName(a.type)}`).join(', ');
      const passed = args.map((a, i) => `${a.name}: $a${i}`).join(', ');
      const query = `query${declared ? ` (${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selectionOf(field.type)} }`;
      const variables = fc.record(Object.fromEntries(args.map((a, i) => [`a${i}`, fieldValue(a, types)])), {
        requiredKeys: [],
      });
      await fc.assert(
        fc.asyncProperty(variables, async (vars) => {
          requests++;
          const raw = await post(query, vars as Record<string, unknown>);
          expectWellFormed(raw, `${query} with ${JSON.stringify(vars).slice(0, 300)}`);
        }),
        { numRuns: args.length === 0 ? 3 : 40, seed: 20260101 + fields.indexOf(field), endOnFailure: true },
      );
    }
    expect(await census(db)).toEqual(before);
    console.log(
      `[reliability] property: ${fields.length} Query fields, ${requests} generated requests, every answer data or a coded refusal; database unchanged`,
    );
  }, 600_000);
});
