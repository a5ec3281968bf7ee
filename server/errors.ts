// The errors the API answers with, each a GraphQLError carrying a stable extensions.code that
// clients switch on. Anything else a resolver throws is unexpected and Yoga masks it.
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** Too many operations at once: refused before it ran; retry after the Retry-After header. */
  SERVER_BUSY: 'SERVER_BUSY',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** A name or id that names nothing; `argument` is the argument that held it. */
export function notFound(argument: string, key: string): GraphQLError {
  return apiError(ErrorCode.NOT_FOUND, `Nothing is named ${JSON.stringify(key)} (argument "${argument}")`, {
    argument,
  });
}

export function badInput(argument: string, message: string): GraphQLError {
  return apiError(ErrorCode.BAD_USER_INPUT, `Argument "${argument}": ${message}`, { argument });
}

/** A name that fits several nodes ("op-12" held by two documents): the caller must pick an id. */
export function ambiguous(argument: string, key: string, ids: string[]): GraphQLError {
  const shown = ids.slice(0, 10);
  return apiError(
    ErrorCode.BAD_USER_INPUT,
    `Argument "${argument}": ${JSON.stringify(key)} names ${ids.length} nodes; give one of their ids: ${shown.join(', ')}${ids.length > shown.length ? ', ...' : ''}`,
    { argument, candidates: shown },
  );
}

/** Checks an integer argument against its bounds, so limits fail loudly instead of clamping quietly. */
export function checkRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(argument, `must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}

/** Longest id or name any argument takes; longer input is an abuse, not a name. */
export const MAX_KEY_LENGTH = 500;

export function checkKey(argument: string, value: string): string {
  if (value.length > MAX_KEY_LENGTH) throw badInput(argument, `must be at most ${MAX_KEY_LENGTH} characters`);
  return value;
}
