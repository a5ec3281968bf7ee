// The extractor: clean → segment → footnote markers → references → resolve → themes. Two verbs,
// one for text in memory and one for a file; bad input becomes an ExtractError naming the file.
import { readCatalogue } from './catalogue/read-catalogue.ts';
import type { Catalogue } from './catalogue/schema.ts';
import { ExtractError } from './extract-error.ts';
import { completeRecord, requireParagraphs } from './complete-record.ts';
import type { ExtractedDocument } from './extracted-document.ts';
import { cleanText } from './stages/clean.ts';
import { placeMarkers } from './stages/footnotes.ts';
import { decode, maxFileBytes, readBytes } from './stages/read-input.ts';
import { isPdf } from './pdf/pdf-magic.ts';
import { segment } from './stages/segment.ts';

export { ExtractError } from './extract-error.ts';
export { maxFileBytes } from './stages/read-input.ts';

export interface ExtractOptions {
  /** Named in errors and warnings; defaults to "<text>". */
  file?: string;
  catalogue: Catalogue;
  /** The most pages a PDF may have, checked before any page is read; at most (and by default) maxPdfPages. */
  maxPages?: number;
}

export function extractText(text: string, opts: ExtractOptions): ExtractedDocument {
  const file = opts.file ?? '<text>';
  // Text in memory gets the same bound as a file (one character is at least one byte).
  if (text.length > maxFileBytes)
    throw new ExtractError(
      'TOO_LARGE',
      file,
      `the text has ${text.length} characters, above the limit of ${maxFileBytes / 1048576} MB for one document`,
    );
  if (text.trim() === '') throw new ExtractError('EMPTY_FILE', file, 'the file is empty');
  if (looksBinary(text)) throw new ExtractError('BINARY_FILE', file, 'the file is binary, not plain text');
  const clean = cleanText(text);
  const segmented = segment(clean);
  requireParagraphs(segmented, file);
  const marked = placeMarkers(segmented.paragraphs, segmented.blocks, segmented.warnings);
  return completeRecord(segmented, segmented.footnotes, marked, opts.catalogue);
}

/** NUL bytes or many control characters: a binary file read as text. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 8000);
  const odd = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return odd > Math.max(8, sample.length * 0.02);
}

/** Reads the plain-text file at `path` (size and encoding checked: see stages/read-input.ts) and extracts it; extractPath reads PDFs too. */
export function extractFile(path: string, catalogue: Catalogue = readCatalogue()): ExtractedDocument {
  const bytes = readBytes(path);
  // PDF.js is asynchronous: a PDF handed to this synchronous reader is named, not misread as binary text.
  if (isPdf(bytes))
    throw new ExtractError(
      'UNREADABLE_FILE',
      path,
      'is a PDF; read it with extractPath, which reads PDFs and text alike',
    );
  const input = decode(bytes, path);
  const doc = extractText(input.text, { file: path, catalogue });
  return { ...doc, warnings: [...input.warnings, ...doc.warnings] };
}

/**
 * Extracts a document held as bytes (an upload, a file read by the caller), whatever its format:
 * the format is told by content, not by name (a PDF by its `%PDF-` header, else text). Every reader
 * of documents goes through here, so a new format is added in one place.
 */
export async function extractBytes(bytes: Uint8Array, opts: ExtractOptions): Promise<ExtractedDocument> {
  const file = opts.file ?? '<bytes>';
  if (bytes.length > maxFileBytes) {
    throw new ExtractError(
      'TOO_LARGE',
      file,
      `the file is ${(bytes.length / 1048576).toFixed(1)} MB, above the limit of ${maxFileBytes / 1048576} MB for one document`,
    );
  }
  if (isPdf(bytes)) {
    // Loaded on first use: PDF.js is large, and most runs read text only.
    const { extractPdf } = await import('./pdf/extract-pdf.ts');
    return extractPdf(bytes, { ...opts, file });
  }
  const input = decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), file);
  const doc = extractText(input.text, { ...opts, file });
  return { ...doc, warnings: [...input.warnings, ...doc.warnings] };
}

/** Reads the file at `path` (size checked before reading) and extracts it, whatever its format. */
export async function extractPath(path: string, catalogue: Catalogue = readCatalogue()): Promise<ExtractedDocument> {
  return extractBytes(readBytes(path), { file: path, catalogue });
}
