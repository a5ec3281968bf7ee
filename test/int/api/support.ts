// Shared by the API's integration tests: the run's Neo4j seeded with the Bangkok Declaration
// (through the loader's own seedDocuments), the app built on it, and a GraphQL helper.
import type { Database } from '../../../graph/database.ts';
import { afterAll, beforeAll } from 'vitest';
import { resetGraph, seedDocuments } from '../../../seed/seed-documents.ts';
import { createApp, type App } from '../../../server/app.ts';
import { defaultServerConfig, type ServerConfig } from '../../../server/config.ts';
import { createLogger } from '../../../server/logger.ts';
import { connectTestDatabase } from '../../support/database.ts';

export const BANGKOK = 'seed/corpus/E-CN.15-2005-5.txt';
export const SYMBOL = 'E/CN.15/2005/5';
export const pid = (local: string) => `${SYMBOL}#${local}`;

/** Seeds the files through the loader's own seedDocuments, and throws naming any that failed. */
export async function seedOrThrow(db: Database, files: string[]): Promise<void> {
  const report = await seedDocuments(db, files, { onError: 'stop' });
  const failed = report.documents.filter((d) => d.status !== 'loaded' && d.status !== 'unchanged');
  if (failed.length > 0)
    throw new Error(`seeding failed: ${failed.map((d) => `${d.file}: ${d.error ?? d.status}`).join('; ')}`);
}

/** POSTs one GraphQL query to the in-process app and returns its JSON answer. */
export async function postQuery<T = any>(
  app: App,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestApi {
  db: Database;
  app: App;
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * Leaves the Bangkok Declaration alone in the graph, whatever files ran before: one that seeded
 * other documents and stopped before its afterAll emptied the graph would otherwise leave them
 * in every later file.
 */
export async function seedBangkok(db: Database): Promise<void> {
  const [row] = await db.read('MATCH (d:Document) WHERE d.id <> $symbol RETURN count(d) AS others', { symbol: SYMBOL });
  if (Number(row?.others ?? 0) > 0) await resetGraph(db);
  await seedOrThrow(db, [BANGKOK]);
}

export async function seededApi(config: Partial<ServerConfig> = {}): Promise<TestApi> {
  const db = await connectTestDatabase();
  await seedBangkok(db);
  const app = createApp({ db, config: defaultServerConfig(config), logger: createLogger('silent') });
  return {
    db,
    app,
    gql: (query, variables) => postQuery(app, query, variables),
    close: () => db.close(),
  };
}

export const codesOf = (response: GraphQLResponse) => (response.errors ?? []).map((e) => e.extensions?.code);

/**
 * For a file whose expectations hold over exactly the documents `seed` loads: an emptied graph
 * seeded by `seed` before its tests, and emptied again after them (other files expect the
 * Bangkok Declaration alone, and their own beforeAll seeds it again). Use `api` inside tests.
 */
export function onFreshGraph(
  seed: (db: Database) => Promise<void>,
  config: Partial<ServerConfig> = {},
): { readonly api: TestApi } {
  let api: TestApi | undefined;
  beforeAll(async () => {
    const db = await connectTestDatabase();
    await resetGraph(db);
    await seed(db);
    const app = createApp({ db, config: defaultServerConfig(config), logger: createLogger('silent') });
    api = { db, app, gql: (query, variables) => postQuery(app, query, variables), close: () => db.close() };
  }, 300_000);
  afterAll(async () => {
    if (!api) return;
    await resetGraph(api.db);
    await api.close();
  }, 120_000);
  return {
    get api() {
      if (!api) throw new Error('the fresh graph is not seeded yet: use api inside a test');
      return api;
    },
  };
}
