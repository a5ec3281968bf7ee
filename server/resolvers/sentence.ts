// The sentence of a paragraph that holds a citation, for Citation.sentence. UN paragraphs are long,
// so a reader wants the one sentence that holds the cited words, not the whole paragraph.

/** Abbreviations whose full stop does not end a sentence in UN texts. */
const ABBREVIATIONS =
  /(?:^|\s)(?:No|Nos|vol|vols|para|paras|art|arts|Corr|Add|Rev|e\.g|i\.e|Mr|Mrs|Ms|Dr|St|Inc|Ltd|etc|cf|op|p|pp)\.$/i;

/** Offsets where a sentence starts: after ". ", "? " or "! " followed by a capital or an opening. */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  const boundary = /[.?!]["'”’)]?\s+(?=["'“‘(]?[A-Z0-9])/g;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const before = text.slice(0, match.index + 1);
    if (ABBREVIATIONS.test(before)) continue;
    starts.push(match.index + match[0].length);
  }
  return starts;
}

/** Where a sentence stands in its paragraph: text.slice(start, end) is the sentence. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** The sentence that holds text[start, end), trimmed; a citation across sentences gets all of them. */
export function sentenceAround(text: string, start: number, end: number): string {
  const span = sentenceSpan(text, start, end);
  return text.slice(span.start, span.end);
}

/** The offsets of the sentence that holds text[start, end), without the spaces around it. */
export function sentenceSpan(text: string, start: number, end: number): SentenceSpan {
  if (!text) return { start: 0, end: 0 };
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const starts = sentenceStarts(text);
  let first = 0;
  for (const s of starts) if (s <= from) first = s;
  let last = text.length;
  for (const s of starts) {
    if (s >= Math.max(to, from + 1)) {
      last = s;
      break;
    }
  }
  while (first < last && /\s/.test(text[first]!)) first++;
  while (last > first && /\s/.test(text[last - 1]!)) last--;
  return { start: first, end: last };
}
