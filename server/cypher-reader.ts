// How resolvers reach the database: by the name of a .cypher file under graph/queries/api/, in a
// read transaction bounded by the API's timeout and tagged with the request id, so a slow query in
// Neo4j's log leads back to the request that sent it. Counts round trips per request for the logs.
import neo4j from 'neo4j-driver';
import { cypher } from '../graph/cypher.ts';
import type { Database, Params, Row } from '../graph/database.ts';
import { DatabaseError } from '../graph/errors.ts';

/** The part of Database the API needs: reading only. */
export type ReadableDatabase = Pick<Database, 'read' | 'ping'>;

export interface ApiReader {
  /** Runs graph/queries/api/<name>.cypher. */
  read(name: string, params?: Params): Promise<Row[]>;
  /**
   * Runs graph/queries/api/<name>.cypher after resolve-keys.cypher, which turns each of `keys`
   * (ids or names) into `key, candidates` rows for the statement to continue from.
   */
  resolve(name: string, keys: (string | null)[], params?: Params, options?: { exact?: boolean }): Promise<Row[]>;
  /** Round trips this reader has made. */
  readonly count: number;
}

export interface ReaderOptions {
  timeoutMs: number;
  /** How long past its own timeout a transaction may take before the API stops waiting for it. */
  deadlineSlackMs: number;
  requestId: string;
}

export function createReader(db: ReadableDatabase, options: ReaderOptions): ApiReader {
  let count = 0;
  const run = (name: string, query: string, params: Params) => {
    count++;
    const read = db.read(query, integers(params), {
      timeoutMs: options.timeoutMs,
      metadata: { app: 'instrument-graph-api', query: name, requestId: options.requestId },
    });
    // Neo4j stops a slow transaction at timeoutMs itself (QUERY_TIMEOUT). No answer well past that
    // means either the driver cannot reach the database and is retrying (for up to 30 s), or the
    // database is swamped: a ping tells which, so a busy server is never reported as an outage.
    const deadline = options.timeoutMs + options.deadlineSlackMs;
    const late = new DatabaseError('DATABASE_UNAVAILABLE', `Neo4j did not answer within ${deadline} ms`);
    return withDeadline(read, deadline, () => late).catch(async (error: unknown) => {
      // Only our own deadline is in doubt; a driver that says the database is away is believed.
      if (error === late && (await db.ping()).ok) {
        throw new DatabaseError('DATABASE_BUSY', `Neo4j answers, but not this query within ${deadline} ms`, {
          cause: error,
        });
      }
      throw error;
    });
  };
  return {
    read: (name, params = {}) => run(name, cypher(`api/${name}`), params),
    resolve: (name, keys, params = {}, { exact = false } = {}) =>
      // The resolve-keys opening is a fixed file, not user text: the statement stays parameterised.
      run(name, `${cypher('api/resolve-keys')}\n${cypher(`api/${name}`)}`, { ...params, keys, exact }),
    get count() {
      return count;
    },
  };
}

/** JavaScript numbers reach Cypher as floats, which LIMIT and list slices refuse: whole numbers go as integers. */
function integers(params: Params): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(params))
    out[key] = Number.isSafeInteger(value) ? neo4j.int(value as number) : value;
  return out;
}

/** The promise's outcome, or the error `late()` makes when it takes longer than `ms`. */
export function withDeadline<T>(promise: Promise<T>, ms: number, late: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(late()), ms);
  });
  // The abandoned read still settles later; its failure is expected and must not go unhandled.
  promise.catch(() => {});
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
