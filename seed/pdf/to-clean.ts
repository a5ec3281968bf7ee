// PDF stage 4: the laid-out pages become the text path's clean lines (seed/stages/support/types.ts), so the
// segmenter, the resolver and the themes are shared: body lines in reading order, a blank where the
// spacing or a first-line indent opens a paragraph, a page break between pages, the furniture kept
// aside (the running header names the symbol). Footnotes are read from their own zone, each opening
// with its marker, and the markers the body carries are known from the glyphs, not guessed.
import { endsFootnote, footnoteStartOf } from '../stages/support/genre.ts';
import { joinLines, lazyDocumentWords } from '../stages/support/join-lines.ts';
import { footnoteIdNamer } from '../stages/support/footnote-ids.ts';
import type {
  CleanDocument,
  CleanItem,
  FootnoteBlock,
  FootnoteEntry,
  Furniture,
  SourceLine,
} from '../stages/support/types.ts';
import type { LineMarker, PdfLine } from './lines.ts';
import type { PageLayout } from './page-layout.ts';

export interface PdfText {
  clean: CleanDocument;
  blocks: FootnoteBlock[];
  footnotes: FootnoteEntry[];
  /** Footnote markers set as superscripts, by the clean line that carries them. */
  markers: Map<number, LineMarker[]>;
  /** The page of every clean line (body and footnote lines alike). */
  pageOf: Map<number, number>;
  /** The pages each footnote stands on, by its key: one unless it runs on under the next page's rule. */
  footnotePages: Map<number, number[]>;
}

function median(values: number[], fallback: number): number {
  if (values.length === 0) return fallback;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The most common left edge of a page's body lines: the text column's. */
function leftEdge(lines: PdfLine[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.x), (counts.get(Math.round(l.x)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

interface RawNote {
  marker: string;
  lines: SourceLine[];
  pages: Set<number>;
}

export function toClean(layouts: PageLayout[], body: number): PdfText {
  const items: CleanItem[] = [];
  const furniture: Furniture[] = [];
  const markers = new Map<number, LineMarker[]>();
  const pageOf = new Map<number, number>();
  const notesByPage: RawNote[][] = [];
  let line = 0;

  const bodyLines = layouts.map((l) => l.lines.filter((_, k) => l.roles[k]!.role === 'body'));
  // The usual distance between the baselines of a paragraph's lines.
  const pitches: number[] = [];
  for (const lines of bodyLines) {
    for (let k = 1; k < lines.length; k += 1) {
      const dy = lines[k - 1]!.y - lines[k]!.y;
      if (lines[k]!.size >= 0.92 * body && dy > 0 && dy < 2 * body) pitches.push(dy);
    }
  }
  const pitch = median(pitches, 1.2 * body);

  layouts.forEach((layout, index) => {
    const page = index + 1;
    if (index > 0) items.push({ kind: 'page-break', line: line + 1 });
    const edge = leftEdge(bodyLines[index]!);
    let previous: PdfLine | undefined;
    const notes: RawNote[] = [];
    layout.lines.forEach((pdfLine, k) => {
      const role = layout.roles[k]!;
      if (role.role === 'rule') return;
      line += 1;
      pageOf.set(line, page);
      if (role.role === 'furniture') {
        furniture.push({ kind: role.kind, text: pdfLine.text, line });
        return;
      }
      const text = pdfLine.text.replace(/\u00ad$/, '-');
      if (role.role === 'footnote') {
        // A footnote opens with its marker, raised; some PDFs set it on the baseline ("* Reissued
        // ..."), which counts once the footnote before has ended.
        const last = notes.at(-1)?.lines.at(-1)?.text;
        const opening = pdfLine.opensWithMarker
          ? pdfLine.markers[0]!.marker
          : last === undefined || endsFootnote(last)
            ? footnoteStartOf(text)?.marker
            : undefined;
        const rest = opening ? text.slice(opening.length).trimStart() : text;
        if (opening || notes.length === 0) notes.push({ marker: opening ?? '', lines: [], pages: new Set([page]) });
        notes.at(-1)!.lines.push({ text: rest, line });
        return;
      }
      if (previous) {
        const gap = previous.y - pdfLine.y;
        const scale = Math.max(1, Math.max(previous.size, pdfLine.size) / body);
        const indented = pdfLine.x > edge + 1.2 * body && previous.x <= edge + 2;
        if (gap > 1.3 * pitch * scale || gap < 0 || indented) items.push({ kind: 'blank', line });
      }
      items.push({ kind: 'text', text, line });
      if (pdfLine.markers.length) markers.set(line, pdfLine.markers);
      previous = pdfLine;
    });
    notesByPage.push(notes);
  });

  const words = lazyDocumentWords(() => items.flatMap((i) => (i.kind === 'text' ? [i.text] : [])));
  return { clean: { items, furniture }, markers, pageOf, ...footnoteBlocks(notesByPage, words) };
}

/** One block per page with footnotes; a page's unmarked first footnote line continues the last footnote. */
function footnoteBlocks(
  notesByPage: RawNote[][],
  words: ReturnType<typeof lazyDocumentWords>,
): Pick<PdfText, 'blocks' | 'footnotes' | 'footnotePages'> {
  const merged: RawNote[][] = [];
  let last: RawNote | undefined;
  for (const notes of notesByPage) {
    const kept: RawNote[] = [];
    for (const note of notes) {
      if (note.marker === '' && last) {
        last.lines.push(...note.lines);
        for (const p of note.pages) last.pages.add(p);
      } else if (note.marker !== '') {
        kept.push(note);
        last = note;
      }
    }
    merged.push(kept);
  }
  const blocks: FootnoteBlock[] = [];
  const footnotes: FootnoteEntry[] = [];
  const footnotePages = new Map<number, number[]>();
  const idOf = footnoteIdNamer();
  for (const notes of merged) {
    if (notes.length === 0) continue;
    const index = blocks.length;
    const entries = notes.map((note): FootnoteEntry => {
      const entry = {
        key: footnotes.length,
        id: idOf(note.marker),
        marker: note.marker,
        text: joinLines(note.lines, words).text,
        line: note.lines[0]!.line,
        block: index,
      };
      footnotes.push(entry);
      footnotePages.set(
        entry.key,
        [...note.pages].sort((a, b) => a - b),
      );
      return entry;
    });
    blocks.push({ index, line: entries[0]!.line, entries });
  }
  return { blocks, footnotes, footnotePages };
}
