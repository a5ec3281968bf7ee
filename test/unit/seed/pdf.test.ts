// The PDF reader on the official UN PDFs shipped in seed/corpus/pdf/: markers found from the glyphs
// are exactly the footnotes printed under the foot rule, page by page; the structure (paragraph ids,
// sections, numbers) is the one the text path gives for the same document; each paragraph and
// footnote knows its pages; and the format is told by content.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../../seed/catalogue/read-catalogue.ts';
import { extractBytes, extractFile, extractPath } from '../../../seed/extract.ts';
import { scoredParagraph } from '../../../seed/evaluation/gold.ts';
import { pageLines } from '../../../seed/pdf/lines.ts';
import { bodySize, layoutPages } from '../../../seed/pdf/page-layout.ts';
import { readPages } from '../../../seed/pdf/read-pages.ts';
import { type PdfText, toClean } from '../../../seed/pdf/to-clean.ts';
import type { ExtractedDocument } from '../../../seed/extracted-document.ts';

const catalogue = readCatalogue();
const corpus = join(import.meta.dirname, '../../../seed/corpus/pdf');
const files = { res3: join(corpus, 'A_RES_73_3-EN.pdf'), res8: join(corpus, 'A_RES_73_8-EN.pdf') };

async function readerText(file: string): Promise<PdfText> {
  const pages = await readPages(readFileSync(file), file);
  const lines = pages.map(pageLines);
  return toClean(
    layoutPages(
      lines,
      pages.map((p) => p.height),
    ),
    bodySize(lines),
  );
}

/** Per page: the markers set as superscripts in the body, and those opening a footnote. */
function markersByPage(text: PdfText): Map<number, { body: string[]; footnotes: string[] }> {
  const pages = new Map<number, { body: string[]; footnotes: string[] }>();
  const at = (page: number) => pages.get(page) ?? pages.set(page, { body: [], footnotes: [] }).get(page)!;
  for (const [line, markers] of text.markers) at(text.pageOf.get(line)!).body.push(...markers.map((m) => m.marker));
  for (const f of text.footnotes) at(text.footnotePages.get(f.key)![0]!).footnotes.push(f.marker);
  return pages;
}

const docs: Record<string, ExtractedDocument> = {};
beforeAll(async () => {
  for (const [name, file] of Object.entries(files)) docs[name] = await extractPath(file, catalogue);
}, 120_000);

describe('footnote markers from the glyphs', () => {
  it.each(Object.entries(files))(
    '%s: the markers on each page are exactly the footnotes at its foot',
    async (_name, file) => {
      const byPage = markersByPage(await readerText(file));
      expect(byPage.size).toBeGreaterThan(0);
      for (const [page, { body, footnotes }] of byPage)
        expect({ page, markers: body }).toEqual({ page, markers: footnotes });
    },
    60_000,
  );

  it('A/RES/73/3: footnotes 1-6 stand on page 2 and 7 on page 5, each held by the paragraph that carries its marker', () => {
    const doc = docs.res3!;
    expect(doc.footnotes.map((f) => [f.marker, f.pages])).toEqual([
      ['1', [2]],
      ['2', [2]],
      ['3', [2]],
      ['4', [2]],
      ['5', [2]],
      ['6', [2]],
      ['7', [5]],
    ]);
    expect(doc.footnotes.map((f) => f.paragraph)).toEqual([
      'annex-op-1',
      'annex-op-1',
      'annex-op-2',
      'annex-op-2',
      'annex-op-2',
      'annex-op-3',
      'annex-op-23',
    ]);
    expect(doc.footnotes[3]!.text).toBe(
      'See Official Records of the General Assembly, Seventy-first Session, Supplement No. 53A and corrigendum (A/71/53/Add.1 and A/71/53/Add.1/Corr.1), chap. II.',
    );
    expect(doc.warnings).toEqual([]);
  });

  it('the clean text has no marker digits, no page furniture, and keeps the hyphens of compounds cut at a line end', () => {
    const doc = docs.res3!;
    const text = (id: string) => doc.paragraphs.find((p) => p.id === id)!.text;
    expect(text('annex-op-1')).toContain('the 2030 Agenda for Sustainable Development, including the resolve');
    expect(text('annex-op-3')).toContain('Millennium Development Goals and associated');
    expect(text('annex-preamble-1')).toContain('including its drug-resistant forms');
    expect(text('annex-op-6')).toContain('99 per cent of tuberculosis-associated deaths');
    for (const p of doc.paragraphs)
      expect(p.text).not.toMatch(
        /18-16895|\d+\/10\b|A\/RES\/73\/3|Political declaration of the high-level meeting of the General Assembly on the fight against tuberculosis\s+\S/,
      );
  });
});

describe('pages', () => {
  it('each paragraph keeps the pages it stands on, in order, within the document', () => {
    const doc = docs.res3!;
    const pages = (id: string) => doc.paragraphs.find((p) => p.id === id)!.pages;
    expect(pages('title-1')).toEqual([1]);
    expect(pages('annex-preamble-1')).toEqual([1, 2]);
    expect(pages('annex-op-1')).toEqual([2]);
    expect(pages('annex-op-53')).toEqual([10]);
    for (const p of doc.paragraphs) {
      expect(p.pages!.length).toBeGreaterThan(0);
      expect(p.pages).toEqual([...p.pages!].sort((a, b) => a - b));
      expect(Math.max(...p.pages!)).toBeLessThanOrEqual(10);
    }
  });

  it('a plain-text document has no pages', () => {
    const doc = extractFile(join(import.meta.dirname, '../../fixtures/pdf/A-RES-73-3.layout.txt'), catalogue);
    expect(doc.paragraphs.every((p) => p.pages === undefined)).toBe(true);
  });
});

describe('the PDF and the text paths agree on structure', () => {
  // test/fixtures/pdf/A-RES-73-3.layout.txt is `pdftotext -layout` (poppler 22.12) of the same PDF.
  it('A/RES/73/3: the same document, and the same scored paragraphs with the same sections and numbers', () => {
    const fromText = extractFile(join(import.meta.dirname, '../../fixtures/pdf/A-RES-73-3.layout.txt'), catalogue);
    const fromPdf = docs.res3!;
    const shape = (doc: ExtractedDocument) =>
      doc.paragraphs.filter((p) => scoredParagraph.test(p.id)).map((p) => [p.id, p.section, p.number]);
    expect(fromPdf.document).toEqual(fromText.document);
    expect(shape(fromPdf)).toEqual(shape(fromText));
    // The adopting clause, then the declaration as the resolution's annex: its opening and 53 paragraphs.
    expect(shape(fromPdf).slice(0, 3)).toEqual([
      ['op-1', 'operative', null],
      ['annex-preamble-1', 'annex-preamble', 1],
      ['annex-op-1', 'annex-operative', 1],
    ]);
    expect(shape(fromPdf)).toHaveLength(55);
  });

  it('A/RES/73/8: a resolution with a preamble and numbered paragraphs', () => {
    const doc = docs.res8!;
    expect(doc.document).toMatchObject({ symbol: 'A/RES/73/8', date: '2018-11-01', kind: 'resolution' });
    expect(doc.paragraphs.map((p) => p.id)).toEqual([
      'title-1',
      ...Array.from({ length: 8 }, (_, k) => `preamble-${k + 1}`),
      ...Array.from({ length: 5 }, (_, k) => `op-${k + 1}`),
    ]);
    expect(doc.footnotes).toEqual([expect.objectContaining({ marker: '1', paragraph: 'op-1', pages: [2] })]);
  });
});

describe('the format is told by content', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-content-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a PDF named .txt is read as a PDF, through the file path and from bytes alike', async () => {
    const path = join(dir, 'misnamed.txt');
    writeFileSync(path, readFileSync(files.res8));
    const fromPath = await extractPath(path, catalogue);
    const fromBytes = await extractBytes(readFileSync(files.res8), { file: 'upload', catalogue });
    expect(fromPath.paragraphs).toEqual(docs.res8!.paragraphs);
    expect(fromBytes.paragraphs).toEqual(docs.res8!.paragraphs);
  }, 60_000);

  it('the synchronous text reader names a PDF instead of misreading it as binary text', () => {
    expect(() => extractFile(files.res8, catalogue)).toThrow(/A_RES_73_8-EN\.pdf: is a PDF; read it with extractPath/);
  });
});

describe('what counts as a PDF', () => {
  it('the header at the start, or junk before it in a file that ends as a PDF; not a text that quotes it', async () => {
    const { isPdf } = await import('../../../seed/pdf/pdf-magic.ts');
    const pdf = readFileSync(files.res8);
    expect(isPdf(pdf)).toBe(true);
    expect(isPdf(Buffer.concat([Buffer.from('junk from a mail gateway\n'), pdf]))).toBe(true);
    expect(isPdf(Buffer.from('The General Assembly,\n\nNoting that files open with %PDF-1.7,\n\n1. Decides;\n'))).toBe(
      false,
    );
  });
});
