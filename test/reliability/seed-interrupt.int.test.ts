// The seed command interrupted while it loads, with the local Neo4j it started itself (a temp data
// folder, a free port): SIGINT to the seeder alone, after its first group of documents has been
// committed, and SIGINT to its whole process group (what Ctrl-C in a terminal does, reaching npx,
// tsx, node and the JVM at once) while its one group is being written. Afterwards no java process
// holds the folder, a new Neo4j opens it, and every document is whole or absent.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../graph/neo4j-local/local-neo4j.ts';
import { corpusFiles, DEFAULT_DOCUMENT } from '../../seed/corpora.ts';
import { extractFile } from '../../seed/extract.ts';
import { ABSENT, documentState, freePort, isWhole, javaProcessesFor, sleep } from './support.ts';

const FILES = [DEFAULT_DOCUMENT, ...corpusFiles('ga-80')];
const SYMBOLS = FILES.map((file) => extractFile(file).document.symbol);
const dirs: string[] = [];
const figures: string[] = [];

afterAll(() => {
  // Whatever a failed test left: no JVM may outlive this file.
  for (const dir of dirs) {
    for (const line of javaProcessesFor(dir)) {
      try {
        process.kill(Number(line.split(/\s+/)[0]), 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`[reliability] seed interrupted:\n  ${figures.join('\n  ')}`);
}, 60_000);

interface Interrupted {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  /** How long after SIGINT the seeder's process exited, and the JVM was gone. */
  exitMs: number;
  jvmGoneMs: number;
  dataDir: string;
  port: number;
}

/** Documents per transaction when the seeder alone is signalled: several groups, one committed. */
const GROUP_SIZE = 4;

/**
 * Starts the seed command on its own local Neo4j and sends SIGINT while documents are being
 * extracted and written: to the seeder, once its first group is committed (it writes groups of
 * GROUP_SIZE); to the group, once the catalogue is loaded (the seeder writes one group of all).
 */
async function seedAndInterrupt(how: 'seeder' | 'group'): Promise<Interrupted> {
  const dir = mkdtempSync(join(tmpdir(), `instrument-graph-sigint-${how}-`));
  dirs.push(dir);
  const dataDir = join(dir, 'data');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_LOCAL_PORT: String(port), NEO4J_LOCAL_DATA: dataDir };
  delete env.NEO4J_URI;
  const args = [
    'seed/cli/seed.ts',
    '--corpus',
    'ga-80',
    ...(how === 'seeder' ? ['--group-size', String(GROUP_SIZE)] : []),
  ];
  const signalAt = how === 'seeder' ? /\] loaded / : /Schema ready/;
  // 'seeder': node itself, so that the signal reaches the seeder alone and it must stop the JVM.
  // 'group': npx tsx in a process group of its own, signalled as a whole like a terminal's Ctrl-C.
  const child =
    how === 'seeder'
      ? spawn(process.execPath, ['--import', 'tsx', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn('npx', ['tsx', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const loading = new Promise<void>((resolve, reject) => {
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      if (signalAt.test(output)) resolve();
    };
    child.stdout!.on('data', watch);
    child.stderr!.on('data', watch);
    void exited.then(() => reject(new Error(`the seeder ended before loading:\n${output}`)));
  });
  try {
    await Promise.race([
      loading,
      sleep(240_000).then(() => {
        throw new Error(`the seeder did not reach the documents in 240 s:\n${output}`);
      }),
    ]);
    const sent = performance.now();
    if (how === 'seeder') child.kill('SIGINT');
    else process.kill(-child.pid!, 'SIGINT');
    const result = await Promise.race([exited, sleep(90_000).then(() => undefined)]);
    const exitMs = performance.now() - sent;
    expect(result, `the seeder did not exit within 90 s of SIGINT:\n${output}`).toBeDefined();
    // The JVM may take a moment longer than the node process (its shutdown hook checkpoints).
    let jvms = javaProcessesFor(dataDir);
    for (let i = 0; i < 80 && jvms.length > 0; i++) {
      await sleep(500);
      jvms = javaProcessesFor(dataDir);
    }
    const jvmGoneMs = performance.now() - sent;
    expect(jvms, `java processes left on ${dataDir}`).toEqual([]);
    return { ...result!, output, exitMs, jvmGoneMs, dataDir, port };
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      if (how === 'group') {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      } else child.kill('SIGKILL');
    }
  }
}

/** Opens the folder with a new Neo4j and checks every document is whole or absent. */
async function checkDocuments(run: Interrupted): Promise<{ whole: string[]; absent: string[] }> {
  let neo4j: LocalNeo4j | undefined;
  let db: Database | undefined;
  try {
    neo4j = await startLocalNeo4j({
      port: run.port,
      dataDir: run.dataDir,
      heap: '512m',
      startTimeoutMs: 240_000,
      shortLived: true,
    });
    expect(neo4j.reused).toBe(false);
    db = await Database.connect({ uri: neo4j.uri, attempts: 10 });
    const whole: string[] = [];
    const absent: string[] = [];
    for (const symbol of SYMBOLS) {
      const state = await documentState(db, symbol);
      if (isWhole(state)) whole.push(symbol);
      else {
        // Absent, or at most a placeholder node that another document's citation created.
        expect(state, symbol).toEqual(ABSENT);
        absent.push(symbol);
      }
    }
    return { whole, absent };
  } finally {
    await db?.close();
    await neo4j?.stop();
  }
}

describe('the seed command interrupted with SIGINT', () => {
  it.each(['seeder', 'group'] as const)(
    '(sent to the %s) leaves no JVM and no partial document',
    async (how) => {
      const run = await seedAndInterrupt(how);
      if (how === 'seeder') {
        expect(run.output).toMatch(/Interrupted/);
        expect(run.code ?? 128 + 2).toBeGreaterThan(0);
      }
      expect(run.output).not.toMatch(/\n\s+at .*\.ts:\d+/);
      const { whole, absent } = await checkDocuments(run);
      expect(whole.length + absent.length).toBe(SYMBOLS.length);
      // What the seeder said it loaded is there, whole. (A commit that the interruption caught
      // between Neo4j and the seeder may be there too, unreported: whole, as it should be.)
      const reported = [...run.output.matchAll(/\] loaded (\S+) /g)].map((match) => match[1]!);
      expect(whole).toEqual(expect.arrayContaining(reported));
      if (how === 'seeder') {
        expect(whole.length).toBeGreaterThanOrEqual(GROUP_SIZE);
        expect(absent.length).toBeGreaterThan(0);
      }
      figures.push(
        `SIGINT to the ${how}: exit ${run.code ?? run.signal} ${(run.exitMs / 1000).toFixed(1)} s after the signal, no JVM left after ${(run.jvmGoneMs / 1000).toFixed(1)} s; ` +
          `on reopening ${whole.length} document(s) whole, ${absent.length} absent, none partial`,
      );
    },
    600_000,
  );
});
