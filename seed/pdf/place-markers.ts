// PDF stage 5: the footnote markers the glyphs showed (superscripts), found again in the segmented
// paragraphs and tied to the footnote of that number on their page. The text path has to guess
// which digits are markers (seed/stages/footnotes.ts); here only the superscripts are, so a year or
// a count is never taken for one. Removal and `*` notes are the text path's own functions.
import { attachStarNotes, blockFor, type Hit, type MarkedDocument, removeMarkers } from '../stages/footnotes.ts';
import type { FootnoteBlock, FootnoteEntry, MarkedParagraph, RawParagraph } from '../stages/support/types.ts';
import type { LineMarker } from './lines.ts';

/** Where each source line of a paragraph ends in its text. */
function lineEnd(paragraph: RawParagraph, k: number): number {
  const next = paragraph.lineStarts[k + 1];
  if (!next) return paragraph.text.length;
  return paragraph.text[next.offset - 1] === ' ' ? next.offset - 1 : next.offset;
}

/**
 * The marker's offset in the paragraph: counted from its line's end (the head of a line may lose a
 * "1. "), checked against the text, else the nearest copy glued to a word on that line.
 */
function locate(paragraph: RawParagraph, k: number, known: LineMarker): number | undefined {
  const start = paragraph.lineStarts[k]!.offset;
  const end = lineEnd(paragraph, k);
  const expected = end - known.fromEnd;
  const text = paragraph.text;
  if (text.startsWith(known.marker, expected) && expected > start) return expected;
  let best: number | undefined;
  for (let i = text.indexOf(known.marker, start); i >= 0 && i < end; i = text.indexOf(known.marker, i + 1)) {
    if (i > start && text[i - 1] !== ' ' && (best === undefined || Math.abs(i - expected) < Math.abs(best - expected)))
      best = i;
  }
  return best;
}

export function placeKnownMarkers(
  paragraphs: RawParagraph[],
  blocks: FootnoteBlock[],
  known: Map<number, LineMarker[]>,
  warnings: string[],
): MarkedDocument {
  const holders = new Map<number, string>();
  const claimed = new Set<number>();
  const all = blocks.flatMap((b) => b.entries);
  const marked = paragraphs.map((paragraph): MarkedParagraph => {
    const accepted: { hit: Hit; footnote: FootnoteEntry }[] = [];
    paragraph.lineStarts.forEach(({ line }, k) => {
      for (const marker of known.get(line) ?? []) {
        const at = locate(paragraph, k, marker);
        if (at === undefined) continue;
        const block = blockFor(blocks, line);
        let footnote =
          block?.entries.find((f) => f.marker === marker.marker && !claimed.has(f.key)) ??
          block?.entries.find((f) => f.marker === marker.marker);
        if (!footnote) {
          footnote = all.find((f) => f.marker === marker.marker && !claimed.has(f.key));
          warnings.push(
            footnote
              ? `line ${line}: marker ${marker.marker} has no footnote on its page; tied to footnote ${marker.marker} at line ${footnote.line}`
              : `line ${line}: marker ${marker.marker} has no footnote; left in the text`,
          );
          if (!footnote) continue;
        }
        claimed.add(footnote.key);
        if (!holders.has(footnote.key)) holders.set(footnote.key, paragraph.id);
        accepted.push({
          hit: { cut: [at, at + marker.marker.length], marker: marker.marker, form: 'glued' },
          footnote,
        });
      }
    });
    accepted.sort((a, b) => a.hit.cut[0] - b.hit.cut[0]);
    return removeMarkers(paragraph, accepted);
  });
  attachStarNotes(marked, blocks, holders, warnings);
  return { paragraphs: marked, holders };
}
