// Bad PDFs, written byte by byte (test/support/minimal-pdf.ts) or cut from a real one: each is an
// ExtractError naming the file, raised before anything could be loaded, and a bomb fails fast
// (the timeout below is a hang guard, not a timing assertion).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../../seed/catalogue/read-catalogue.ts';
import { ExtractError, extractBytes, maxFileBytes } from '../../../seed/extract.ts';
import { maxPdfPages } from '../../../seed/pdf/limits.ts';
import { minimalPdf } from '../../support/minimal-pdf.ts';

const catalogue = readCatalogue();
const real = readFileSync(join(import.meta.dirname, '../../../seed/corpus/pdf/A_RES_73_8-EN.pdf'));

function oversized(): Uint8Array {
  const bytes = new Uint8Array(maxFileBytes + 1);
  bytes.set(Buffer.from('%PDF-1.7\n'));
  return bytes;
}

describe('a bad PDF is an ExtractError naming the file', () => {
  const cases: [string, () => Uint8Array, string, RegExp][] = [
    [
      'an encrypted PDF',
      () => minimalPdf({ lines: ['The General Assembly,'], encrypted: true }),
      'ENCRYPTED_PDF',
      /^bad\.pdf: the PDF is encrypted with a password/,
    ],
    ['a scan with no text layer', () => minimalPdf(), 'NO_TEXT', /^bad\.pdf: this PDF has no text; run OCR first/],
    ['a PDF cut short', () => real.subarray(0, 3000), 'CORRUPT_PDF', /^bad\.pdf: not a readable PDF/],
    [
      'a PDF header over garbage',
      () => new Uint8Array(Buffer.from(`%PDF-1.7\n${'garbage '.repeat(100)}`)),
      'CORRUPT_PDF',
      /^bad\.pdf: not a readable PDF/,
    ],
    [
      'a PDF of another genre',
      () => minimalPdf({ lines: ['Invoice 42', 'Total due: 100 dollars'] }),
      'NO_PARAGRAPHS',
      /^bad\.pdf: no recognisable paragraphs/,
    ],
    ['a file over the size limit', oversized, 'TOO_LARGE', /^bad\.pdf: the file is 10\.0 MB, above the limit of 10 MB/],
    [
      'a page tree of ten million pages in a few hundred bytes',
      () => minimalPdf({ lines: ['The General Assembly,'], treeLevels: 7 }),
      'TOO_MANY_PAGES',
      new RegExp(`^bad\\.pdf: the PDF has 10000000 pages, above the limit of ${maxPdfPages}`),
    ],
    [
      'objects nested 200,000 deep',
      () => minimalPdf({ lines: ['The General Assembly,'], nesting: 200_000 }),
      'CORRUPT_PDF',
      /^bad\.pdf: the PDF is damaged \(objects nested too deeply to read\)/,
    ],
  ];
  it.each(cases)(
    '%s',
    async (_name, make, code, message) => {
      const error = await extractBytes(make(), { file: 'bad.pdf', catalogue }).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(error).toBeInstanceOf(ExtractError);
      expect((error as ExtractError).code).toBe(code);
      expect((error as Error).message).toMatch(message);
    },
    30_000,
  );

  it('a caller may set a lower page limit, checked before any page is read', async () => {
    const error = await extractBytes(
      readFileSync(join(import.meta.dirname, '../../../seed/corpus/pdf/A_RES_73_3-EN.pdf')),
      { file: 'ten.pdf', catalogue, maxPages: 5 },
    ).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect((error as ExtractError).code).toBe('TOO_MANY_PAGES');
    expect((error as Error).message).toBe('ten.pdf: the PDF has 10 pages, above the limit of 5 for one document');
  }, 30_000);

  it('a page claiming more pages than its tree holds is read for the pages it has', async () => {
    // PDF.js counts the pages itself when /Count lies: the lie is harmless, and the text is read.
    const doc = await extractBytes(
      minimalPdf({
        lines: ['The General Assembly,', '1. Decides to remain seized of the matter.'],
        claimedPages: 10_000_000,
      }),
      { file: 'liar.pdf', catalogue },
    );
    expect(doc.paragraphs.map((p) => [p.id, p.text, p.pages])).toEqual([
      ['op-1', 'Decides to remain seized of the matter.', [1]],
    ]);
  }, 30_000);
});
