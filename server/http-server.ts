// Puts the API on a port: /graphql (and GraphiQL) through Yoga, /health asking Neo4j, and the
// built explorer at / when its folder exists. `close()` stops accepting and ends open connections.
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from './app.ts';
import { checkHealth } from './health.ts';
import { HEALTH_PATH } from './plugins/use-health.ts';
import type { ReadableDatabase } from './queries.ts';
import { COMMON_HEADERS, staticFiles, type StaticHandler } from './static-files.ts';

export interface ListenOptions {
  port: number;
  host?: string;
  /** The built client (client/dist); not served when absent or missing. */
  clientDir?: string;
  db: Pick<ReadableDatabase, 'ping'>;
}

export interface RunningServer {
  /** Where the server answers, e.g. http://localhost:4000 (the real port when `port` was 0). */
  url: string;
  close(): Promise<void>;
}

export async function listen(app: App, options: ListenOptions): Promise<RunningServer> {
  const serveStatic: StaticHandler | undefined = options.clientDir && existsSync(options.clientDir) ? staticFiles(options.clientDir) : undefined;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value);
    const path = (req.url ?? '/').split('?')[0];
    if (path === HEALTH_PATH) {
      void health(res, options.db);
      return;
    }
    if (path !== app.graphqlEndpoint && serveStatic?.(req, res)) return;
    void app.requestListener(req, res);
  });

  const host = options.host ?? '0.0.0.0';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would otherwise hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}

async function health(res: ServerResponse, db: Pick<ReadableDatabase, 'ping'>): Promise<void> {
  const { status, body } = await checkHealth(db);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
