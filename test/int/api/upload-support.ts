// Shared by the tests of the write path: a listening server with the upload routes over the run's
// Neo4j, a POST helper that sends what the explorer sends, and the removal of a test's document.
import type { Database } from '../../../graph/database.ts';
import { cypher } from '../../../graph/cypher.ts';
import { defaultServerConfig, type ServerConfig } from '../../../server/config.ts';
import { listen, type RunningServer } from '../../../server/http-server.ts';
import { createLogger } from '../../../server/logger.ts';
import { uploadPolicy } from '../../../server/upload/upload-guard.ts';
import { uploadRoutes } from '../../../server/upload/upload-routes.ts';
import type { TestApi } from './support.ts';

/** The API with the upload routes on a free port of 127.0.0.1, configured as `overrides` say. */
export async function uploadServer(
  api: TestApi,
  overrides: Partial<ServerConfig> = {},
  clientDir?: string,
): Promise<RunningServer> {
  const config = defaultServerConfig({ host: '127.0.0.1', ...overrides });
  const routes = uploadRoutes({ db: api.db, policy: uploadPolicy(config), logger: createLogger('silent') });
  return listen(api.app, { port: 0, host: '127.0.0.1', routes, clientDir });
}

/** The headers the explorer sends with a document. */
export const UPLOAD_HEADERS: Record<string, string> = {
  'x-instrument-graph': 'upload',
  'content-type': 'application/octet-stream',
};

export async function postDocument(
  server: RunningServer,
  bytes: Uint8Array | string,
  {
    path = '/api/documents',
    name = 'document.txt',
    headers = UPLOAD_HEADERS,
  }: { path?: string; name?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}${path}?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers,
    body: typeof bytes === 'string' ? bytes : new Uint8Array(bytes),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** Removes a document a test added (its nodes, not the catalogue's) and renews the graph's version. */
export async function removeDocument(db: Database, symbol: string): Promise<void> {
  await db.write('MATCH (n:InstrumentGraph) WHERE n.document = $symbol OR n.id = $symbol DETACH DELETE n', { symbol });
  await db.write(cypher('seed/graph-version-bump'));
}
