// The write path's client (server/upload/upload-routes.ts): whether adding documents is on, and
// the two POSTs that send a document's bytes. XMLHttpRequest rather than fetch, because only it
// reports how much of the body has gone out, which the progress bar shows.
import type { Citation, ExtractedDocument } from '../../seed/extracted-document.ts';

export type { Citation, ExtractedDocument };

export const defaults = {
  statusPath: '/api/upload',
  previewPath: '/api/documents/preview',
  loadPath: '/api/documents',
  /** Reading a PDF in the server's thread and loading it can take a while on a busy machine. */
  timeoutMs: 120_000,
};

export interface UploadStatus {
  enabled: boolean;
  /** The server wants `Authorization: Bearer <UPLOAD_TOKEN>`. */
  token: boolean;
  maxBytes: number;
  maxPages: number;
}

export interface Preview extends ExtractedDocument {
  file: string;
  pages?: number;
}

export interface Loaded {
  file: string;
  symbol: string;
  title: string;
  status: 'loaded' | 'unchanged';
  paragraphs: number;
  citations: number;
  warnings: string[];
}

/** A refusal the server explained (its code and message), or a failure to reach it. */
export class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 0,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/** The server's answer, or a disabled status when it has no write path or cannot be asked. */
export async function uploadStatus(fetchImpl: typeof fetch = fetch): Promise<UploadStatus> {
  try {
    const response = await fetchImpl(defaults.statusPath, { headers: { accept: 'application/json' } });
    if (!response.ok) return { enabled: false, token: false, maxBytes: 0, maxPages: 0 };
    return (await response.json()) as UploadStatus;
  } catch {
    return { enabled: false, token: false, maxBytes: 0, maxPages: 0 };
  }
}

export interface SendOptions {
  token?: string;
  /** Fraction of the body sent, 0 to 1. */
  onProgress?: (sent: number) => void;
}

export function previewDocument(file: File, options: SendOptions = {}): Promise<Preview> {
  return send<Preview>(defaults.previewPath, file, options);
}

export function loadDocument(file: File, options: SendOptions = {}): Promise<Loaded> {
  return send<Loaded>(defaults.loadPath, file, options);
}

function send<T>(path: string, file: File, { token, onProgress }: SendOptions): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${path}?name=${encodeURIComponent(file.name)}`);
    xhr.timeout = defaults.timeoutMs;
    // The header no form can send: it is what lets the server tell this page from another site's.
    xhr.setRequestHeader('X-Instrument-Graph', 'upload');
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => onProgress?.(e.lengthComputable && e.total > 0 ? e.loaded / e.total : 0);
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        reject(new UploadError('BAD_ANSWER', `The server answered ${xhr.status} without a readable body`, xhr.status));
        return;
      }
      const error = (body as { error?: { code?: string; message?: string } }).error;
      if (xhr.status >= 200 && xhr.status < 300 && !error) resolve(body as T);
      else
        reject(
          new UploadError(
            error?.code ?? `HTTP_${xhr.status}`,
            error?.message ?? `The server answered ${xhr.status}`,
            xhr.status,
          ),
        );
    };
    xhr.onerror = () => reject(new UploadError('NETWORK', 'The server could not be reached'));
    xhr.ontimeout = () => reject(new UploadError('TIMEOUT', `No answer within ${defaults.timeoutMs / 1000} s`));
    xhr.send(file);
  });
}
