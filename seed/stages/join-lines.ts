// Joins the wrapped lines of one paragraph or footnote into running text, keeping where each source
// line starts so later stages can name the line of anything they find.
import type { SourceLine } from './types.ts';

/** What the rejoining asks of the document's words. */
export type Words = Pick<ReadonlySet<string>, 'has'>;

/** Every word of the document, lower-cased, hyphenated compounds included: evidence for rejoining. */
export function documentWords(lines: string[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    // The fragment before a line-end hyphen is not a word of its own. (The look-behind only spares
    // the regex from retrying at every letter of every word: the leftmost match starts a word.)
    const whole = line.replace(/(?<![A-Za-z])[A-Za-z]+-\s*$/, '');
    for (const match of whole.matchAll(/[A-Za-z]+(?:-[A-Za-z]+)*/g)) words.add(match[0].toLowerCase());
  }
  return words;
}

/** The document's words, collected on the first question: most documents have no line that ends in a hyphen. */
export function lazyDocumentWords(lines: () => string[]): Words {
  let words: Set<string> | undefined;
  return {
    has(word) {
      words ??= documentWords(lines());
      return words.has(word);
    },
  };
}

/**
 * A hyphen at a line break is an artefact only when the document elsewhere writes the word whole and
 * never hyphenated; UN texts rarely hyphenate at breaks, so a compound (money-laundering) keeps it.
 */
function joinHyphenated(head: string, tail: string, words: Words): string {
  const left = /([A-Za-z]+)-$/.exec(head)?.[1] ?? '';
  const right = /^([A-Za-z]+)/.exec(tail)?.[1] ?? '';
  const whole = (left + right).toLowerCase();
  const hyphenated = `${left}-${right}`.toLowerCase();
  const dropHyphen = words.has(whole) && !words.has(hyphenated);
  return dropHyphen ? head.slice(0, -1) + tail : head + tail;
}

/** 1.1.0-style text keeps the break as "nuclear- weapon"; a suspended hyphen ("pre- and post-") stays. */
function closeInlineBreaks(text: string): string {
  return text.replace(/([A-Za-z])- (?!(?:and|or|to|nor|as)\b)(?=[A-Za-z])/g, '$1-');
}

export interface JoinedText {
  text: string;
  lineStarts: { offset: number; line: number }[];
}

export function joinLines(lines: SourceLine[], words: Words): JoinedText {
  let text = '';
  const lineStarts: JoinedText['lineStarts'] = [];
  for (const source of lines) {
    const piece = closeInlineBreaks(source.text.trim().replace(/\s{2,}/g, ' '));
    if (piece === '') continue;
    if (text === '') {
      lineStarts.push({ offset: 0, line: source.line });
      text = piece;
    } else if (/[A-Za-z]-$/.test(text) && /^[a-z]/.test(piece)) {
      const joined = joinHyphenated(text, piece, words);
      lineStarts.push({ offset: joined.length - piece.length, line: source.line });
      text = joined;
    } else {
      lineStarts.push({ offset: text.length + 1, line: source.line });
      text = `${text} ${piece}`;
    }
  }
  return { text, lineStarts };
}

/** The source line of an offset in joined text. */
export function lineAt(lineStarts: JoinedText['lineStarts'], offset: number): number {
  let line = lineStarts[0]?.line ?? 0;
  for (const start of lineStarts) {
    if (start.offset > offset) break;
    line = start.line;
  }
  return line;
}
