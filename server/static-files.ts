// Serves the built explorer (client/dist) with security headers: files as they are, and
// index.html for any other path without a file extension, so the client's own routes load.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * For the explorer's pages: scripts, styles and data only from this origin (the explorer calls
 * /graphql on the same origin), inline styles allowed because Cytoscape sets them, and no framing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Headers every response of the server carries. No page of ours may be framed by another site
 * (clickjacking): GraphiQL, served by Yoga, gets frame-ancestors too; the explorer's pages
 * replace this policy with the full one below, which forbids framing as well.
 */
export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'",
};

export const STATIC_HEADERS: Record<string, string> = {
  ...COMMON_HEADERS,
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

/** A handler that answers GET/HEAD for files under `dir`; returns false for what it does not serve. */
export function staticFiles(dir: string): StaticHandler {
  const root = resolve(dir);
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return false;
    }
    if (path.includes('\0')) return false;
    let file = resolve(join(root, normalize(path)));
    // Never a file outside the client folder, however the path is spelt.
    if (file !== root && !file.startsWith(root + sep)) return false;
    if (!isFile(file)) {
      if (extname(path) !== '') return false;
      file = join(root, 'index.html');
      if (!isFile(file)) return false;
    }
    const hashed = file.includes(`${sep}assets${sep}`);
    res.writeHead(200, {
      ...STATIC_HEADERS,
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      // Vite names built assets by content hash: they never change; index.html always may.
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return true;
  };
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
