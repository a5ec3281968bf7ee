// `npm run bench:seed`: generates a synthetic corpus (1,000 documents by default), loads it
// through the real extract-and-load path (seedDocuments), loads a small sample the naive way (one
// query per row), and prints both rates, their ratio and the machine they ran on, as Markdown
// for BENCHMARKS.md. Uses a throwaway local Neo4j unless NEO4J_URI is set.
//
//   npm run bench:seed -- [--docs 1000] [--naive-docs 10] [--seed 20050425] [--help]
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../graph/database.ts';
import { openBenchDatabase } from '../bench-database.ts';
import { readCatalogue } from '../../seed/catalogue/read-catalogue.ts';
import { extractPath } from '../../seed/extract.ts';
import type { ExtractedDocument } from '../../seed/extracted-document.ts';
import {
  ensureSchemaAndCatalogue,
  formatCounts,
  graphCounts,
  resetGraph,
  seedDocuments,
} from '../../seed/seed-documents.ts';
import { generateCorpus, writeCorpus } from './generate-corpus.ts';
import { naiveLoad } from './naive-load.ts';
import { formatPdfRate, measurePdfRate } from './pdf-rate.ts';
import { commandLine } from '../../seed/cli/command-line.ts';

const USAGE = `Usage: npm run bench:seed -- [options]

Generates a synthetic corpus, loads it through seedDocuments (extract and load), then again from
records extracted beforehand (the load alone), and a small sample one query per row; prints the
rates side by side as Markdown. Uses a throwaway local Neo4j unless NEO4J_URI is set (whose
:InstrumentGraph nodes it removes).

  --docs N        documents in the synthetic corpus (1000)
  --naive-docs N  documents loaded one query per row (10)
  --seed N        seed of the generator (20050425)
  --pdf-only      only the PDF extraction rate (pages/s), no database`;

const { values } = commandLine('bench:seed', USAGE, {
  options: {
    docs: { type: 'string', default: '1000' },
    'naive-docs': { type: 'string', default: '10' },
    seed: { type: 'string', default: '20050425' },
    'pdf-only': { type: 'boolean', default: false },
  },
});
const count = positiveInt('--docs', values.docs);
const naiveCount = positiveInt('--naive-docs', values['naive-docs']);
const say = (line: string) => console.log(`[bench] ${line}`);

// PDF extraction first, on a machine not yet busy with Neo4j.
const pdfRate = await measurePdfRate(join(import.meta.dirname, '../../seed/corpus/pdf'), readCatalogue());
say(formatPdfRate(pdfRate));
if (values['pdf-only']) process.exit(0);

const bench = await openBenchDatabase('bench', say);
const { work } = bench;
try {
  const { db } = bench;
  const catalogue = readCatalogue();
  const load0 = loadavg()[0]!;

  let t = performance.now();
  const files = writeCorpus(join(work, 'corpus'), generateCorpus(catalogue, { count, seed: Number(values.seed) }));
  say(`Generated ${files.length} documents in ${secs(performance.now() - t)} s`);
  t = performance.now();
  const records = new Map<string, ExtractedDocument>();
  for (const file of files) records.set(file, await extractPath(file, catalogue));
  const extractMs = performance.now() - t;
  say(`Extraction alone: ${secs(extractMs)} s (${rate(files.length, extractMs)} documents/s)`);

  // Warm-up: the JVM compiles, and Neo4j plans the loader's statements, before anything is timed.
  // A full group (100 documents, about 23,000 rows): 20 documents were too little work to warm up
  // the JVM, and the first timed group then took several times as long as the rest.
  await resetGraph(db);
  await ensureSchemaAndCatalogue(db, catalogue);
  await seedDocuments(db, files.slice(0, 100), { onError: 'stop', catalogue });
  await resetGraph(db);
  await ensureSchemaAndCatalogue(db, catalogue);
  const calibration = await calibrate(db);
  say(
    `Machine state: a trivial write transaction takes ${calibration.commitMs.toFixed(0)} ms (median of 9); ` +
      `creating 20,000 bare nodes in one statement ${calibration.bareNodesMs.toFixed(0)} ms`,
  );

  say(`Naive load of ${naiveCount} documents, one query per row...`);
  const naive = await naiveLoad(db, files.slice(0, naiveCount), catalogue);
  say(
    `Naive: ${naive.queries} queries, ${secs(naive.elapsedMs)} s, ${rate(naive.relationships, naive.elapsedMs)} relationships/s`,
  );
  await resetGraph(db);

  say(`Batched load of ${files.length} documents (seedDocuments, groups of up to 100 documents per transaction)...`);
  const report = await seedDocuments(db, files, { onError: 'continue', catalogue, log: (line) => say(line) });
  const counts = await graphCounts(db);
  for (const line of formatCounts(counts)) say(line);

  // The same load from the records extracted above: what Neo4j and the driver cost on their own.
  await resetGraph(db);
  say(`Load alone: the same ${files.length} documents from records extracted beforehand...`);
  const loadOnly = await seedDocuments(db, files, {
    onError: 'continue',
    catalogue,
    extract: (file) => records.get(file)!,
  });
  say(`Load alone: ${secs(loadOnly.elapsedMs)} s, ${rate(loadOnly.relationships, loadOnly.elapsedMs)} relationships/s`);
  const [component] = await db.read('CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version');
  const batchedRels = report.relationships / (report.elapsedMs / 1000);
  const naiveRels = naive.relationships / (naive.elapsedMs / 1000);

  console.log(`
| | batched (seedDocuments) | naive (one query per row) |
|---|---|---|
| documents | ${report.loaded.length.toLocaleString('en-US')} (${report.failed.length} failed) | ${naive.documents} |
| paragraphs | ${report.paragraphs.toLocaleString('en-US')} | ${naive.paragraphs.toLocaleString('en-US')} |
| relationships written | ${report.relationships.toLocaleString('en-US')} | ${naive.relationships.toLocaleString('en-US')} |
| elapsed (extract + load) | ${secs(report.elapsedMs)} s | ${secs(naive.elapsedMs)} s |
| elapsed, load alone (records extracted beforehand) | ${secs(loadOnly.elapsedMs)} s (${rate(loadOnly.relationships, loadOnly.elapsedMs)} relationships/s) | |
| paragraphs/s | ${rate(report.paragraphs, report.elapsedMs)} | ${rate(naive.paragraphs, naive.elapsedMs)} |
| relationships/s | ${Math.round(batchedRels).toLocaleString('en-US')} | ${Math.round(naiveRels).toLocaleString('en-US')} |
| ratio (relationships/s) | **${(batchedRels / naiveRels).toFixed(0)}×** | 1× |

Graph after the batched load: ${counts.nodeTotal.toLocaleString('en-US')} nodes, ${counts.relationshipTotal.toLocaleString('en-US')} relationships (catalogue included).
Extraction alone took ${secs(extractMs)} s of the batched run's ${secs(report.elapsedMs)} s.
${formatPdfRate(pdfRate)}

Machine: ${cpus().length} CPUs (nproc), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${cpus()[0]?.model ?? 'unknown CPU'},
Node ${process.version}, ${component?.name} ${component?.version}; load average ${load0.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end.
Machine state before the timed runs: a trivial write transaction ${calibration.commitMs.toFixed(0)} ms (median of 9), 20,000 bare nodes created in one statement ${calibration.bareNodesMs.toFixed(0)} ms.`);
} finally {
  await bench.close();
}

/**
 * Two yardsticks of how busy the machine is, printed with the figures: the same code gives very
 * different rates on an idle machine and on one shared with other Neo4j JVMs and test runs.
 */
async function calibrate(db: Database): Promise<{ commitMs: number; bareNodesMs: number }> {
  const commits: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    await db.write('CREATE (n:BenchCalibration) DELETE n');
    commits.push(performance.now() - t0);
  }
  const t0 = performance.now();
  await db.write('UNWIND range(1, 20000) AS i CREATE (:BenchCalibration {i: i})');
  const bareNodesMs = performance.now() - t0;
  await db.write('MATCH (n:BenchCalibration) DELETE n');
  return { commitMs: commits.sort((a, b) => a - b)[4]!, bareNodesMs };
}

function positiveInt(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`bench:seed: ${name} must be a positive integer, not "${value}"`);
    process.exit(2);
  }
  return n;
}

function secs(ms: number): string {
  return (ms / 1000).toFixed(1);
}

function rate(n: number, ms: number): string {
  return Math.round(n / (ms / 1000)).toLocaleString('en-US');
}
