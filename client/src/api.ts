// GraphQL over fetch, with the three ways a call can fail told apart (network, HTTP, GraphQL)
// so the page can say which one happened, and a busy signal for slow answers.
import type { TypedDocumentString } from './generated/graphql.ts';

export type ApiErrorKind = 'network' | 'http' | 'graphql' | 'timeout';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: ApiErrorKind,
    /** `extensions.code` of the first GraphQL error, when the server gave one. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiOptions {
  /** Where the GraphQL endpoint lives; same origin so the dev proxy and `npm start` both work. */
  endpoint: string;
  /** Give up after this long: a hung server must end in a message, not an endless spinner. */
  timeoutMs: number;
  /** Report "busy" only after this long, so fast answers do not flash a loading state. */
  slowMs: number;
  /** Injected for tests. */
  fetch: typeof fetch;
}

export const defaults: Omit<ApiOptions, 'fetch'> = {
  endpoint: '/graphql',
  timeoutMs: 20_000,
  slowMs: 250,
};

export type BusyListener = (busy: boolean) => void;

/** A generated document (client/src/generated/graphql.ts): the query's text, typed with its answer and variables. */
export type Document<R, V> = TypedDocumentString<R, V>;

export interface Api {
  /** The answer's type comes from the document, so a query and the code that reads it cannot drift. */
  request<R, V>(document: Document<R, V>, variables?: V): Promise<R>;
  /** Called with true when a request has been pending longer than `slowMs`, false when none are. */
  onBusy(listener: BusyListener): void;
}

export function createApi(options: Partial<ApiOptions> = {}): Api {
  const opts: ApiOptions = { ...defaults, fetch: globalThis.fetch.bind(globalThis), ...options };
  const listeners: BusyListener[] = [];
  let pending = 0;
  let busy = false;
  const setBusy = (value: boolean) => {
    if (value === busy) return;
    busy = value;
    for (const listener of listeners) listener(value);
  };

  async function request<R, V>(document: Document<R, V>, variables?: V): Promise<R> {
    pending += 1;
    const slow = setTimeout(() => setBusy(true), opts.slowMs);
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), opts.timeoutMs);
    try {
      return await send<R>(opts, document.toString(), variables ?? {}, controller.signal);
    } finally {
      clearTimeout(slow);
      clearTimeout(timeout);
      pending -= 1;
      if (pending === 0) setBusy(false);
    }
  }

  return { request, onBusy: (listener) => void listeners.push(listener) };
}

async function send<T>(opts: ApiOptions, query: string, variables: unknown, signal: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await opts.fetch(opts.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (signal.aborted)
      throw new ApiError(`The API did not answer within ${Math.round(opts.timeoutMs / 1000)} s.`, 'timeout');
    throw new ApiError(`Cannot reach the API (${(error as Error).message}).`, 'network');
  }
  let body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = undefined;
  }
  const first = body?.errors?.[0];
  if (first) throw new ApiError(first.message, 'graphql', first.extensions?.code);
  if (!response.ok || !body?.data) {
    throw new ApiError(`${`The API answered ${response.status} ${response.statusText}`.trim()}.`, 'http');
  }
  return body.data;
}
