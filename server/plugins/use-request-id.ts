// Gives each request an id (the caller's X-Request-Id when it is sane, else a new UUID), echoes it
// in the response, and logs one line per request and per operation with it, including how many
// database round trips the operation made.
import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { ApiContext } from '../context.ts';

const HEADER = 'x-request-id';
const SANE_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const ids = new WeakMap<Request, { id: string; started: number }>();

/** The id of a request this plugin has seen (a fresh one otherwise, e.g. for a direct execute). */
export function requestIdOf(request: Request): string {
  let entry = ids.get(request);
  if (!entry) {
    const given = request.headers.get(HEADER);
    entry = { id: given && SANE_ID.test(given) ? given : randomUUID(), started: performance.now() };
    ids.set(request, entry);
  }
  return entry.id;
}

export function useRequestId(logger: Logger, level: 'info' | 'debug' = 'info'): Plugin<ApiContext> {
  return {
    onRequest({ request }) {
      requestIdOf(request);
    },
    onExecute({ args }) {
      const ctx = args.contextValue;
      const started = performance.now();
      return {
        onExecuteDone({ result }) {
          const errors = 'errors' in result ? (result.errors ?? []) : [];
          ctx.logger[level](
            {
              operation: args.operationName ?? null,
              ms: Math.round(performance.now() - started),
              roundTrips: ctx.db.count,
              errors: errors.length ? errors.map((e) => e.extensions?.code ?? 'UNCODED') : undefined,
            },
            'graphql operation',
          );
        },
      };
    },
    onResponse({ request, response }) {
      const id = requestIdOf(request);
      response.headers.set(HEADER, id);
      const entry = ids.get(request);
      const url = new URL(request.url);
      logger[level](
        {
          reqId: id,
          method: request.method,
          path: url.pathname,
          status: response.status,
          ms: entry ? Math.round(performance.now() - entry.started) : undefined,
        },
        'request',
      );
    },
  };
}
