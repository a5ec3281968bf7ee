// The one owner of the Neo4j driver. Every query in the project goes through `read` or `write`:
// they pick the transaction mode, bound its time, tag it with metadata, close the session in
// `finally`, convert results to plain values and map failures to typed errors.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { toDatabaseError, DatabaseError } from './errors.ts';
import { toPlain, type Plain } from './values.ts';

export interface ConnectOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  /** Upper bound for every transaction (milliseconds). */
  txTimeoutMs?: number;
  /** How many times to try to reach the database before giving up. */
  attempts?: number;
  /** Delay between attempts, doubled each time up to 5 s. */
  retryDelayMs?: number;
  /** How long executeRead/executeWrite keep retrying transient failures (milliseconds). */
  maxRetryTimeMs?: number;
  /** How long one attempt to reach the database may take before the port is deemed silent. */
  connectionTimeoutMs?: number;
  /** Told about each failed attempt, for progress output. */
  onRetry?: (attempt: number, error: DatabaseError) => void;
}

/** A database answers a handshake in milliseconds; a port silent this long is not a Neo4j. */
export const CONNECTION_TIMEOUT_MS = 10_000;

class SilentPortError extends Error {}

/** The promise, or SilentPortError after `ms`; the abandoned attempt's later failure is ignored. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  promise.catch(() => {});
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new SilentPortError()), ms))),
  ]).finally(() => clearTimeout(timer));
}

export type Row = Record<string, Plain>;
export type Ping = { ok: true } | { ok: false; problem: string };
export type Params = Record<string, unknown>;

export interface QueryOptions {
  /** Shown in Neo4j's query log and `SHOW TRANSACTIONS`: who asked, and why. */
  metadata?: Record<string, string>;
  timeoutMs?: number;
}

export class Database {
  /** Number of queries sent, for tests that prove one operation is one round trip. */
  queryCount = 0;

  private constructor(
    private readonly driver: Driver,
    readonly uri: string,
    readonly database: string,
    private readonly txTimeoutMs: number,
  ) {}

  /** Opens a driver and waits until the database answers, with bounded retries. */
  static async connect(options: ConnectOptions): Promise<Database> {
    const auth = options.password ? neo4j.auth.basic(options.user ?? 'neo4j', options.password) : undefined;
    const driver = neo4j.driver(options.uri, auth, {
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxConnectionPoolSize: 64,
      disableLosslessIntegers: false,
      // executeRead/executeWrite retry transient failures; bounded so that a request made while
      // the database is down fails within seconds instead of hanging for the default 30 s.
      maxTransactionRetryTime: options.maxRetryTimeMs ?? 5_000,
    });
    const db = new Database(driver, options.uri, options.database ?? 'neo4j', options.txTimeoutMs ?? 15_000);
    const attempts = options.attempts ?? 5;
    let delay = options.retryDelayMs ?? 250;
    const connectionTimeoutMs = options.connectionTimeoutMs ?? CONNECTION_TIMEOUT_MS;
    for (let attempt = 1; ; attempt++) {
      try {
        await withTimeout(driver.verifyConnectivity({ database: db.database }), connectionTimeoutMs);
        return db;
      } catch (error) {
        if (error instanceof SilentPortError) {
          // A port that accepts connections and never answers will not start answering: no retries.
          await driver.close();
          throw new DatabaseError(
            'DATABASE_UNAVAILABLE',
            `Could not connect to Neo4j at ${options.uri}: it accepted the connection but did not answer within ${connectionTimeoutMs} ms (is that a Neo4j Bolt port?)`,
          );
        }
        const failure = toDatabaseError(error, options.uri);
        if (attempt >= attempts) {
          await driver.close();
          throw new DatabaseError(
            'DATABASE_UNAVAILABLE',
            `Could not connect to Neo4j at ${options.uri} after ${attempts} attempts: ${failure.message}`,
            { cause: error },
          );
        }
        options.onRetry?.(attempt, failure);
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, 5_000);
      }
    }
  }

  /** Runs one query in a read transaction and returns its rows as plain objects. */
  read(query: string, params: Params = {}, options: QueryOptions = {}): Promise<Row[]> {
    return this.run('READ', (tx) => this.send(tx, query, params), options).then(rowsOf);
  }

  /** Runs one query in a write transaction and returns its rows as plain objects. */
  write(query: string, params: Params = {}, options: QueryOptions = {}): Promise<Row[]> {
    return this.run('WRITE', (tx) => this.send(tx, query, params), options).then(rowsOf);
  }

  /** Runs several statements in one write transaction: all of them happen, or none. */
  writeTransaction<T>(work: (tx: WriteTx) => Promise<T>, options: QueryOptions = {}): Promise<T> {
    return this.run('WRITE', (tx) => work(new WriteTx((q, p) => this.send(tx, q, p))), options);
  }

  /** Whether the database answers a trivial query now, and if not, why (for /health and logs). */
  async ping(): Promise<Ping> {
    try {
      await this.read('RETURN 1 AS ok', {}, { timeoutMs: 2_000, metadata: { app: 'health' } });
      return { ok: true };
    } catch (error) {
      return { ok: false, problem: (error as Error).message };
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private send(tx: ManagedTransaction, query: string, params: Params): Promise<QueryResult> {
    this.queryCount++;
    return tx.run(query, params);
  }

  private async run<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    options: QueryOptions,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = {
      timeout: options.timeoutMs ?? this.txTimeoutMs,
      metadata: { app: 'instrument-graph', ...options.metadata },
    };
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw toDatabaseError(error, this.uri);
    } finally {
      await session.close();
    }
  }
}

/** A write transaction handed to `writeTransaction`; statements run in order, in one commit. */
export class WriteTx {
  constructor(private readonly send: (query: string, params: Params) => Promise<QueryResult>) {}

  async run(query: string, params: Params = {}): Promise<Row[]> {
    return rowsOf(await this.send(query, params));
  }
}

function rowsOf(result: QueryResult): Row[] {
  return result.records.map((record) => {
    const row: Row = {};
    for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
    return row;
  });
}
