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

/** The letters before a final hyphen: "organi-" gives "organi". Walked back by hand, not by a regex tried at every letter. */
function wordBeforeHyphen(text: string): string {
  let i = text.length - 2;
  while (i >= 0 && /[A-Za-z]/.test(text[i]!)) i -= 1;
  return text.slice(i + 1, -1);
}

/**
 * A hyphen at a line break is an artefact only when the document elsewhere writes the word whole and
 * never hyphenated; UN texts rarely hyphenate at breaks, so a compound (money-laundering) keeps it.
 */
function dropsHyphen(head: string, tail: string, words: Words): boolean {
  const left = wordBeforeHyphen(head);
  const right = /^([A-Za-z]+)/.exec(tail)?.[1] ?? '';
  const whole = (left + right).toLowerCase();
  const hyphenated = `${left}-${right}`.toLowerCase();
  return words.has(whole) && !words.has(hyphenated);
}

/** 1.1.0-style text keeps the break as "nuclear- weapon"; a suspended hyphen ("pre- and post-") stays. */
function closeInlineBreaks(text: string): string {
  return text.replace(/([A-Za-z])- (?!(?:and|or|to|nor|as)\b)(?=[A-Za-z])/g, '$1-');
}

const softHyphen = '\u00ad';

export interface JoinedText {
  text: string;
  lineStarts: { offset: number; line: number }[];
}

/**
 * Joins the lines with one space, or none over a hyphen that breaks a word. Each line is looked at
 * alone and the pieces are joined once at the end: testing the growing text line by line flattens
 * it every time, quadratic on a footnote block of thousands of lines.
 */
export function joinLines(lines: SourceLine[], words: Words): JoinedText {
  const pieces: string[] = [];
  let length = 0;
  const lineStarts: JoinedText['lineStarts'] = [];
  for (const source of lines) {
    const piece = closeInlineBreaks(source.text.trim().replace(/\s{2,}/g, ' '));
    if (piece === '') continue;
    const last = pieces.length - 1;
    const before = pieces[last];
    if (before === undefined) {
      // The first piece: nothing to join it to.
    } else if (before.endsWith(softHyphen)) {
      // A soft hyphen at a line end (the only place clean.ts keeps one) marks a word broken there.
      pieces[last] = before.slice(0, -1);
      length -= 1;
    } else if (/[A-Za-z]-$/.test(before.slice(-2)) && /^[a-z]/.test(piece)) {
      if (dropsHyphen(before, piece, words)) {
        pieces[last] = before.slice(0, -1);
        length -= 1;
      }
    } else {
      pieces.push(' ');
      length += 1;
    }
    lineStarts.push({ offset: length, line: source.line });
    pieces.push(piece);
    length += piece.length;
  }
  const text = pieces.join('');
  return { text: text.endsWith(softHyphen) ? text.slice(0, -1) : text, lineStarts };
}

/** The source line of an offset in joined text: a binary search, since it is asked once per marker. */
export function lineAt(lineStarts: JoinedText['lineStarts'], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  if (high < 0) return 0;
  // The last start at or before the offset; the first line when none is.
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]!.offset <= offset) low = mid;
    else high = mid - 1;
  }
  return lineStarts[low]!.line;
}
