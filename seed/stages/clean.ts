// Stage 1: normalise the characters and strip page furniture (running headers, page numbers, job
// numbers, barcodes, rules). What was removed is kept, with its line, so the document symbol can be
// read from the running header and a page boundary can be told from a paragraph boundary.
import type { CleanDocument, CleanItem, Furniture, FurnitureKind } from './support/types.ts';

/**
 * Character substitutions that keep offsets: one character for one. PDF text uses non-breaking
 * hyphens and odd spaces where the printed page shows an ordinary hyphen or space.
 */
const sameWidth: [RegExp, string][] = [
  [/[\u2010\u2011]/g, '-'],
  [/[\u00a0\u2007\u2009\u202f\t]/g, ' '],
  [/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, ' '],
];

/**
 * Characters that print as nothing: zero-width space, non-joiner and joiner, word joiner and the
 * invisible operators, a byte order mark inside the text, directional marks and embeddings, the
 * Mongolian vowel separator. PDF tools leave them inside words, where they hide a title from
 * matching. A soft hyphen is invisible too, except at the end of a line, where it says the word
 * was broken there: it stays, and joinLines closes the word over it.
 */
const invisible = /[\u200b-\u200f\u2060-\u2064\ufeff\u180e\u202a-\u202e\u2066-\u2069]|\u00ad(?![ \t]*(?:\n|$))/g;

/**
 * Canonical text: NFC (an accent typed as a letter plus a combining mark becomes the one
 * precomposed letter the catalogue has), no invisible characters, "\n" line ends, odd spaces and
 * hyphens made plain. Every later stage, and every offset in the record, is on this text: the
 * offsets point at the words as the paragraph's text shows them.
 */
export function normaliseText(raw: string): string {
  let text = raw.replace(/\r\n?/g, '\n').replace(invisible, '').normalize('NFC');
  for (const [pattern, replacement] of sameWidth) text = text.replace(pattern, replacement);
  return text;
}

/** Lines that are page furniture wherever they stand. */
const anchorPatterns: [FurnitureKind, RegExp][] = [
  // A document symbol alone on a line (no final period, which a footnote would have).
  ['symbol', /^[A-Z]{1,8}(?:\/[A-Za-z0-9.-]+)+(?:\s*\((?:Vol|Part)\.?[^)]*\))?(?<!\.)$/],
  ['page-number', /^(?:\d{1,3}|\d{1,3}\s*\/\s*\d{1,3}|-\s*\d{1,3}\s*-)$/],
  ['job-number', /^\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})*$/],
  ['barcode', /^\*\d{6,}\*$/],
];

const separatorLine = /^(?:_{3,}|-{3,})$/;

/**
 * 1.1.0-style text glues the rule to the sentence a page break cut: "... international ---".
 * Returns the text before the rule, or undefined. Read from the end by hand: the pattern
 * /\s+(?:_{3,}|-{3,})$/ is tried at every space of the line and backtracks over a long run of
 * them, quadratic in the run's length (40,000 spaces took 6 s).
 */
export function beforeTrailingSeparator(text: string): string | undefined {
  const rule = text.at(-1);
  if (rule !== '_' && rule !== '-') return undefined;
  let i = text.length - 1;
  while (i >= 0 && text[i] === rule) i -= 1;
  if (text.length - 1 - i < 3) return undefined;
  let j = i;
  while (j >= 0 && /\s/.test(text[j]!)) j -= 1;
  return j < i ? text.slice(0, j + 1) : undefined;
}

function anchorKind(text: string): FurnitureKind | undefined {
  const symbolHasDigit = /\d/.test(text);
  for (const [kind, pattern] of anchorPatterns) {
    if (pattern.test(text) && (kind !== 'symbol' || symbolHasDigit)) return kind;
  }
  return undefined;
}

/** A title has words: "(c)" or "12." next to a page break are paragraph labels, not headers. */
function isCandidateText(t: string): boolean {
  return (
    t.length >= 8 &&
    t.length <= 160 &&
    /[A-Za-z]{3}/.test(t) &&
    !/[.;,:]$/.test(t) &&
    !separatorLine.test(t) &&
    !/^\(|^\d+\./.test(t)
  );
}

/**
 * Whether walking from the k-th non-blank line by `step` (-1 or 1) over lines that are `titleLike`
 * reaches an anchor within three steps.
 */
function reachesAnchor(
  nonBlank: number[],
  k: number,
  step: number,
  anchors: Map<number, FurnitureKind>,
  titleLike: (line: number) => boolean,
): boolean {
  for (let d = 1; d <= 3; d += 1) {
    const j = nonBlank[k + step * d];
    if (j === undefined) return false;
    if (anchors.has(j)) return true;
    if (!titleLike(j)) return false;
  }
  return false;
}

/**
 * Running titles repeat the document title next to the page anchors. A line counts as one when it
 * sits in a cluster of furniture and either repeats on several pages or is sandwiched between
 * anchors (a two-page document prints it only once).
 */
function findRunningTitles(lines: string[], anchors: Map<number, FurnitureKind>): Set<number> {
  const nonBlank = lines.map((l, i) => (l.trim() === '' ? -1 : i)).filter((i) => i >= 0);
  const position = new Map(nonBlank.map((lineIndex, k) => [lineIndex, k]));
  const candidateLine = (i: number): boolean => isCandidateText(lines[i]!.trim());
  const candidates: number[] = [];
  for (let k = 0; k < nonBlank.length; k += 1) {
    const i = nonBlank[k]!;
    if (anchors.has(i) || !candidateLine(i)) continue;
    // Walk outwards over other title-like lines; a cluster reaches an anchor within three steps.
    if (reachesAnchor(nonBlank, k, -1, anchors, candidateLine) || reachesAnchor(nonBlank, k, 1, anchors, candidateLine))
      candidates.push(i);
  }
  const counts = new Map<string, number>();
  for (const i of candidates) counts.set(lines[i]!.trim(), (counts.get(lines[i]!.trim()) ?? 0) + 1);
  const candidateSet = new Set(candidates);
  const isCandidate = (j: number): boolean => candidateSet.has(j);
  const sandwiched = (i: number): boolean => {
    const k = position.get(i)!;
    return reachesAnchor(nonBlank, k, -1, anchors, isCandidate) && reachesAnchor(nonBlank, k, 1, anchors, isCandidate);
  };
  return new Set(candidates.filter((i) => (counts.get(lines[i]!.trim()) ?? 0) >= 2 || sandwiched(i)));
}

/** Normalises `raw` and splits it into text, blank, page-break and separator items. */
export function cleanText(raw: string): CleanDocument {
  const lines = normaliseText(raw).split('\n');
  const anchors = new Map<number, FurnitureKind>();
  lines.forEach((line, i) => {
    const kind = anchorKind(line.replace(/\f/g, '').trim());
    if (kind) anchors.set(i, kind);
  });
  const titles = findRunningTitles(lines, anchors);

  const items: CleanItem[] = [];
  const furniture: Furniture[] = [];
  const pageBreak = (line: number): void => {
    while (items.at(-1)?.kind === 'blank') items.pop();
    if (items.at(-1)?.kind !== 'page-break') items.push({ kind: 'page-break', line });
  };
  lines.forEach((rawLine, i) => {
    const line = i + 1;
    if (rawLine.includes('\f')) pageBreak(line);
    const text = rawLine.replace(/\f/g, '').trimEnd();
    const trimmed = text.trim();
    const kind = anchors.get(i) ?? (titles.has(i) ? 'running-title' : undefined);
    if (kind) {
      furniture.push({ kind, text: trimmed, line });
      pageBreak(line);
    } else if (trimmed === '') {
      if (items.at(-1)?.kind !== 'page-break') items.push({ kind: 'blank', line });
    } else if (separatorLine.test(trimmed)) {
      items.push({ kind: 'separator', line });
    } else {
      const before = beforeTrailingSeparator(text);
      items.push({ kind: 'text', text: before ?? text, line });
      if (before !== undefined) items.push({ kind: 'separator', line });
    }
  });
  return { items, furniture };
}
