// Who may add a document. The rest of the API is read-only and public; this path writes, so it
// answers only callers the operator meant:
// - on by itself only when the server listens on loopback (a person on this machine); on any other
//   interface only with UPLOAD_TOKEN, and off without one;
// - a custom header (X-Instrument-Graph: upload) that no form post can carry and that makes a
//   browser send a CORS preflight, which this path never grants: a foreign page cannot send it;
// - an Origin, when a browser sends one, naming this very host, and no `Sec-Fetch-Site: cross-site`;
// - a Host that is localhost, a loopback address or a configured name, whenever the server listens
//   on loopback: a page whose name an attacker rebound to 127.0.0.1 is same-origin to the server
//   and can send any header, but its requests still name the attacker's host.
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { ServerConfig } from '../config.ts';

/** The header every request to add a document carries, and its value. */
export const UPLOAD_HEADER = 'x-instrument-graph';
export const UPLOAD_HEADER_VALUE = 'upload';

export type UploadMode = 'loopback' | 'token' | 'off';

export interface UploadPolicy {
  /** loopback: open to this machine; token: open to holders of UPLOAD_TOKEN; off: refused. */
  mode: UploadMode;
  /** The server listens on a loopback interface: the Host check applies. */
  loopback: boolean;
  /** Host names accepted besides localhost and loopback addresses. */
  hosts: ReadonlySet<string>;
  token: string;
  maxBytes: number;
  maxPages: number;
  timeoutMs: number;
}

/** A coded refusal, answered as JSON with this status. */
export interface Refusal {
  status: number;
  code: string;
  message: string;
}

export function uploadPolicy(
  config: Pick<
    ServerConfig,
    'host' | 'uploadToken' | 'uploadHosts' | 'uploadMaxBytes' | 'uploadMaxPages' | 'uploadTimeoutMs'
  >,
): UploadPolicy {
  const loopback = isLoopback(config.host);
  const mode: UploadMode = config.uploadToken ? 'token' : loopback ? 'loopback' : 'off';
  return {
    mode,
    loopback,
    hosts: new Set(config.uploadHosts),
    token: config.uploadToken,
    maxBytes: config.uploadMaxBytes,
    maxPages: config.uploadMaxPages,
    timeoutMs: config.uploadTimeoutMs,
  };
}

/** localhost, 127.0.0.0/8, ::1 (bracketed or not), or an IPv4-mapped loopback address. */
export function isLoopback(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (isIP(name) === 4) return name.startsWith('127.');
  if (isIP(name) === 6) return name === '::1' || /^(?:0{0,4}:){5}0{0,4}:?1$/.test(name) || /^::ffff:127\./.test(name);
  return false;
}

export interface UploadHeaders {
  host?: string;
  origin?: string;
  authorization?: string;
  'sec-fetch-site'?: string;
  [UPLOAD_HEADER]?: string;
}

/** Null when the request may add a document; otherwise why not. The body is not read yet. */
export function checkUploadRequest(headers: UploadHeaders, policy: UploadPolicy): Refusal | null {
  if (policy.mode === 'off') {
    return refusal(
      403,
      'UPLOAD_DISABLED',
      'Adding documents is off on this server: it listens beyond loopback and UPLOAD_TOKEN is not set',
    );
  }
  const host = hostName(headers.host ?? '');
  if (policy.loopback || policy.hosts.size > 0) {
    if (!host || !(isLoopback(host) || policy.hosts.has(host))) {
      return refusal(
        403,
        'FOREIGN_HOST',
        `Adding documents answers only requests to localhost, a loopback address${policy.hosts.size ? ' or a name in UPLOAD_HOSTS' : ''}, not to "${(headers.host ?? '').slice(0, 100)}"`,
      );
    }
  }
  if (headers[UPLOAD_HEADER] !== UPLOAD_HEADER_VALUE) {
    return refusal(
      403,
      'UPLOAD_HEADER_REQUIRED',
      `A request to add a document must carry the header X-Instrument-Graph: ${UPLOAD_HEADER_VALUE}`,
    );
  }
  if (
    headers['sec-fetch-site'] === 'cross-site' ||
    (headers.origin !== undefined && !sameHost(headers.origin, headers.host ?? ''))
  ) {
    return refusal(
      403,
      'CROSS_ORIGIN',
      `Adding documents is refused to pages of another site${headers.origin ? ` (${headers.origin.slice(0, 100)})` : ''}`,
    );
  }
  if (policy.mode === 'token') {
    const sent = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
    if (!sent)
      return refusal(
        401,
        'UPLOAD_TOKEN_REQUIRED',
        "Adding documents needs the server's upload token: send Authorization: Bearer <UPLOAD_TOKEN>",
      );
    if (!sameSecret(sent, policy.token)) return refusal(401, 'UPLOAD_TOKEN_INVALID', 'The upload token is wrong');
  }
  return null;
}

export function refusal(status: number, code: string, message: string): Refusal {
  return { status, code, message };
}

/** The name in a Host header, lower-cased, without its port (IPv6 keeps its brackets). */
function hostName(host: string): string {
  const value = host.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  return value.split(':')[0]!;
}

/** An Origin matches when it names the host (and port) the request was sent to. */
function sameHost(origin: string, host: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host.trim().toLowerCase();
  } catch {
    // "null" (a sandboxed frame, a file:// page) and anything unparsable are not this site.
    return false;
  }
}

/** Compares digests in constant time, so the comparison's time says nothing of the token. */
function sameSecret(sent: string, token: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(sent), digest(token));
}
