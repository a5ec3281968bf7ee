// The write path, for the explorer's "Add document" and for scripts:
//   GET  /api/upload             whether adding documents is on here, its limits, and whether one is under way
//   POST /api/documents/preview  the record the extractor makes of the body: paragraphs, citations
//                                with offsets, footnotes, warnings; nothing is written
//   POST /api/documents          the same, then loaded exactly as the seeder loads a file (one
//                                transaction, replacing an earlier load of the same document)
// The body is the document's bytes (PDF or text, told by content); `?name=` names it in messages.
// Every refusal is JSON `{ error: { code, message } }`. Nothing is kept between requests: the
// preview is not stored, and loading extracts the bytes again, so any server sharing the database
// can take the second request. The seeder's transaction renews the graph's version, which is what
// the response caches of every server key on.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Database } from '../../graph/database.ts';
import type { Catalogue } from '../../seed/catalogue/schema.ts';
import { readCatalogue } from '../../seed/catalogue/read-catalogue.ts';
import type { ExtractedDocument } from '../../seed/extracted-document.ts';
import { seedDocuments } from '../../seed/seed-documents.ts';
import { ExtractRefusal, extractInWorker } from './extract-in-worker.ts';
import {
  checkUploadRequest,
  refusal,
  UPLOAD_HEADER,
  type Refusal,
  type UploadHeaders,
  type UploadPolicy,
} from './upload-guard.ts';

export const UPLOAD_STATUS_PATH = '/api/upload';
export const PREVIEW_PATH = '/api/documents/preview';
export const LOAD_PATH = '/api/documents';

/** What a body may be declared as: the document's own type, or bytes. Form types never. */
const ACCEPTED_TYPES: ReadonlySet<string> = new Set(['application/octet-stream', 'application/pdf', 'text/plain']);

export interface UploadRoutesOptions {
  /** Written through the seeder's own functions, never otherwise. */
  db: Database;
  policy: UploadPolicy;
  logger: Logger;
  /** Resolved against by the seeder's load; the reading thread loads the same files itself. */
  catalogue?: Catalogue;
}

/** Answers the request and returns true when its path is one of these routes. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

export function uploadRoutes({ db, policy, logger, catalogue = readCatalogue() }: UploadRoutesOptions): RouteHandler {
  // One document at a time per server: each holds a reading thread and a write transaction.
  let busy = false;

  const handle = async (req: IncomingMessage, res: ServerResponse, load: boolean): Promise<void> => {
    const denied = checkUploadRequest(req.headers as UploadHeaders, policy);
    if (denied) return refuse(req, res, denied, logger);
    if (busy)
      return refuse(
        req,
        res,
        refusal(429, 'UPLOAD_BUSY', 'Another document is being added on this server; try again when it is done'),
        logger,
        { 'Retry-After': '5' },
      );
    busy = true;
    try {
      const type = (req.headers['content-type'] ?? 'application/octet-stream').split(';')[0]!.trim().toLowerCase();
      if (!ACCEPTED_TYPES.has(type)) {
        return refuse(
          req,
          res,
          refusal(
            415,
            'UNSUPPORTED_MEDIA_TYPE',
            `Send the document's bytes as ${[...ACCEPTED_TYPES].join(', ')}, not ${type.slice(0, 100)}`,
          ),
          logger,
        );
      }
      const file = documentName(req.url ?? '');
      const bytes = await readBytes(req, policy.maxBytes);
      if ('status' in bytes) return refuse(req, res, bytes, logger);
      if (bytes.length === 0)
        return refuse(
          req,
          res,
          refusal(400, 'EMPTY_FILE', `${file}: the request has no body; send the document's bytes`),
          logger,
        );
      const record = await extractInWorker(bytes, file, { timeoutMs: policy.timeoutMs });
      const pages = pageCount(record);
      if (pages > policy.maxPages) {
        return refuse(
          req,
          res,
          refusal(
            413,
            'TOO_MANY_PAGES',
            `${file}: the document has ${pages} pages, above the limit of ${policy.maxPages}`,
          ),
          logger,
        );
      }
      if (!load) return send(res, 200, { file, pages: pages || undefined, ...record });
      if (!record.document.symbol) {
        // The graph names every document by its symbol: without one there is nothing to load it as.
        return refuse(
          req,
          res,
          refusal(
            422,
            'NO_SYMBOL',
            `${file}: no document symbol found (no running header and no resolution number), so it cannot be added`,
          ),
          logger,
        );
      }
      const report = await seedDocuments(db, [file], {
        onError: 'stop',
        groupSize: 1,
        catalogue,
        extract: () => record,
      });
      const outcome = report.documents[0]!;
      if (outcome.status !== 'loaded' && outcome.status !== 'unchanged') {
        logger.warn({ file, error: outcome.error }, 'adding a document failed');
        return refuse(
          req,
          res,
          refusal(500, 'LOAD_FAILED', `${file}: the document could not be loaded; nothing of it was written`),
          logger,
        );
      }
      logger.info(
        { file, symbol: outcome.symbol, status: outcome.status, paragraphs: record.paragraphs.length },
        'document added',
      );
      return send(res, 200, {
        file,
        symbol: record.document.symbol,
        title: record.document.title,
        status: outcome.status,
        paragraphs: record.paragraphs.length,
        citations: record.paragraphs.reduce((n, p) => n + p.citations.length, 0),
        warnings: record.warnings,
      });
    } catch (error) {
      if (error instanceof ExtractRefusal) {
        if (error.cause) logger.error({ err: error.cause }, 'the document reader failed');
        return refuse(req, res, error.refusal, logger);
      }
      logger.error({ err: error }, 'adding a document failed');
      return refuse(req, res, refusal(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.'), logger);
    } finally {
      busy = false;
    }
  };

  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === UPLOAD_STATUS_PATH) {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        refuse(req, res, refusal(405, 'METHOD_NOT_ALLOWED', `${path} answers GET only`), logger);
      else
        send(res, 200, {
          enabled: policy.mode !== 'off',
          token: policy.mode === 'token',
          maxBytes: policy.maxBytes,
          maxPages: policy.maxPages,
          busy,
          header: UPLOAD_HEADER,
        });
      return true;
    }
    if (path !== PREVIEW_PATH && path !== LOAD_PATH) return false;
    if (req.method === 'OPTIONS') {
      // A preflight: this path grants no other origin, so the browser never sends the request.
      refuse(req, res, refusal(403, 'CROSS_ORIGIN', 'Adding documents is refused to pages of another site'), logger);
    } else if (req.method !== 'POST') {
      refuse(req, res, refusal(405, 'METHOD_NOT_ALLOWED', `${path} answers POST only`), logger, { Allow: 'POST' });
    } else {
      void handle(req, res, path === LOAD_PATH);
    }
    return true;
  };
}

/** The name given in `?name=`, reduced to a plain file name for messages; "upload" without one. */
export function documentName(url: string): string {
  let name = '';
  try {
    name = new URL(url, 'http://localhost').searchParams.get('name') ?? '';
  } catch {
    // A malformed URL names nothing.
  }
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 200);
  return clean || 'upload';
}

/** The most pages any paragraph or footnote stands on; 0 for a record without pages (text). */
function pageCount(record: ExtractedDocument): number {
  let most = 0;
  for (const item of [...record.paragraphs, ...record.footnotes] as { pages?: readonly number[] }[]) {
    for (const page of item.pages ?? []) most = Math.max(most, page);
  }
  return most;
}

/**
 * The body, when it fits in `limit` bytes; otherwise a 413 refusal, answered from Content-Length
 * before anything is read, or as soon as the count passes the limit. The rest is never buffered.
 */
function readBytes(req: IncomingMessage, limit: number): Promise<Uint8Array | Refusal> {
  const tooLarge = refusal(
    413,
    'TOO_LARGE',
    `The document is larger than the limit of ${(limit / 1048576).toFixed(1)} MB`,
  );
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(tooLarge);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        chunks.length = 0;
        resolve(tooLarge);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks, size)));
    req.once('error', () => resolve(refusal(400, 'BAD_REQUEST', 'The request was cut off before its body ended')));
    req.once('close', () => resolve(refusal(400, 'BAD_REQUEST', 'The request was cut off before its body ended')));
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/** Answers a coded refusal and drops whatever of the body is still unread; the connection closes. */
function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  why: Refusal,
  logger: Logger,
  headers: Record<string, string> = {},
): void {
  if (why.status >= 500) logger.warn({ code: why.code }, why.message);
  else logger.info({ code: why.code }, 'a request to add a document was refused');
  send(res, why.status, { error: { code: why.code, message: why.message } }, { Connection: 'close', ...headers });
  req.removeAllListeners('data');
  req.resume();
}
