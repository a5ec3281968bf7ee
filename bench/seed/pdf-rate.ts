// PDF extraction rate: the shipped official PDFs (seed/corpus/pdf/) extracted a few rounds through
// extractBytes, in pages per second. The first round warms PDF.js (module load, font tables) and
// is reported apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '../../seed/catalogue/schema.ts';
import { extractBytes } from '../../seed/extract.ts';
import { readPages } from '../../seed/pdf/read-pages.ts';

export interface PdfRate {
  files: number;
  pages: number;
  rounds: number;
  firstMs: number;
  /** Mean of the rounds after the first. */
  warmMs: number;
  /** Of which PDF.js reading the pages' text (seed/pdf/read-pages.ts), measured in a round of its own. */
  readMs: number;
}

export async function measurePdfRate(dir: string, catalogue: Catalogue, rounds = 5): Promise<PdfRate> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => join(dir, f));
  const bytes = files.map((f) => readFileSync(f));
  let pages = 0;
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const t = performance.now();
    let roundPages = 0;
    for (const [k, data] of bytes.entries()) {
      const doc = await extractBytes(data, { file: files[k]!, catalogue });
      roundPages += Math.max(
        0,
        ...doc.paragraphs.flatMap((p) => p.pages ?? []),
        ...doc.footnotes.flatMap((f) => f.pages ?? []),
      );
    }
    times.push(performance.now() - t);
    pages = roundPages;
  }
  const warm = times.slice(1);
  const t = performance.now();
  for (const [k, data] of bytes.entries()) await readPages(data, files[k]!);
  const readMs = performance.now() - t;
  return {
    files: files.length,
    pages,
    rounds,
    firstMs: times[0]!,
    warmMs: warm.reduce((a, b) => a + b, 0) / Math.max(1, warm.length),
    readMs,
  };
}

export function formatPdfRate(r: PdfRate): string {
  const perSecond = (ms: number) => (r.pages / (ms / 1000)).toFixed(0);
  return (
    `PDF extraction (${r.files} official PDFs, ${r.pages} pages, extractBytes): first round ${r.firstMs.toFixed(0)} ms ` +
    `(${perSecond(r.firstMs)} pages/s, PDF.js loading included), then ${r.warmMs.toFixed(0)} ms a round ` +
    `(${perSecond(r.warmMs)} pages/s, mean of ${r.rounds - 1}), of which PDF.js reading the text ${r.readMs.toFixed(0)} ms.`
  );
}
