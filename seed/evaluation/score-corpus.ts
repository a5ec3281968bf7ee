// Every gold file against the real extractor: each file's `source` is read as bytes and goes
// through extractBytes, the one entry point that tells the format by content, so a new reader
// (PDF) is scored as soon as it lands there. A source the extractor cannot read is reported
// with its reason and left out of the averages, never a crash of the whole run.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Catalogue } from '../catalogue/schema.ts';
import { ExtractError, extractBytes, maxFileBytes } from '../extract.ts';
import type { ExtractedDocument } from '../extracted-document.ts';
import { catalogueTitles, loadGold, scoreCitations, type Score } from './score.ts';

export interface DocumentResult {
  /** The gold file, relative to the root it was found under. */
  goldFile: string;
  document: string;
  source: string;
  score?: Score;
  /** Why the source could not be scored (unreadable, a format the extractor does not read yet). */
  problem?: string;
}

/** The *.gold.json files under `dir`, in every subfolder, in a stable order. */
export function findGoldFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.gold.json')) out.push(path);
    }
  };
  walk(dir);
  return out.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

/** Reads a document as bytes and extracts it, whatever its format. */
export async function extractSource(path: string, catalogue: Catalogue): Promise<ExtractedDocument> {
  const size = statSync(path).size;
  if (size > maxFileBytes)
    throw new ExtractError(
      'TOO_LARGE',
      path,
      `the file is ${(size / 1048576).toFixed(1)} MB, above the limit of ${maxFileBytes / 1048576} MB`,
    );
  return extractBytes(readFileSync(path), { file: path, catalogue });
}

/**
 * Scores each gold file against the extraction of its source (a path relative to `root`).
 * Invalid gold files throw (GoldFileError, naming the file): a typo in gold is a defect to fix,
 * not a document to skip.
 */
export async function scoreGoldFiles(
  goldFiles: string[],
  root: string,
  catalogue: Catalogue,
): Promise<DocumentResult[]> {
  const results: DocumentResult[] = [];
  const titles = catalogueTitles(catalogue);
  for (const goldFile of goldFiles) {
    const gold = loadGold(goldFile);
    const result: DocumentResult = { goldFile: relative(root, goldFile), document: gold.document, source: gold.source };
    const source = resolve(root, gold.source);
    let bytes: Uint8Array | undefined;
    try {
      bytes = readFileSync(source);
      result.score = scoreCitations(await extractSource(source, catalogue), gold, { catalogueTitles: titles });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (bytes === undefined)
        result.problem = `cannot read ${gold.source}${code === 'ENOENT' ? ': no such file' : `: ${code ?? String(error)}`}`;
      else if (!(error instanceof ExtractError)) throw error;
      // The text path refused a PDF's bytes: no PDF reader behind extractBytes yet.
      else if (isPdf(bytes) && (error.code === 'BINARY_FILE' || error.code === 'BAD_ENCODING'))
        result.problem = `not readable yet: a PDF, which the extractor does not read (${error.code}: ${error.message})`;
      else result.problem = `cannot extract: ${error.message}`;
    }
    results.push(result);
  }
  return results;
}
