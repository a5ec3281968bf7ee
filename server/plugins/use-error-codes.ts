// Turns database failures into GraphQL errors with codes a client can act on, and masks every
// other unexpected error (no stack, no Cypher, no driver message ever reaches a response).
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError, type YogaMaskedErrorOpts } from 'graphql-yoga';
import type { Logger } from 'pino';
import { DatabaseError } from '../../graph/errors.ts';
import { ErrorCode } from '../errors.ts';

// Checked by name rather than instanceof: under a bundler or test runner `graphql` can load twice
// (ESM and CommonJS), and an error from the other copy must not be taken for an unexpected one.
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

function databaseErrorOf(error: unknown): DatabaseError | undefined {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    if (e instanceof DatabaseError) return e;
    e = isGraphQLError(e) ? e.originalError : e instanceof Error ? e.cause : undefined;
  }
  return undefined;
}

/**
 * Errors the API raised on purpose (argument checks, limits, parse and validation errors): a
 * GraphQLError that wraps nothing, or wraps another GraphQLError.
 */
function isDeliberate(error: unknown): boolean {
  return isGraphQLError(error) && (!error.originalError || isGraphQLError(error.originalError));
}

/** Seconds a client is told to wait before it retries a busy server. */
const BUSY_RETRY_AFTER_S = 2;

/**
 * The code and the message a client sees for a database failure (and the HTTP status and headers,
 * where the failure is the whole answer's); null when it must be masked.
 */
export function describeDatabaseError(
  error: DatabaseError,
  timeoutMs: number,
): { code: ErrorCode; message: string; http?: { status: number; headers: Record<string, string> } } | null {
  if (error.code === 'DATABASE_UNAVAILABLE') {
    return {
      code: ErrorCode.DATABASE_UNAVAILABLE,
      message: 'The database is unavailable at the moment; try again shortly',
    };
  }
  if (error.code === 'DATABASE_FAILED') {
    // An operator's problem (a full disk, a database to restart), not the client's: /health says which.
    return {
      code: ErrorCode.DATABASE_UNAVAILABLE,
      message: 'The database has failed and is unavailable until it is repaired; /health says why',
    };
  }
  if (error.code === 'DATABASE_BUSY') {
    return {
      code: ErrorCode.SERVER_BUSY,
      message: 'The server is busy: the database did not answer this query in time; try again shortly',
      http: { status: 503, headers: { 'Retry-After': String(BUSY_RETRY_AFTER_S) } },
    };
  }
  if (error.code === 'QUERY_TIMEOUT') {
    return {
      code: ErrorCode.QUERY_TOO_COMPLEX,
      message: `The query took longer than ${timeoutMs} ms and was stopped; ask for less`,
    };
  }
  return null;
}

/**
 * graphql-js reports a variable of the wrong type ("Variable "$f" got invalid value ...") and an
 * operation the schema cannot run (a subscription) without a code; every error a client sees has one.
 */
export function withCode(error: GraphQLError): GraphQLError {
  if (typeof error.extensions?.code === 'string') return error;
  const code = /^Variable "\$/.test(error.message) ? ErrorCode.BAD_USER_INPUT : 'GRAPHQL_VALIDATION_FAILED';
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

export function errorMasking(logger: Logger, timeoutMs: number): YogaMaskedErrorOpts {
  return {
    errorMessage: 'Unexpected error.',
    // Never the development mode, which would copy the original error and its stack into the response.
    isDev: false,
    maskError: (error, message) => {
      const failure = databaseErrorOf(error);
      const described = failure && describeDatabaseError(failure, timeoutMs);
      if (described) {
        logger.warn({ code: failure.code, err: failure }, described.message);
        const at = isGraphQLError(error) ? error : undefined;
        return new GraphQLError(described.message, {
          nodes: at?.nodes,
          path: at?.path,
          extensions: { code: described.code, ...(described.http ? { http: described.http } : {}) },
        });
      }
      if (isDeliberate(error)) return withCode(error as GraphQLError);
      logger.error(
        { err: isGraphQLError(error) ? (error.originalError ?? error) : error },
        'Unexpected error (masked)',
      );
      return yogaMaskError(error, message, false);
    },
  };
}
