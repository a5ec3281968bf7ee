// `npm run seed`: creates the schema, loads the catalogue, then extracts and loads the documents,
// a group per transaction, a failed group retried document by document; `--reset` first removes
// what this project wrote. Exit codes: 0 done, 1 a document or the database failed, 2 bad arguments.
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readNeo4jConfig } from '../../graph/config.ts';
import { openDatabase, type OpenedDatabase } from '../../graph/open-database.ts';
import { corpusFiles, corpusNames, DEFAULT_DOCUMENT } from '../corpora.ts';
import { formatCounts, graphCounts, resetGraph, seedDocuments } from '../seed-documents.ts';

const HELP = `Usage: npm run seed -- [options] [file...]

Loads UN documents (official PDFs with a text layer, or plain text; the format is told by
content) into Neo4j as a linked graph: documents, paragraphs, footnotes and
what they cite (instruments, resolutions, documents, groups), mention (bodies) and address
(themes). First it creates the constraints and indexes and loads the catalogue
(seed/catalogue/*.json). Documents are written in groups, one transaction per group; a group
that fails is rolled back and written again one document per transaction, so a document that
fails leaves the database as it was before it and every other document lands. Re-running is
idempotent; a document whose text changed is replaced, paragraphs, citations and all.

With no file and no --reset, seeds the Bangkok Declaration (seed/corpus/E-CN.15-2005-5.txt).

Options:
  --corpus NAME        also seed a shipped corpus (${corpusNames().join(', ') || 'none'})
  --on-error MODE      after a document fails: "continue" with the rest (default) or "stop"
  --force              rewrite documents even when their text is unchanged since the last seed
  --group-size N       documents per transaction (default 100); 1 writes each in its own
  --reset              first remove every node this project created (labelled :InstrumentGraph),
                       and nothing else; with no file given, only reset
  --quiet              print only failures and the final summary
  --help               show this help

Database: NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) names the Neo4j to use.
Without it, the project's local Neo4j is started or reused on 127.0.0.1:NEO4J_LOCAL_PORT (7687)
with its data in NEO4J_LOCAL_DATA (.neo4j/data).

Exit status: 0 when every document loaded, 1 when one failed or the database did, 2 for bad
arguments.`;

class UsageError extends Error {}

interface Plan {
  files: string[];
  reset: boolean;
  onError: 'continue' | 'stop';
  force: boolean;
  quiet: boolean;
  groupSize?: number;
}

function parseSeedArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      corpus: { type: 'string', multiple: true },
      'on-error': { type: 'string' },
      force: { type: 'boolean' },
      'group-size': { type: 'string' },
      reset: { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function parse(argv: string[]): Plan | 'help' {
  let parsed: ReturnType<typeof parseSeedArgs>;
  try {
    parsed = parseSeedArgs(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const onError = values['on-error'] ?? 'continue';
  if (onError !== 'continue' && onError !== 'stop') {
    throw new UsageError(`--on-error must be "continue" or "stop", not "${onError}"`);
  }
  let groupSize: number | undefined;
  if (values['group-size'] !== undefined) {
    groupSize = Number(values['group-size']);
    if (!Number.isInteger(groupSize) || groupSize < 1) {
      throw new UsageError(`--group-size must be a positive integer, not "${values['group-size']}"`);
    }
  }
  for (const file of positionals) {
    if (!existsSync(file)) throw new UsageError(`file not found: ${file}`);
    if (!statSync(file).isFile()) throw new UsageError(`not a file: ${file}`);
  }
  let files = [...positionals];
  for (const name of values.corpus ?? []) {
    try {
      files.push(...corpusFiles(name));
    } catch (error) {
      throw new UsageError(`--corpus: ${(error as Error).message}`);
    }
  }
  const reset = values.reset ?? false;
  if (files.length === 0 && !reset) files = [DEFAULT_DOCUMENT];
  return { files, reset, onError, force: values.force ?? false, quiet: values.quiet ?? false, groupSize };
}

async function main(): Promise<number> {
  let plan: Plan | 'help';
  try {
    plan = parse(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`seed: ${error.message}\nRun "npm run seed -- --help" for the options.`);
    return 2;
  }
  if (plan === 'help') {
    console.log(HELP);
    return 0;
  }
  const say = (line: string) => console.log(`[seed] ${line}`);
  // Quiet: failures are listed once at the end, with the summary.
  const progress = plan.quiet
    ? (line: string) => {
        if (/^Stopped/.test(line)) say(line);
      }
    : say;

  const opened: OpenedDatabase = await openDatabase(readNeo4jConfig(), progress, { shortLived: true });
  const interrupt = () => {
    interrupted = true;
    say('Interrupted: the group being written is rolled back; closing the database...');
    void opened.close().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    const { db } = opened;
    if (plan.reset)
      say(`Reset: removed ${(await resetGraph(db)).toLocaleString('en-US')} nodes labelled :InstrumentGraph.`);
    let failed = 0;
    if (plan.files.length > 0) {
      const report = await seedDocuments(db, plan.files, {
        onError: plan.onError,
        force: plan.force,
        groupSize: plan.groupSize,
        log: progress,
      });
      failed = report.failed.length;
      if (failed > 0) say(`${failed} document(s) failed:`);
      for (const doc of report.failed) say(`  ${doc.file}: ${doc.error}`);
    }
    for (const line of formatCounts(await graphCounts(db))) say(line);
    return failed > 0 ? 1 : 0;
  } finally {
    await opened.close();
  }
}

/** Set by SIGINT/SIGTERM: the run then ends with 130 whatever the interrupted work threw. */
let interrupted = false;

main().then(
  (code) => process.exit(interrupted ? 130 : code),
  (error: unknown) => {
    if (!interrupted) console.error(`[seed] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(interrupted ? 130 : 1);
  },
);
