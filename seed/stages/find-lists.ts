// Stage 4b: a plural head noun distributed over a list names several instruments at once. Two
// shapes are conventional in the genre:
//   "the treaties of Tlatelolco, Rarotonga, Bangkok and Pelindaba"  → Treaty of Tlatelolco, ...
//   "Additional Protocols I and II to the Treaty of Tlatelolco"     → Additional Protocol I to ..., II to ...
// Each becomes a title candidate whose `title` holds the singular name to look up, so catalogued
// ones resolve to their entry and the others get distinct uncatalogued ids.
import { kindFromWords } from './find-titles.ts';
import type { Candidate } from './support/types.ts';

type Title = Extract<Candidate, { type: 'title' }>;

const singular: Record<string, string> = {
  treaties: 'Treaty',
  conventions: 'Convention',
  protocols: 'Protocol',
  agreements: 'Agreement',
  covenants: 'Covenant',
};
// Case by hand, not with the i flag: under /iu, \p{Lu} would match lower-case letters too.
const plural = '([Tt]reaties|[Cc]onventions|[Pp]rotocols|[Aa]greements|[Cc]ovenants)';
/** A place or person a treaty is named after: one capitalised word, maybe hyphenated. */
const name = "\\p{Lu}[\\p{L}’'-]*";
const namedList = new RegExp(`\\b${plural}\\s+of\\s+(${name}(?:,\\s*${name})*,?\\s+and\\s+${name})\\b`, 'gu');
const numeral = '(?:[IVXLC]+|\\d{1,2})';
const numberedList = new RegExp(
  `\\b((?:\\p{Lu}[\\p{L}-]*\\s+)*?)${plural}\\s+(${numeral}(?:,\\s*${numeral})*,?\\s+and\\s+${numeral})\\b(\\s+(?:to|additional to)\\s+the\\s+)?`,
  'gu',
);

const capitalise = (word: string): string => singular[word.toLowerCase()]!;

/** "the treaties of Tlatelolco, Rarotonga and Pelindaba": one candidate per place name. */
function namedItems(text: string): Title[] {
  const found: Title[] = [];
  for (const m of text.matchAll(namedList)) {
    const head = capitalise(m[1]!);
    const listAt = m.index! + m[0].length - m[2]!.length;
    const names = [...m[2]!.matchAll(new RegExp(name, 'gu'))].filter((n) => n[0] !== 'and');
    names.forEach((n, k) => {
      // The first name carries the head noun, as printed: "treaties of Tlatelolco".
      const start = k === 0 ? m.index! : listAt + n.index!;
      const end = listAt + n.index! + n[0].length;
      const title = `${head} of ${n[0]}`;
      found.push({ type: 'title', start, end, surface: text.slice(start, end), kind: kindFromWords(title), title });
    });
  }
  return found;
}

/**
 * "Additional Protocols I and II to the Treaty of Tlatelolco": one candidate per numeral. `tailAt`
 * gives the reference that starts where "to the" ends (a catalogue phrase or a title), whose
 * words complete each title; without one, a bare head ("to the Treaty") is kept for the resolver
 * to expand.
 */
function numberedItems(text: string, tailAt: (offset: number) => { end: number } | undefined): Title[] {
  const found: Title[] = [];
  for (const m of text.matchAll(numberedList)) {
    // Words that open the sentence ("Recalls Protocols I and II") are not part of the name.
    const opensSentence = m.index === 0 || /[.;:]\s*$/.test(text.slice(0, m.index));
    const prefix = m[1]!.replace(opensSentence ? /^\S+\s+/ : /^$/, '').replace(/^(?:The|the)\s+/, '');
    const start = m.index! + m[1]!.length - prefix.length;
    const head = capitalise(m[2]!);
    let end = m.index! + m[0].length - (m[4]?.length ?? 0);
    let tail = '';
    if (m[4]) {
      const at = m.index! + m[0].length;
      const bare = /^(?:Treaty|Convention|Agreement|Covenant)\b/.exec(text.slice(at));
      const tailEnd = tailAt(at)?.end ?? (bare ? at + bare[0].length : undefined);
      if (tailEnd !== undefined) {
        tail = `${m[4].trim()} ${text.slice(at, tailEnd)}`;
        end = tailEnd;
      }
    }
    const numerals = m[3]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
    for (const n of numerals) {
      const title = [prefix.trim(), head, n, tail].filter(Boolean).join(' ');
      found.push({ type: 'title', start, end, surface: text.slice(start, end), kind: kindFromWords(title), title });
    }
  }
  return found;
}

/** Both shapes need a plural head noun: most paragraphs have none, and the list patterns are slow. */
const anyPlural = new RegExp(plural);

export function findDistributed(text: string, references: Candidate[]): Title[] {
  if (!anyPlural.test(text)) return [];
  const tailAt = (offset: number) =>
    references
      .filter((r) => (r.type === 'phrase' || r.type === 'title') && r.start === offset)
      .sort((a, b) => b.end - a.end)[0];
  return [...namedItems(text), ...numberedItems(text, tailAt)];
}
