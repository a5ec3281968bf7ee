// Maps Neo4j failures to a few typed errors in one function, so the seeder and the API
// can say "the database is unavailable" or "the query took too long" without knowing codes.
import { Neo4jError } from 'neo4j-driver';

export type DatabaseErrorCode =
  | 'DATABASE_UNAVAILABLE'
  /** The database answers, but not this query in time: overload, not an outage. */
  | 'DATABASE_BUSY'
  /**
   * The database itself failed (Neo.DatabaseError.*): a full disk, a panic after which it "needs
   * to be restarted". No document or query is at fault, and retrying will not help.
   */
  | 'DATABASE_FAILED'
  | 'QUERY_TIMEOUT'
  | 'CONSTRAINT_VIOLATION'
  | 'DATABASE_ERROR';

export class DatabaseError extends Error {
  override name = 'DatabaseError';
  constructor(
    readonly code: DatabaseErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function toDatabaseError(error: unknown, where: string): DatabaseError {
  if (error instanceof DatabaseError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code ?? '';
    if (UNAVAILABLE.has(code) || /ECONNREFUSED|ECONNRESET|connection.*(closed|refused)/i.test(error.message)) {
      return new DatabaseError('DATABASE_UNAVAILABLE', `Neo4j at ${where} is unavailable: ${error.message}`, {
        cause: error,
      });
    }
    if (
      code.includes('TransactionTimedOut') ||
      code.includes('Transaction.Terminated') ||
      code.includes('TransactionTimedOutClientConfiguration')
    ) {
      return new DatabaseError('QUERY_TIMEOUT', 'The database query took too long and was stopped', { cause: error });
    }
    if (code.startsWith('Neo.DatabaseError.')) {
      return new DatabaseError(
        'DATABASE_FAILED',
        `Neo4j at ${where} has failed${hintFor(code, error.message)}: ${error.message}`,
        { cause: error },
      );
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new DatabaseError('CONSTRAINT_VIOLATION', error.message, { cause: error });
    }
    return new DatabaseError('DATABASE_ERROR', `${code}: ${error.message}`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DatabaseError('DATABASE_ERROR', message, { cause: error });
}

/** What an operator can do about a failure of the database itself. */
function hintFor(code: string, message: string): string {
  if (/needs to be restarted/i.test(message))
    return ' and must be restarted (after freeing disk space, if its disk is full)';
  if (code.endsWith('TransactionLogError')) return ' to write its transaction log (is its disk full?)';
  return '';
}
