// PDF stage 1: open the PDF with PDF.js and read each page's text items with their geometry. Every
// refusal (encrypted, corrupt, too many pages, no text layer) is an ExtractError naming the file,
// raised before any later stage runs, so nothing is loaded from a bad PDF.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { ExtractError } from '../extract-error.ts';
import { maxPdfPages } from './limits.ts';

/** One run of text as PDF.js reports it, in PDF points with y upwards from the page's foot. */
export interface PdfItem {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  /** The glyph size (the text matrix's vertical scale). */
  size: number;
  font: string;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
}

// The standard fonts shipped in the package: without them PDF.js warns for every standard font.
const require = createRequire(import.meta.url);
const standardFontDataUrl = `${pathToFileURL(join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')).href}/`;

export async function readPages(bytes: Uint8Array, file: string, maxPages = maxPdfPages): Promise<PdfPage[]> {
  // PDF.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (err) {
    await task.destroy();
    if ((err as Error).name === 'PasswordException')
      throw new ExtractError(
        'ENCRYPTED_PDF',
        file,
        'the PDF is encrypted with a password; open it and save a copy without one',
        undefined,
        { cause: err },
      );
    throw corrupt(file, 'not a readable PDF', err);
  }
  try {
    const limit = Math.min(maxPages, maxPdfPages);
    if (pdf.numPages > limit)
      throw new ExtractError(
        'TOO_MANY_PAGES',
        file,
        `the PDF has ${pdf.numPages} pages, above the limit of ${limit} for one document`,
      );
    const pages: PdfPage[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const t = item as TextItem;
        if (t.str === '') continue;
        const [a, b, c, d, e, f] = t.transform as number[];
        // Upright text only: the size is the vertical scale; rotated runs (stamps) are skipped.
        if (Math.abs(b!) > 0.01 || Math.abs(c!) > 0.01) continue;
        items.push({
          text: t.str,
          x: e! - x0,
          y: f! - y0,
          width: t.width,
          size: Math.abs(d!) || Math.abs(a!),
          font: t.fontName,
        });
      }
      pages.push({ number, width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
    }
    if (!pages.some((p) => p.items.some((i) => /[A-Za-z]{2}/.test(i.text)))) {
      throw new ExtractError('NO_TEXT', file, 'this PDF has no text; run OCR first (it is probably a scan)');
    }
    return pages;
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    throw corrupt(file, 'the PDF is damaged', err);
  } finally {
    await pdf.destroy();
  }
}

/** PDF.js passes errors on by message (a stack overflow is a RangeError no more): said plainly. */
function corrupt(file: string, problem: string, err: unknown): ExtractError {
  const message = (err as Error)?.message ?? String(err);
  const why = /call stack/i.test(message) ? 'objects nested too deeply to read' : message;
  return new ExtractError('CORRUPT_PDF', file, `${problem} (${why})`, undefined, { cause: err });
}
