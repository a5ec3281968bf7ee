// The PDF reader: read pages → lines with geometry → furniture, footnotes and markers → the text
// path's clean lines, then the shared stages (segment, resolve, themes). The record is the text
// path's, plus the page or pages each paragraph and footnote stands on.
import type { Catalogue } from '../catalogue/schema.ts';
import { completeRecord, requireParagraphs } from '../complete-record.ts';
import type { ExtractedDocument } from '../extracted-document.ts';
import { segment } from '../stages/segment.ts';
import { pageLines } from './lines.ts';
import { bodySize, layoutPages } from './page-layout.ts';
import { placeKnownMarkers } from './place-markers.ts';
import { readPages } from './read-pages.ts';
import { toClean } from './to-clean.ts';

/** extractBytes's options, the file's name given. */
export interface PdfOptions {
  file: string;
  catalogue: Catalogue;
  /** The most pages the PDF may have, checked before any page is read (see limits.ts). */
  maxPages?: number;
}

export async function extractPdf(bytes: Uint8Array, opts: PdfOptions): Promise<ExtractedDocument> {
  const pages = await readPages(bytes, opts.file, opts.maxPages);
  const lines = pages.map(pageLines);
  const layouts = layoutPages(
    lines,
    pages.map((p) => p.height),
  );
  const text = toClean(layouts, bodySize(lines));
  const segmented = segment(text.clean);
  // The lines of the text read from a PDF would mean nothing to its reader: the file alone is named.
  requireParagraphs(segmented, opts.file, false);
  const marked = placeKnownMarkers(segmented.paragraphs, text.blocks, text.markers, segmented.warnings);
  const doc = completeRecord(segmented, text.footnotes, marked, opts.catalogue);

  const pagesOf = (lineNumbers: number[]): number[] =>
    [...new Set(lineNumbers.map((l) => text.pageOf.get(l)!))].sort((a, b) => a - b);
  const paragraphPages = new Map(marked.paragraphs.map((p) => [p.id, pagesOf(p.lineStarts.map((s) => s.line))]));
  return {
    document: doc.document,
    paragraphs: doc.paragraphs.map((p) => ({ ...p, pages: paragraphPages.get(p.id) ?? [] })),
    footnotes: doc.footnotes.map((f, key) => ({ ...f, pages: text.footnotePages.get(key) ?? [] })),
    // The line numbers of the text read from the PDF mean nothing to a reader: name the page.
    warnings: doc.warnings.map((w) =>
      w.replace(/\bline (\d+)/g, (_m, line: string) => `page ${text.pageOf.get(Number(line)) ?? '?'}`),
    ),
  };
}
