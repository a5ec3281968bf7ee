// `npm run --silent score -- <extracted.json> <gold.json> [--json]`: precision and recall of one
// extraction (the output of `extract --json`) against one gold file. Bad input exits 2 with a
// message naming the file, so a script can tell "cannot score" from a low score (exit 0).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { ExtractedDocument } from '../record.ts';
import { GoldFileError, loadGold, scoreCitations } from '../score.ts';
import { formatScore } from '../score-table.ts';

const usage = `Usage: npm run --silent score -- <extracted.json> <gold.json> [--json]

Scores the citations of one extracted document (the output of \`extract --json\`) against a
gold file written by hand (test/gold/<corpus>/*.gold.json). A citation is a (paragraph, target)
pair; preamble and operative paragraphs of the resolution and its annex are scored.

Prints a table per kind of target (gold, found, true positives, precision, recall, f1), then the
misses and the false positives. Exits 0 when it could score, 2 on bad arguments or input.

Options:
  --json   print the score as JSON
  --help   show this help`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

class UsageError extends Error {}

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
              target: z.object({ id: z.string(), kind: z.enum(['instrument', 'resolution', 'document', 'group']) }).passthrough(),
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
    throw new UsageError(`${file}: not an extracted document (extract --json): ${issue.path.join('.') || 'file'}: ${issue.message}`);
  }
  return data as ExtractedDocument;
}

/** Runs the command; returns the exit code instead of exiting, so tests call it in-process. */
export function runScore(argv: string[], io: Io): number {
  const flags = argv.filter((a) => a.startsWith('-'));
  const files = argv.filter((a) => !a.startsWith('-'));
  if (flags.includes('--help') || flags.includes('-h')) {
    io.out(usage);
    return 0;
  }
  try {
    const unknown = flags.filter((f) => f !== '--json');
    if (unknown.length) throw new UsageError(`unknown option ${unknown[0]}`);
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
      if (error instanceof UsageError && /option|expected 2 files/.test(error.message)) io.err('Try --help.');
      return 2;
    }
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = runScore(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
}
