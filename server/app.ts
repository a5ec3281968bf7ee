// Builds the API: the Yoga app with the schema, the per-request context, the limits, error codes,
// request ids and health. It opens no port: tests call `app.fetch(...)` in-process and
// http-server.ts puts it behind a node:http server.
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import { createAdmission } from './admission.ts';
import type { ServerConfig } from './config.ts';
import { createContext, createProcessMemo, type ApiContext } from './context.ts';
import { graphiqlOptions } from './graphiql.ts';
import { createLogger, yogaLogger } from './logger.ts';
import { useAdmission } from './plugins/use-admission.ts';
import { errorMasking } from './plugins/use-error-codes.ts';
import { useHealth } from './plugins/use-health.ts';
import { useLimits } from './plugins/use-limits.ts';
import { requestIdOf, useRequestId } from './plugins/use-request-id.ts';
import { useResponseCache } from './plugins/use-response-cache.ts';
import type { ReadableDatabase } from './cypher-reader.ts';
import { buildSchema } from './schema/load-schema.ts';

/**
 * How long a request waits for the graph's version before it skips the response cache (or less:
 * never longer than the API's own query timeout).
 */
const VERSION_READ_TIMEOUT_MS = 2_000;

export interface CreateAppOptions {
  /** The database to read from; only `read` and `ping` are used. */
  db: ReadableDatabase;
  config: ServerConfig;
  logger?: Logger;
}

// The server context is whatever the host adds (node:http adds req/res); the API needs none of it.
export type App = YogaServerInstance<Record<string, unknown>, ApiContext>;

export function createApp({
  db,
  config,
  logger = createLogger(config.logLevel, config.logFormat),
}: CreateAppOptions): App {
  const memo = createProcessMemo();
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    // Yoga's own liveness answer moves aside: /health is ours and asks Neo4j (use-health.ts).
    healthCheckEndpoint: '/live',
    landingPage: false,
    graphiql: graphiqlOptions,
    // GraphiQL's page with its scripts and styles inline, from the installed package: no CDN, so it works offline.
    renderGraphiQL,
    // No CORS headers at all unless origins are configured: browsers then allow the same origin only.
    cors:
      config.corsOrigins.length === 0
        ? false
        : {
            origin: config.corsOrigins.includes('*') ? '*' : config.corsOrigins,
            methods: ['GET', 'POST'],
            credentials: false,
          },
    maskedErrors: errorMasking(logger, config.queryTimeoutMs),
    logging: yogaLogger(logger),
    context: ({ request }) => {
      const requestId = requestIdOf(request);
      return createContext(db, config, requestId, logger.child({ reqId: requestId }), memo);
    },
    plugins: [
      // A person at a terminal sees a request's lines at debug only; a log collector gets them at info.
      useRequestId(logger, config.logFormat === 'pretty' ? 'debug' : 'info'),
      useHealth(db),
      ...useLimits(config),
      // Before the response cache, whose version read is a database read too.
      useAdmission(createAdmission(config.admission), db),
      ...(config.responseCacheBytes > 0
        ? useResponseCache(db, {
            maxBytes: config.responseCacheBytes,
            timeoutMs: Math.min(VERSION_READ_TIMEOUT_MS, config.queryTimeoutMs),
          })
        : []),
    ],
  });
}
