// `npm run --silent score`: precision, recall and identity of the extractor over every gold file,
// or of one extraction against one gold file. Bad input exits 2 with a message naming the file,
// so a script can tell "cannot score" from a low score (exit 0).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { readCatalogue } from '../catalogue/read-catalogue.ts';
import type { ExtractedDocument } from '../extracted-document.ts';
import { findGoldFiles, scoreGoldFiles } from '../evaluation/score-corpus.ts';
import { identityOf } from '../evaluation/score-identity.ts';
import { GoldFileError, loadGold, microAverage, scoreCitations, type Score } from '../evaluation/score.ts';
import { formatCorpus, formatScore } from '../evaluation/score-table.ts';
import { parseCommandArgs, UsageError } from './command-line.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

const usage = `Usage: npm run --silent score [-- --all] [--gold DIR] [--details] [--json]
       npm run --silent score -- <extracted.json> <gold.json> [--json]

With no files (or --all), runs the extractor over every document that has a gold file under
seed/evaluation/gold/ (each file's "source", relative to the project root, names the document;
it is read as bytes through extractBytes, so its format is told by content) and scores each
against its gold. A source the extractor cannot read (a PDF before the PDF reader, a missing file) is listed
as not scored, with its reason, and left out of the averages.

With two files, scores one extracted document (the output of \`extract --json\`) against one
gold file written by hand.

A citation is a (paragraph, target) pair; preamble and operative paragraphs of the resolution
and its annex are scored (seed/evaluation/gold/README.md). Instruments outside the catalogue
match loosely (word sets); with --all, a gold instrument written as uncatalogued also matches a catalogued id
whose title it loosely matches, so gold stays right as the catalogue grows. Printed:
  precision, recall, f1   per document, and micro-averaged: gold, found and true positives are
                          summed over the documents before the rates are taken
  identity                gold instruments that became more than one node. The ids that stand
                          for a gold instrument are the extracted ids the scorer matched to it,
                          plus, in a paragraph where it was missed, an extracted uncatalogued id
                          whose words are all words of its title or of the text's wording (a cut
                          title, a bare short form such as "the Programme of Action") or that
                          contains all the words of its title (a title that swallowed the next
                          words). More than one distinct id is a split: counted within each
                          document, and across documents (one gold target, different ids in
                          different documents). A catalogued extra is a wrong link, not a split:
                          it shows among the false positives.
Exits 0 when it could score, 2 on bad arguments or input (an invalid gold file included).

Options:
  --all        score every gold file (the default when no files are given)
  --gold DIR   look for *.gold.json under DIR instead of seed/evaluation/gold
  --details    with --all, also print each document's table, misses and false positives
  --json       print the scores as JSON
  --help       show this help`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Only the fields the scorer reads are checked: the rest of the record is the extractor's. */
const ExtractedShape = z.object({
  document: z.object({ symbol: z.string() }).passthrough(),
  paragraphs: z.array(
    z
      .object({
        id: z.string(),
        citations: z.array(
          z
            .object({
              target: z
                .object({ id: z.string(), kind: z.enum(['instrument', 'resolution', 'document', 'group']) })
                .passthrough(),
              surface: z.string(),
              via: z.enum(['text', 'footnote']),
            })
            .passthrough(),
        ),
      })
      .passthrough(),
  ),
});

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: cannot read${code === 'ENOENT' ? ': no such file' : `: ${code ?? String(error)}`}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

function loadExtracted(file: string): ExtractedDocument {
  const data = readJson(file);
  const result = ExtractedShape.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UsageError(
      `${file}: not an extracted document (extract --json): ${issue.path.join('.') || 'file'}: ${issue.message}`,
    );
  }
  return data as ExtractedDocument;
}

interface Options {
  files: string[];
  flags: Set<string>;
  goldDir?: string;
}

function parseScoreArgs(argv: string[]): Options {
  const { values, positionals } = parseCommandArgs(
    {
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        all: { type: 'boolean' },
        details: { type: 'boolean' },
        gold: { type: 'string' },
      },
    },
    { gold: 'a directory' },
  );
  const flags = new Set(
    (['json', 'all', 'details'] as const).filter((flag) => values[flag]).map((flag) => `--${flag}`),
  );
  return { files: positionals, flags, goldDir: values.gold };
}

async function scoreAll(opts: Options, io: Io): Promise<number> {
  if (opts.files.length) throw new UsageError(`--all takes no files, got ${opts.files.length}`);
  const dir = opts.goldDir ?? join(ROOT, 'seed/evaluation/gold');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${dir}: not a directory`);
  const goldFiles = findGoldFiles(dir);
  if (goldFiles.length === 0) throw new UsageError(`${dir}: no *.gold.json files`);
  const results = await scoreGoldFiles(goldFiles, ROOT, readCatalogue());
  const scores = results.map((r) => r.score).filter((s): s is Score => s !== undefined);
  const micro = microAverage(scores);
  const identity = identityOf(scores);
  if (opts.flags.has('--json')) io.out(JSON.stringify({ documents: results, micro, identity }, null, 2));
  else io.out(formatCorpus(results, micro, identity, opts.flags.has('--details')));
  return 0;
}

/** Runs the command; resolves to the exit code instead of exiting, so tests call it in-process. */
export async function runScore(argv: string[], io: Io): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(usage);
    return 0;
  }
  try {
    const opts = parseScoreArgs(argv);
    if (opts.flags.has('--all') || opts.files.length === 0) return await scoreAll(opts, io);
    if (opts.goldDir !== undefined || opts.flags.has('--details'))
      throw new UsageError('--gold and --details go with --all');
    const files = opts.files;
    const flags = [...opts.flags];
    if (files.length !== 2) throw new UsageError(`expected 2 files (extracted.json gold.json), got ${files.length}`);
    const [extractedFile, goldFile] = files as [string, string];
    const extracted = loadExtracted(extractedFile);
    const gold = loadGold(goldFile);
    const score = scoreCitations(extracted, gold);
    io.out(flags.includes('--json') ? JSON.stringify(score, null, 2) : formatScore(score));
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof GoldFileError) {
      io.err(`score: ${error.message}`);
      if (error instanceof UsageError && /option|expected 2 files|--gold|--all/.test(error.message))
        io.err('Try --help.');
      return 2;
    }
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runScore(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
}
