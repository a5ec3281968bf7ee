// Puts the API on a port: /graphql (and GraphiQL) and /health through Yoga, and the built explorer
// at / when its folder exists. `close()` stops accepting and ends open connections.
// A request body is read here, up to `maxBodyBytes`, before Yoga sees it: a larger one is refused
// with 413 and never held in memory, and slow or stalled senders are cut off by the timeouts below.
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from './app.ts';
import { HEALTH_PATH } from './plugins/use-health.ts';
import { COMMON_HEADERS, staticFiles, type StaticHandler } from './static-files.ts';

export interface ListenOptions {
  port: number;
  host?: string;
  /** The built client (client/dist); not served when absent or missing. */
  clientDir?: string;
  /** Largest request body accepted (bytes); a larger one gets 413. Default MAX_BODY_BYTES. */
  maxBodyBytes?: number;
  /** Routes answered before the API and the explorer (server/upload/upload-routes.ts). */
  routes?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

/**
 * A GraphQL request is a query of at most MAX_TOKENS tokens and a few variables: a few kilobytes.
 * 100 kB leaves ample room and bounds what one request can make the server hold.
 */
export const MAX_BODY_BYTES = 100 * 1024;
/** A client must send its headers within this, and its whole request within REQUEST_TIMEOUT_MS. */
/**
 * What a POST may carry. Yoga also takes form posts and multipart uploads; the API needs neither,
 * and both are "simple" requests a foreign page can send without a CORS preflight.
 */
export const ACCEPTED_TYPES: ReadonlySet<string> = new Set(['application/json', 'application/graphql']);
export const HEADERS_TIMEOUT_MS = 15_000;
export const REQUEST_TIMEOUT_MS = 30_000;

export interface RunningServer {
  /** Where the server answers, e.g. http://localhost:4000 (the real port when `port` was 0). */
  url: string;
  close(): Promise<void>;
}

export async function listen(app: App, options: ListenOptions): Promise<RunningServer> {
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const serveStatic: StaticHandler | undefined =
    options.clientDir && existsSync(options.clientDir) ? staticFiles(options.clientDir) : undefined;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value);
    const path = (req.url ?? '/').split('?')[0];
    if (options.routes?.(req, res)) return;
    if (path !== app.graphqlEndpoint && path !== HEALTH_PATH && serveStatic?.(req, res)) return;
    // /health takes no body: whatever the method, Yoga's health plugin answers (405 for a POST).
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS' || path === HEALTH_PATH) {
      void app.requestListener(req, res);
      return;
    }
    if (req.method === 'POST' && !ACCEPTED_TYPES.has(mediaType(req.headers['content-type']))) {
      refuse(req, res, 415, 'UNSUPPORTED_MEDIA_TYPE', `POST /graphql takes ${[...ACCEPTED_TYPES].join(' or ')}`);
      return;
    }
    readBody(req, res, maxBodyBytes, (body) => {
      // Yoga (@whatwg-node/server) takes a body already read from `req.body`, as behind Express.
      if (body.length > 0) (req as IncomingMessage & { body?: Buffer }).body = body;
      void app.requestListener(req, res);
    });
  });
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;

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

/**
 * Reads the body into memory when it fits in `limit` bytes; otherwise answers 413 at once (from
 * Content-Length when the client sent one, else as soon as the count passes the limit), discards
 * the rest unread and closes the connection.
 */
function readBody(req: IncomingMessage, res: ServerResponse, limit: number, done: (body: Buffer) => void): void {
  const refuse413 = () => refuse(req, res, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${limit} bytes`);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    refuse413();
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let refused = false;
  req.on('data', (chunk: Buffer) => {
    if (refused) return;
    size += chunk.length;
    if (size > limit) {
      refused = true;
      chunks.length = 0;
      refuse413();
      return;
    }
    chunks.push(chunk);
  });
  req.once('end', () => {
    if (!refused) done(Buffer.concat(chunks, size));
  });
  req.once('error', () => {
    refused = true;
    res.destroy();
  });
}

/** Answers with a coded GraphQL-style error, drops the unread body and closes the connection. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
  // Whatever else arrives is discarded, not buffered.
  req.removeAllListeners('data');
  req.resume();
}

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}
