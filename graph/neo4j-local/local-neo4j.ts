// Starts the project's own Neo4j (embedded Community edition, Bolt on loopback) when NEO4J_URI
// is not set, or reuses one that already answers on the port, so `npm start`, the seeder and the
// benchmarks share one database instead of fighting over the data folder.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { resolve } from 'node:path';
import { MAVEN_CACHE_DIR, requireTool } from './classpath.ts';
import { prepareLauncher } from './launcher-build.ts';

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  /** Progress and status lines for the terminal. */
  log?: (line: string) => void;
  /** How long to wait for Bolt to answer after the JVM starts. */
  startTimeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  /** Maximum Java heap, e.g. "2g". */
  heap?: string;
  /**
   * For a Neo4j that lives for one seed or one test file: the JIT stops at its quick tier and one
   * thread collects garbage. The optimising tier's compilations cost more CPU than such a run
   * lasts to earn back (a cold seed of the ga-80 corpus: 42 s of CPU with it, 23 s without).
   */
  shortLived?: boolean;
  /** Neo4j settings by name, applied over the launcher's own (a benchmark comparing two). */
  settings?: Record<string, string>;
}

const SHORT_LIVED_JVM = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

export interface LocalNeo4j {
  uri: string;
  /** True when another process (say, `npm start`) already runs it; stop() then leaves it alone. */
  reused: boolean;
  pid: number | undefined;
  stop(): Promise<void>;
}

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const uri = `bolt://127.0.0.1:${options.port}`;
  if (await portAnswers(options.port)) {
    log(`Reusing the Neo4j already listening at ${uri}`);
    return { uri, reused: true, pid: undefined, stop: async () => {} };
  }
  const env = options.env ?? process.env;
  requireTool('java', env);
  const dataDir = resolve(options.dataDir);
  ensureWritable(dataDir);
  const { classpath, archiveOptions } = await prepareLauncher(MAVEN_CACHE_DIR, env, log);

  log(`Starting Neo4j (embedded, data in ${dataDir}) on ${uri}...`);
  const jvm = spawn(
    'java',
    [
      `-Xmx${options.heap ?? '2g'}`,
      '-XX:+ExitOnOutOfMemoryError',
      ...archiveOptions,
      ...(options.shortLived ? SHORT_LIVED_JVM : []),
      '-cp',
      classpath,
      'Launcher',
      dataDir,
      String(options.port),
      ...Object.entries(options.settings ?? {}).map(([name, value]) => `${name}=${value}`),
    ],
    { env, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const output: string[] = [];
  await waitUntilReady(jvm, output, options.startTimeoutMs ?? 120_000, dataDir);
  log(`Neo4j is ready at ${uri} (pid ${jvm.pid})`);
  return { uri, reused: false, pid: jvm.pid, stop: () => stopJvm(jvm) };
}

/**
 * The data folder must be one Neo4j can write: said here in one line naming the folder and the
 * fix, rather than by a bare ENOENT from mkdir or a long Java stack once the JVM has started.
 */
function ensureWritable(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new LocalNeo4jError(
      `Neo4j's data folder ${dataDir} cannot be created or written (${code}): make it writable, or point NEO4J_LOCAL_DATA at a folder that is.`,
    );
  }
}

function waitUntilReady(
  jvm: ChildProcessWithoutNullStreams,
  output: string[],
  timeoutMs: number,
  dataDir: string,
): Promise<void> {
  return new Promise((resolveReady, reject) => {
    let settled = false;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolveReady();
    };
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output.push(text);
      if (output.length > 200) output.shift();
      if (/^READY /m.test(text)) settle();
    };
    jvm.stdout.on('data', collect);
    jvm.stderr.on('data', collect);
    jvm.on('error', (error) => settle(new LocalNeo4jError(`Could not start java: ${error.message}`)));
    // 'close', not 'exit': only then has all the JVM's output been read, the lock message included.
    jvm.on('close', (code) => {
      const log = output.join('');
      if (/lock|FileLockException|StoreLockException/i.test(log)) {
        settle(
          new LocalNeo4jError(
            `The data folder ${dataDir} is in use by another Neo4j process. ` +
              'Stop that process, or point NEO4J_LOCAL_DATA at another folder.',
          ),
        );
      } else {
        settle(new LocalNeo4jError(`Neo4j exited (code ${code}) before it was ready. Its log:\n${tail(log)}`));
      }
    });
    const timer = setTimeout(() => {
      jvm.kill('SIGKILL');
      settle(
        new LocalNeo4jError(`Neo4j did not answer within ${timeoutMs / 1000} s. Its log:\n${tail(output.join(''))}`),
      );
    }, timeoutMs);
  });
}

/** Closes the JVM's stdin (its signal to shut down cleanly), then escalates if it lingers. */
function stopJvm(jvm: ChildProcessWithoutNullStreams): Promise<void> {
  if (jvm.exitCode !== null || jvm.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => jvm.kill('SIGKILL'), 30_000);
    jvm.once('exit', () => {
      clearTimeout(force);
      done();
    });
    jvm.stdin.end();
    jvm.kill('SIGTERM');
  });
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((answer) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(1_000);
    socket.once('connect', () => {
      socket.destroy();
      answer(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      answer(false);
    });
    socket.once('error', () => answer(false));
  });
}

function tail(log: string, lines = 30): string {
  return log.trim().split('\n').slice(-lines).join('\n');
}
