// The stages both formats share once the paragraphs are segmented and the footnote markers placed:
// the check that the document has a body, then resolve against the catalogue, the themes, and the
// record. The text path (extract.ts) and the PDF path (pdf/extract-pdf.ts) both end here.
import type { Catalogue } from './catalogue/schema.ts';
import { ExtractError } from './extract-error.ts';
import type { ExtractedDocument, Paragraph } from './extracted-document.ts';
import type { MarkedDocument } from './stages/footnotes.ts';
import { buildMatchIndex, type MatchIndex } from './stages/support/match-index.ts';
import { resolveDocument } from './stages/resolve.ts';
import { themeMatcher, type ThemeMatcher } from './stages/themes.ts';
import type { FootnoteEntry, Segmented } from './stages/support/types.ts';

/** Body sections: a document with none of these has no paragraphs we can recognise. */
const bodySection = /(?:^|-)(?:note|preamble|operative|text)$/;

/** What depends only on the catalogue, built once per catalogue: a corpus is extracted with one. */
interface Prepared {
  index: MatchIndex;
  themesOf: ThemeMatcher;
}
const prepared = new WeakMap<Catalogue, Prepared>();
function prepare(catalogue: Catalogue): Prepared {
  let ready = prepared.get(catalogue);
  if (!ready) {
    ready = { index: buildMatchIndex(catalogue), themesOf: themeMatcher(catalogue.themes) };
    prepared.set(catalogue, ready);
  }
  return ready;
}

/** A document with no body section (note, preamble, operative, text) has no paragraphs we can recognise. */
export function requireParagraphs(segmented: Segmented, file: string, lines = true): void {
  if (!segmented.paragraphs.some((p) => bodySection.test(p.section))) {
    const line = lines ? segmented.paragraphs[0]?.line : undefined;
    throw new ExtractError(
      'NO_PARAGRAPHS',
      file,
      'no recognisable paragraphs (no numbered paragraphs, preamble clauses or note)',
      line,
    );
  }
}

/**
 * The stages every format shares once the markers are placed: resolve against the catalogue, the
 * themes, and the record. `segmented.warnings` collects what they find.
 */
export function completeRecord(
  segmented: Segmented,
  footnotes: FootnoteEntry[],
  marked: MarkedDocument,
  catalogue: Catalogue,
): ExtractedDocument {
  const warnings = segmented.warnings;
  const { index, themesOf } = prepare(catalogue);
  const resolved = resolveDocument(marked.paragraphs, footnotes, marked.holders, index, warnings);
  // Field by field, the themes before the line as the record has them: a rest-and-spread copy
  // costs some microseconds a paragraph, a quarter of a second for the benchmark's corpus.
  const paragraphs = resolved.paragraphs.map(
    (p): Paragraph => ({
      id: p.id,
      section: p.section,
      number: p.number,
      text: p.text,
      citations: p.citations,
      mentions: p.mentions,
      themes: themesOf(p.text),
      line: p.line,
    }),
  );
  if (!segmented.info.symbol) warnings.push('no document symbol found (no running header and no resolution number)');
  if (!segmented.info.title) warnings.push('no document title found');
  return { document: segmented.info, paragraphs, footnotes: resolved.footnotes, warnings };
}
