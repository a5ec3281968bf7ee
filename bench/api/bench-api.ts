// `npm run bench:api`: this API, with its response cache (as deployed) and without it, against
// the same Cypher sent straight through neo4j-driver, and against @neo4j/graphql, in one run on one
// Neo4j. Seeds the Bangkok Declaration, measures; adds the General Assembly resolutions
// shipped in seed/corpus/ga-80, measures; then starts again from the Bangkok Declaration with the
// synthetic corpus of the seeding benchmark (bench/seed/generate-corpus.ts), and measures again.
// Each server runs in a process of its own (serve.ts) and autocannon in another (drive.ts); this
// process only seeds, checks that the four answer alike, and writes the tables into BENCHMARKS.md.
//
//   npm run bench:api -- [--docs 200] [--seconds 4] [--connections 1,8,32] [--large-connections 32]
//                        [--corpus-connections LIST] [--max-load 3] [--load-retries 3] [--no-write]
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { readCatalogue } from '../../seed/catalogue/read-catalogue.ts';
import { corpusFiles, DEFAULT_DOCUMENT } from '../../seed/corpora.ts';
import { resetGraph } from '../../seed/seed-documents.ts';
import { describeSize, openBenchDatabase, seedOrFail } from '../bench-database.ts';
import { NO_CACHE } from '../server-configs.ts';
import { generateCorpus, writeCorpus } from '../seed/generate-corpus.ts';
import type { Cell, CellResult } from './drive.ts';
import { isOurs, MEASURED, SERVER_KINDS, answerSize, type ServerKind } from './measured-queries.ts';
import { table, verdicts, writeResults, type Row } from './report.ts';
import { commandLine } from '../../seed/cli/command-line.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = 'ga-80';
const USAGE = `Usage: npm run bench:api -- [options]

Measures this API (with its response cache, as deployed, and with ${NO_CACHE}),
@neo4j/graphql and the raw driver on one throwaway Neo4j (or NEO4J_URI's, whose :InstrumentGraph
nodes it removes), and writes the tables into BENCHMARKS.md. Graphs: the Bangkok Declaration;
the same with the ${CORPUS} corpus (seed/corpus/${CORPUS}); the same with N synthetic documents.

  --docs N                 synthetic documents added for the large graph (200)
  --seed N                 seed of the synthetic corpus (20050425)
  --seconds N              measured seconds per cell (4)
  --connections LIST       concurrency levels on the Bangkok graph (1,8,32)
  --large-connections L    concurrency levels on the large graph (32)
  --corpus-connections L   concurrency levels on the Bangkok + ${CORPUS} graph (as --large-connections)
  --max-load X             wait while the load average is above X (3) ...
  --load-retries N         ... 120 s at a time, at most N times (3)
  --no-write               print the tables only`;

const { values } = commandLine('bench:api', USAGE, {
  options: {
    docs: { type: 'string', default: '200' },
    seed: { type: 'string', default: '20050425' },
    seconds: { type: 'string', default: '4' },
    connections: { type: 'string', default: '1,8,32' },
    'large-connections': { type: 'string', default: '32' },
    'corpus-connections': { type: 'string' },
    'max-load': { type: 'string', default: '3' },
    'load-retries': { type: 'string', default: '3' },
    'no-write': { type: 'boolean', default: false },
  },
});
const docs = Number(values.docs);
const seconds = Number(values.seconds);
const levelsOf = (list: string) => list.split(',').map(Number);
const levels = levelsOf(values.connections);
const largeLevels = levelsOf(values['large-connections']);
const corpusLevels = levelsOf(values['corpus-connections'] ?? values['large-connections']);
const say = (line: string) => console.log(`[bench:api] ${line}`);

const bench = await openBenchDatabase('bench-api', say);
const { work } = bench;
const servers = new Map<ServerKind, { url: string; process: ChildProcess }>();
try {
  const { db } = bench;
  const catalogue = readCatalogue();
  await resetGraph(db);
  let t = performance.now();
  await seedOrFail(db, [DEFAULT_DOCUMENT]);
  say(`Seeded the Bangkok Declaration in ${secs(performance.now() - t)} s`);
  const sizes: string[] = [];
  const checked: string[] = [];
  const bangkok = 'Bangkok';
  sizes.push(`${bangkok}, ${await describeSize(db)}`);

  for (const kind of SERVER_KINDS) servers.set(kind, await startServer(kind, { ...bench.env, NEO4J_URI: bench.uri }));
  checked.push(`${bangkok}: ${answerSizes(await checkAnswers())}`);
  await waitForQuietMachine();
  const rows: Row[] = [];
  const load: string[] = [];
  load.push(`${loadavg()[0]!.toFixed(1)} before the Bangkok cells`);
  rows.push(...(await measure(bangkok, levels)));

  t = performance.now();
  const corpus = corpusFiles(CORPUS);
  await seedOrFail(db, corpus);
  say(`Seeded the ${corpus.length} documents of ${CORPUS} in ${secs(performance.now() - t)} s`);
  const withCorpus = `Bangkok + ${CORPUS}`;
  sizes.push(`${withCorpus} (${corpus.length} resolutions), ${await describeSize(db)}`);
  checked.push(`${withCorpus}: ${answerSizes(await checkAnswers())}`);
  load.push(`${loadavg()[0]!.toFixed(1)} before the ${withCorpus} cells`);
  rows.push(...(await measure(withCorpus, corpusLevels)));

  // The synthetic documents go onto the Bangkok Declaration alone, as in earlier runs: the graph
  // starts again from nothing (every seeder transaction renews the graph's version, so no cached
  // answer of the corpus graph can be served for it).
  t = performance.now();
  const files = writeCorpus(
    join(work, 'corpus'),
    generateCorpus(catalogue, { count: docs, seed: Number(values.seed) }),
  );
  await resetGraph(db);
  await seedOrFail(db, [DEFAULT_DOCUMENT, ...files]);
  say(`Seeded the Bangkok Declaration and ${files.length} synthetic documents in ${secs(performance.now() - t)} s`);
  const large = `Bangkok + ${docs} synthetic`;
  sizes.push(`${large}, ${await describeSize(db)}`);
  checked.push(`${large}: ${answerSizes(await checkAnswers())}`);
  load.push(`${loadavg()[0]!.toFixed(1)} before the large-graph cells`);
  rows.push(...(await measure(large, largeLevels)));
  load.push(`${loadavg()[0]!.toFixed(1)} at the end`);

  const [component] = await db.read('CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version');
  const results = [
    `### ${new Date().toISOString().slice(0, 10)}, ${seconds} s per cell`,
    '',
    table(rows),
    '',
    `Graphs: ${sizes.join('; ')}.`,
    `Answers checked equal across the four servers before measuring (${checked.join('; ')}).`,
    '',
    `Machine: ${cpus().length} CPUs (nproc), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ` +
      `${component?.name} ${component?.version} on the same machine; load average ${load.join(', ')}.`,
    '',
    'Targets (judged on ours as deployed, response cache on):',
    '',
    ...verdicts(rows, bangkok),
  ].join('\n');
  console.log(`\n${results}\n`);
  if (!values['no-write']) {
    writeResults(join(ROOT, 'BENCHMARKS.md'), results);
    say('Written into BENCHMARKS.md (section "API").');
  }
} finally {
  for (const { process: child } of servers.values()) child.kill('SIGTERM');
  await bench.close();
}

/** Starts serve.ts KIND in a child process and waits for its READY line. */
function startServer(kind: ServerKind, childEnv: NodeJS.ProcessEnv): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/api/serve.ts'), kind], {
    cwd: ROOT,
    env: childEnv,
    // Our server logs a line per request (LOG_LEVEL=info, as in production): it is written, to nowhere.
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolvePromise, reject) => {
    const lines = createInterface({ input: child.stdout! });
    child.once('exit', (code) => reject(new Error(`server ${kind} exited with ${code} before it was ready`)));
    lines.on('line', (line) => {
      if (!line.startsWith('READY ')) return;
      lines.close();
      child.stdout!.resume();
      const url = line.slice('READY '.length);
      say(`${kind} answers at ${url}`);
      resolvePromise({ url, process: child });
    });
  });
}

function request(kind: ServerKind, name: string): { url: string; body: string } {
  const server = servers.get(kind)!;
  const query = MEASURED.find((q) => q.name === name)!;
  if (kind === 'raw') return { url: `${server.url}/${name}`, body: '{}' };
  return { url: server.url, body: JSON.stringify(isOurs(kind) ? query.ours : query.neo4jGraphql) };
}

/** Asks each server each question once and fails unless the four answers hold as many items. */
async function checkAnswers(): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (const { name } of MEASURED) {
    const counts = new Map<ServerKind, number | undefined>();
    for (const kind of SERVER_KINDS) {
      const { url, body } = request(kind, name);
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const answer = (await response.json()) as { errors?: unknown };
      if (!response.ok || answer.errors)
        throw new Error(`${kind} failed on ${name}: ${JSON.stringify(answer).slice(0, 500)}`);
      counts.set(kind, answerSize(kind, name, answer));
    }
    const distinct = new Set(counts.values());
    if (distinct.size !== 1 || distinct.has(undefined))
      throw new Error(`the servers disagree on ${name}: ${JSON.stringify(Object.fromEntries(counts))}`);
    found.set(name, counts.get('ours')!);
  }
  return found;
}

function answerSizes(found: Map<string, number>): string {
  return [...found].map(([name, count]) => `${name} ${count}`).join(', ');
}

/** The machine is shared: wait while the load average is above --max-load, a few times at most. */
async function waitForQuietMachine(): Promise<void> {
  const max = Number(values['max-load']);
  for (let attempt = 0; attempt < Number(values['load-retries']) && loadavg()[0]! > max; attempt++) {
    say(
      `Load average ${loadavg()[0]!.toFixed(1)} > ${max}: waiting 120 s before measuring (${attempt + 1}/${values['load-retries']})`,
    );
    await new Promise((r) => setTimeout(r, 120_000));
  }
}

/**
 * Every (query, connections) of one graph; the four servers are measured one after the other
 * within each, so that they share the same moment of a shared machine.
 */
async function measure(graph: string, connectionLevels: number[]): Promise<Row[]> {
  const plan: Cell[] = [];
  const rows: Row[] = [];
  for (const { name } of MEASURED) {
    for (const connections of connectionLevels) {
      rows.push({ graph, query: name, connections, results: {} });
      for (const kind of SERVER_KINDS) {
        plan.push({
          key: `${rows.length - 1}/${kind}`,
          ...request(kind, name),
          connections,
          durationSec: seconds,
          warmUpRequests: Math.max(8, connections * 2),
        });
      }
    }
  }
  say(`${graph}: ${plan.length} cells of ${seconds} s...`);
  const planFile = join(work, 'plan.json');
  writeFileSync(planFile, JSON.stringify(plan));
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/api/drive.ts'), planFile], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    if (!line.startsWith('RESULT ')) continue;
    const result = JSON.parse(line.slice('RESULT '.length)) as CellResult;
    const [index, kind] = result.key.split('/') as [string, ServerKind];
    const row = rows[Number(index)]!;
    row.results[kind] = result;
    say(
      `${graph} ${row.query} c=${row.connections} ${kind}: ${result.requestsPerSec.toFixed(1)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.errors} errors`,
    );
  }
  const code = await new Promise<number | null>((r) =>
    child.exitCode !== null ? r(child.exitCode) : child.once('exit', r),
  );
  if (code !== 0) throw new Error(`drive.ts exited with ${code}`);
  return rows;
}

function secs(ms: number): string {
  return (ms / 1000).toFixed(1);
}
