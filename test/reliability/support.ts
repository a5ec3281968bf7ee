// Shared by the reliability tests: a Neo4j of their own (started, SIGKILLed, restarted on the same
// port and data folder, always cleaned up), the state of one document in the graph, and the
// census that proves a database unchanged.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../graph/database.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../graph/neo4j-local/local-neo4j.ts';
import { freePort } from '../../graph/neo4j-local/free-port.ts';
export { freePort };

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Java processes whose command line names `dataDir`: what an interrupted launcher must not leave. */
export function javaProcessesFor(dataDir: string): string[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => /\bjava\b/.test(line) && line.includes(dataDir)).map((line) => line.trim());
}

/** Waits (bounded) until no process has this pid; SIGKILLed children are reaped by Node quickly. */
export async function waitForExit(pid: number, timeoutMs = 30_000): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await sleep(100);
  }
  throw new Error(`process ${pid} still runs after ${timeoutMs} ms`);
}

/**
 * A throwaway Neo4j that a test may crash: `kill()` SIGKILLs the JVM (no shutdown hook, no
 * checkpoint), `restart()` starts another on the same port and data folder, `dispose()` stops
 * whatever runs and removes the folder. Call dispose() in afterAll so no JVM outlives the file.
 */
export interface CrashableNeo4j {
  uri: string;
  dataDir: string;
  pid(): number | undefined;
  kill(): Promise<void>;
  restart(): Promise<number>;
  dispose(): Promise<void>;
}

export async function crashableNeo4j(name: string): Promise<CrashableNeo4j> {
  const dir = mkdtempSync(join(tmpdir(), `instrument-graph-${name}-`));
  const dataDir = join(dir, 'data');
  const port = await freePort();
  const start = () => startLocalNeo4j({ port, dataDir, heap: '1g', startTimeoutMs: 240_000, shortLived: true });
  let current: LocalNeo4j | undefined;
  try {
    current = await start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  if (current.reused) throw new Error(`port ${port} was taken by another Neo4j`);
  return {
    uri: current.uri,
    dataDir,
    pid: () => current?.pid,
    async kill() {
      const pid = current?.pid;
      current = undefined;
      if (pid === undefined) return;
      process.kill(pid, 'SIGKILL');
      await waitForExit(pid);
    },
    async restart() {
      const started = performance.now();
      current = await start();
      return performance.now() - started;
    },
    async dispose() {
      const pid = current?.pid;
      await current?.stop().catch(() => {});
      current = undefined;
      if (pid !== undefined) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      for (const line of javaProcessesFor(dataDir)) {
        try {
          process.kill(Number(line.split(/\s+/)[0]), 'SIGKILL');
        } catch {
          // already gone
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What the graph holds of one document: enough to tell whole, absent and half-written apart. */
export interface DocumentState {
  /** Null when the document is absent (or only a placeholder that others cite). */
  contentHash: string | null;
  declaredParagraphs: number | null;
  paragraphs: number;
  hasParagraph: number;
  footnotes: number;
  cites: number;
  mentions: number;
  themes: number;
  references: number;
}

export async function documentState(db: Database, symbol: string): Promise<DocumentState> {
  const [row] = await db.read(
    `OPTIONAL MATCH (d:Document {id: $symbol})
     RETURN d.contentHash AS contentHash, d.paragraphCount AS declaredParagraphs,
       COUNT { MATCH (p:Paragraph {document: $symbol}) RETURN p } AS paragraphs,
       COUNT { MATCH (:Document {id: $symbol})-[r:HAS_PARAGRAPH]->() RETURN r } AS hasParagraph,
       COUNT { MATCH (f:Footnote {document: $symbol}) RETURN f } AS footnotes,
       COUNT { MATCH (:Paragraph {document: $symbol})-[r:CITES]->() RETURN r } AS cites,
       COUNT { MATCH (:Paragraph {document: $symbol})-[r:MENTIONS]->() RETURN r } AS mentions,
       COUNT { MATCH (:Paragraph {document: $symbol})-[r:ADDRESSES]->() RETURN r } AS themes,
       COUNT { MATCH (:Document {id: $symbol})-[r:REFERENCES]->() RETURN r } AS references`,
    { symbol },
  );
  return row as unknown as DocumentState;
}

export const ABSENT: DocumentState = {
  contentHash: null,
  declaredParagraphs: null,
  paragraphs: 0,
  hasParagraph: 0,
  footnotes: 0,
  cites: 0,
  mentions: 0,
  themes: 0,
  references: 0,
};

/** Whole: loaded, with as many paragraphs as the document node declares, all linked to it. */
export function isWhole(state: DocumentState): boolean {
  return (
    state.contentHash !== null &&
    state.paragraphs > 0 &&
    state.paragraphs === state.declaredParagraphs &&
    state.hasParagraph === state.paragraphs
  );
}

/** Nodes, relationships and properties of the whole database. */
export async function census(db: Database): Promise<{ nodes: number; relationships: number; props: number }> {
  const [row] = await db.read(
    'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS relationships, sum(size(keys(n))) AS props',
  );
  return row as { nodes: number; relationships: number; props: number };
}

export interface Heap {
  /** False when the server could not force a collection (no --expose-gc). */
  gc: boolean;
  heapUsed: number;
  rss: number;
}

export interface ServerProcess {
  url: string;
  /** The server's memory after a forced full GC. */
  heap(): Promise<Heap>;
  close(): Promise<void>;
}

/** Starts server-process.ts on the run's Neo4j (given as neo4j) and waits until it listens. */
export async function startServerProcess(
  neo4j: { uri: string; user: string; password: string; database: string },
  config: Record<string, unknown> = {},
): Promise<ServerProcess> {
  const { fork } = await import('node:child_process');
  const child = fork('test/reliability/server-process.ts', [], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      TEST_SERVER_CONFIG: JSON.stringify(config),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const reply = <T>(type: string, send?: string) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} from the server process within 60 s`)), 60_000);
      const listener = (message: { type: string }) => {
        if (message.type !== type) return;
        clearTimeout(timer);
        child.off('message', listener);
        resolve(message as T);
      };
      child.on('message', listener);
      if (send) child.send({ type: send });
    });
  let url: string;
  try {
    url = (await reply<{ url: string }>('ready')).url;
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    heap: () => reply<Heap>('heap', 'heap'),
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'close' });
      await Promise.race([exited, sleep(10_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
