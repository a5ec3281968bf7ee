// Stage 4a: instrument titles by their grammar, whether or not the catalogue has them. A UN title is
// a head noun (Convention, Protocol, Statute, Programme of Action, Outcome Document ...) with the
// capitalised words before it ("United Nations Framework") and its title-case continuation after
// it: "of", "on", "against" ... and the commas and lower-case words a title holds ("Protocol
// against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and
// Ammunition"). A title ends where that grammar ends: on a capitalised word, never on a function
// word, never across a sentence end, and never into the words after it ("... Statute and by the
// Security Council").
import type { InstrumentKind } from '../extracted-document.ts';
import { isClauseOpener } from './support/genre.ts';
import type { Candidate } from './support/types.ts';

type Title = Extract<Candidate, { type: 'title' }>;

/** Head nouns of instrument titles, and the kind each one implies. */
const heads: [string, InstrumentKind][] = [
  ['Convention', 'convention'],
  ['Covenant', 'convention'],
  ['Protocol', 'protocol'],
  ['Treaty', 'treaty'],
  ['Agreement', 'treaty'],
  ['Accord', 'treaty'],
  ['Statute', 'treaty'],
  ['Amendment', 'amendment'],
  ['Declaration', 'declaration'],
  ['Charter', 'charter'],
  ['Guidelines', 'guidelines'],
  ['Rules', 'rules'],
  ['Principles', 'principles'],
  ['Standards', 'standards'],
  ['Programme of Action', 'programme'],
  ['Plan of Action', 'programme'],
  ['Platform for Action', 'programme'],
  ['Action Plan', 'programme'],
  ['Agenda', 'programme'],
  ['Strategy', 'programme'],
  ['Code', 'other'],
  ['Framework', 'other'],
  ['Pact', 'other'],
  ['Consensus', 'other'],
  ['Commitment', 'other'],
  ['Compact', 'other'],
  ['Pledge', 'other'],
  ['Instrument', 'other'],
  ['Document', 'other'],
];
const headPattern = new RegExp(`\\b(${heads.map(([h]) => h).join('|')})\\b`, 'g');
/** The first head noun of a text (headPattern without the global flag's lastIndex). */
export const firstHead = new RegExp(headPattern.source);
const kindOfHead = new Map(heads);
const joiners = new Set([
  'of',
  'on',
  'for',
  'against',
  'to',
  'relating',
  'concerning',
  'in',
  'and',
  'or',
  'the',
  'between',
  'regarding',
  'with',
  'by',
  'under',
  'from',
  'at',
  'a',
]);
/** Prepositions that open a phrase of their own after a title unless a capitalised word follows at once. */
const looseJoiners = new Set(['with', 'by', 'under', 'from', 'at', 'a']);
const pointerWords = new Set(['that', 'this', 'its', 'their', 'these', 'those', 'such', 'present']);
const headWord =
  /^(?:Conventions?|Covenants?|Protocols?|Treat(?:y|ies)|Agreements?|Amendments?|Declarations?|Charter|Guidelines|Rules|Principles|Standards|Programme|Plan|Action|Platform|Agenda|Strategy|Code|Framework|Pact|Consensus|Commitment|Compact|Pledge|Statute|Accord|Instruments?|Document)$/;
/** Capitalised words that start a sentence or clause, never a title. */
const notTitleWords = new Set([
  'The',
  'We',
  'Our',
  'In',
  'Its',
  'This',
  'That',
  'These',
  'Those',
  'As',
  'At',
  'On',
  'For',
  'By',
  'To',
  'With',
  'A',
  'An',
  'And',
  'Under',
]);

export function kindFromWords(title: string): InstrumentKind {
  if (/^draft\b/i.test(title)) return 'draft';
  // The head that comes first; of two at one place, the one listed first (as the alternation tries them).
  const head = firstHead.exec(title)?.[1];
  return head === undefined ? 'other' : kindOfHead.get(head)!;
}

const capitalisedWord = /^(?:\p{Lu}[\p{L}’'-]*|\d{4}(?:[–-]\s?\d{4})?|\d{1,3}|\(\p{Lu}[^()]*\))$/u;
const isCapitalised = (w: string | undefined): boolean =>
  w !== undefined && capitalisedWord.test(w) && !notTitleWords.has(w);

interface Word {
  w: string;
  start: number;
  end: number;
}

/** After "and the": a new instrument ("and the Kunming-Montreal ... Framework") ends the title; a place does not. */
function namesAnotherInstrument(words: Word[], from: number): boolean {
  for (let k = from; k < words.length && (capitalisedWord.test(words[k]!.w) || joiners.has(words[k]!.w)); k += 1) {
    if (headWord.test(words[k]!.w)) return true;
  }
  return false;
}

/**
 * After a comma a title goes on only through an enumeration that closes with "and" or "or" and a
 * capitalised word: "Firearms, Their Parts and Components", "Development, Production, Stockpiling
 * and Use". "the Convention, General Assembly resolution ..." ends at the comma.
 */
function enumerationAhead(words: Word[], from: number): boolean {
  // A title's enumeration is short; the bound keeps a long run of capitalised words and commas linear.
  for (let k = from; k < words.length && k < from + 24; k += 1) {
    const w = words[k]!.w;
    if (w === 'and' || w === 'or') return isCapitalised(words[k + 1]?.w);
    if (w !== ',' && !isCapitalised(w)) return false;
  }
  return false;
}

/** A full stop, semicolon, colon, question or exclamation mark between two offsets: a sentence or clause end. */
const endsBetween = (text: string, from: number, to: number): boolean => /[.;:!?“”"]/.test(text.slice(from, to));

/** A title ends at a footnote marker, at a full stop, semicolon or colon, or at a closing quote. */
function stopAfter(text: string, stops: ReadonlySet<number>, end: number): boolean {
  return stops.has(end) || /[.;:!?”"]/.test(text[end] ?? '');
}

/** More words than any title has (the longest UN titles have about 30): bounds the walk from each head noun. */
const maxTitleWords = 60;

/** The name of an organization before a title is its author, not part of its name: "World Health Organization End TB Strategy". */
const organization = /^(?:Organization|Organisation)$/;

/** Whether the word at `k` (a joiner) carries the title on, judged by the words after it. */
function joinerGoesOn(words: Word[], k: number): boolean {
  const w = words[k]!.w;
  const next = words[k + 1]?.w;
  if (w === 'and' || w === 'or') {
    // "and Components", "and the Kunming-Montreal ..." (checked by the caller), "and on Their Destruction";
    // never "and by the Security Council".
    if (isCapitalised(next) || next === 'the') return true;
    return (next === 'of' || next === 'on') && (isCapitalised(words[k + 2]?.w) || words[k + 2]?.w === 'the');
  }
  if (looseJoiners.has(w)) return isCapitalised(next) || (w === 'under' && next === 'the');
  return true;
}

/** Titles by shape: capitalised words around a head noun, with "of", "on", "against" ... inside. */
export function findTitles(text: string, stopList: number[]): Title[] {
  const headsFound = [...text.matchAll(headPattern)];
  // Most paragraphs name no instrument by its head noun: no need to split them into words.
  if (headsFound.length === 0) return [];
  const stops = new Set(stopList);
  // Words without a sentence's final full stop: "Treaty on Lighthouses." ends at "Lighthouses".
  // Double quotes are no part of a word: a title quoted ("... Adolescents’ Health”") ends at its quote.
  const words: Word[] = [...text.matchAll(/\([^()]{1,60}\)|[^\s,;:()“”"]+?(?=\.?(?:[\s,;:()“”"]|$))|,/gu)].map((m) => ({
    w: m[0],
    start: m.index!,
    end: m.index! + m[0].length,
  }));
  const wordAt = new Map(words.map((w, i) => [w.start, i]));
  const found: Title[] = [];
  let covered = -1;
  for (const h of headsFound) {
    if (h.index! < covered) continue;
    const headAt = wordAt.get(h.index!) ?? -1;
    if (headAt < 0) continue;
    let first = headAt;
    const last = first + h[1]!.split(' ').length - 1;
    // Leftwards over capitalised words ("United Nations Framework", "Kunming-Montreal Global"), and
    // over "of" or "and" between two ("Worst Forms of Child Labour Convention").
    // Never into the title before, nor further than a title's words go: each head's walk is bounded.
    const leftmost = Math.max(0, headAt - maxTitleWords);
    while (first > leftmost) {
      const prev = words[first - 1]!;
      if (prev.start < covered) break;
      if (
        (prev.w === 'of' || prev.w === 'and') &&
        first > 1 &&
        first < headAt + 1 &&
        isCapitalised(words[first - 2]!.w) &&
        words[first]!.start !== h.index
      ) {
        first -= 1;
        continue;
      }
      if (
        !isCapitalised(prev.w) ||
        organization.test(prev.w) ||
        stops.has(prev.end) ||
        endsBetween(text, prev.end, words[first]!.start) ||
        (prev.start === 0 && isClauseOpener(prev.w))
      )
        break;
      first -= 1;
    }
    // Rightwards: capitalised words, joined by "of", "on", "and" ...; "and the" starts a new phrase.
    let end = last;
    const rightmost = Math.min(words.length, last + 1 + maxTitleWords);
    for (let k = last + 1; k < rightmost && !stopAfter(text, stops, words[k - 1]!.end); k += 1) {
      const w = words[k]!.w;
      const prevWord = words[k - 1]!.w;
      if (w === ',') {
        if (!enumerationAhead(words, k + 1) || prevWord === ',') break;
        continue;
      }
      // A year belongs to a title only after a capitalised word: "Decade 2024–2034", not "of 1972".
      // After "the", a year opens a name when a capitalised word follows: "of the 2010 Review Conference".
      if (
        /^\d/.test(w) &&
        (joiners.has(prevWord) || prevWord === ',') &&
        !(prevWord === 'the' && /^\d{4}$/.test(w) && isCapitalised(words[k + 1]?.w))
      )
        break;
      // Right after the head, only a number or a roman numeral goes on ("Protocol III", "Agenda 21"):
      // "Treaty Review Conference", "Convention Secretariat" name a meeting or a body after the instrument.
      if (k === last + 1 && isCapitalised(w) && !/^(?:[IVXLC]+|\d{1,4}|\(.*\))$/.test(w)) break;
      // A short name in brackets closes the title: "... Zone Treaty (Treaty of Pelindaba) in Cairo".
      if (w.startsWith('(')) break;
      // Inside a title "Its" is a word of it: "... in All Its Aspects".
      if (isCapitalised(w) || (w === 'Its' && isCapitalised(prevWord))) {
        end = k;
        continue;
      }
      // A head noun names its subject with "on", "for", "of" ...; "in" or "at" right after it
      // starts a place ("the Treaty in New York"), while "Zone in Central Asia" stays a title.
      if ((w === 'in' || w === 'at') && k === last + 1) break;
      if (w === 'the' && /^(?:and|or)$/.test(prevWord) && namesAnotherInstrument(words, k + 1)) break;
      if (joiners.has(w) && joinerGoesOn(words, k)) continue;
      break;
    }
    // A closing "(Treaty of Tlatelolco)" or "(Lighthouse Guidelines)" is the short name, not the title.
    while (end > last && words[end]!.w.startsWith('(')) end -= 1;
    if (pointerWords.has(words[first - 1]?.w ?? '') && first === headAt) continue;
    const start = words[first]!.start;
    const stop = words[end]!.end;
    const surface = text.slice(start, stop);
    if (surface.split(/\s+/).length < 2) continue;
    found.push({ type: 'title', start, end: stop, surface, kind: kindFromWords(surface) });
    covered = stop;
  }
  return found;
}
