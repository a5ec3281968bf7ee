// Stage 4: candidate references found from the words of a paragraph: catalogue phrases (titles,
// short titles, acronyms, aliases, family phrases, body names), instrument titles the catalogue may
// lack (recognised by their head noun: Convention, Protocol, Treaty, ...), symbols, anaphora
// ("that Convention", "its Protocols") and body short forms ("the Commission").
import type { InstrumentKind } from '../record.ts';
import { findDistributed } from './find-lists.ts';
import { findDocuments, findResolutions, findTreatySeries } from './find-symbols.ts';
import { isClauseOpener } from './genre.ts';
import { tokenize, type MatchIndex } from './match-index.ts';
import { SpanIndex } from './span-index.ts';
import type { AnaphoraHead, Candidate } from './types.ts';

/** Head nouns of instrument titles, and the kind each one implies. */
const heads: [string, InstrumentKind][] = [
  ['Convention', 'convention'], ['Covenant', 'convention'], ['Protocol', 'protocol'], ['Treaty', 'treaty'],
  ['Agreement', 'treaty'], ['Accord', 'treaty'], ['Statute', 'treaty'], ['Declaration', 'declaration'],
  ['Charter', 'charter'], ['Guidelines', 'guidelines'], ['Rules', 'rules'], ['Principles', 'principles'],
  ['Standards', 'standards'], ['Programme of Action', 'programme'], ['Plan of Action', 'programme'],
  ['Platform for Action', 'programme'], ['Agenda', 'programme'], ['Strategy', 'programme'], ['Code', 'other'],
  ['Framework', 'other'], ['Pact', 'other'], ['Consensus', 'other'], ['Commitment', 'other'], ['Compact', 'other'],
  ['Pledge', 'other'],
];
const headPattern = new RegExp(`\\b(${heads.map(([h]) => h).join('|')})\\b`, 'g');
/** The first head noun of a text (headPattern without the global flag's lastIndex). */
const firstHead = new RegExp(headPattern.source);
const kindOfHead = new Map(heads);
const joiners = new Set(['of', 'on', 'for', 'against', 'to', 'relating', 'concerning', 'in', 'and', 'or', 'the', 'between', 'regarding', 'with', 'by', 'under', 'from', 'at', 'a']);
const pointerWords = new Set(['that', 'this', 'its', 'their', 'these', 'those', 'such']);
const headWord = /^(?:Conventions?|Covenants?|Protocols?|Treat(?:y|ies)|Agreements?|Declarations?|Charter|Guidelines|Rules|Principles|Standards|Programme|Plan|Platform|Agenda|Strategy|Code|Framework|Pact|Consensus|Commitment|Compact|Pledge|Statute|Accord)$/;
/** Capitalised words that start a sentence or clause, never a title. */
const notTitleWords = new Set(['The', 'We', 'Our', 'In', 'Its', 'This', 'That', 'These', 'Those', 'As', 'At', 'On', 'For', 'By', 'To', 'With', 'A', 'An', 'And', 'Under']);

export function kindFromWords(title: string): InstrumentKind {
  if (/^draft\b/i.test(title)) return 'draft';
  // The head that comes first; of two at one place, the one listed first (as the alternation tries them).
  const head = firstHead.exec(title)?.[1];
  return head === undefined ? 'other' : kindOfHead.get(head)!;
}

const capitalisedWord = /^(?:\p{Lu}[\p{L}’'-]*|\d{4}(?:[–-]\s?\d{4})?|\(\p{Lu}[^()]*\))$/u;

/** After "and the": a new instrument ("and the Kunming-Montreal ... Framework") ends the title; a place does not. */
function namesAnotherInstrument(words: { w: string }[], from: number): boolean {
  for (let k = from; k < words.length && (capitalisedWord.test(words[k]!.w) || joiners.has(words[k]!.w)); k += 1) {
    if (headWord.test(words[k]!.w)) return true;
  }
  return false;
}

/** A title ends at a footnote marker, or at a full stop, semicolon or colon. */
function stopAfter(text: string, stops: ReadonlySet<number>, end: number): boolean {
  return stops.has(end) || /^[\s]*[.;:]/.test(text.slice(end, end + 2)) && /[.;:]/.test(text[end] ?? '');
}

/** More words than any title has (the longest UN titles have about 30): bounds the walk from each head noun. */
const maxTitleWords = 60;

/** Titles by shape: capitalised words around a head noun, with "of", "on", "against" ... inside. */
export function findTitles(text: string, stopList: number[]): Extract<Candidate, { type: 'title' }>[] {
  const headsFound = [...text.matchAll(headPattern)];
  // Most paragraphs name no instrument by its head noun: no need to split them into words.
  if (headsFound.length === 0) return [];
  const stops = new Set(stopList);
  // Words without a sentence's final full stop: "Treaty on Lighthouses." ends at "Lighthouses".
  const words = [...text.matchAll(/\([^()]{1,60}\)|[^\s,;:()]+?(?=\.?(?:[\s,;:()]|$))|,/gu)].map((m) => ({ w: m[0], start: m.index!, end: m.index! + m[0].length }));
  // Which word starts at an offset: one lookup per head noun, not a walk over the words.
  const wordAt = new Map(words.map((w, i) => [w.start, i]));
  const found: Extract<Candidate, { type: 'title' }>[] = [];
  let covered = -1;
  for (const h of headsFound) {
    if (h.index! < covered) continue;
    let first = wordAt.get(h.index!) ?? -1;
    if (first < 0) continue;
    let last = first + h[1]!.split(' ').length - 1;
    // Leftwards over capitalised words ("United Nations Framework", "Kunming-Montreal Global").
    // Never into the title before, nor further than a title's words go: each head's walk is bounded.
    const leftmost = Math.max(0, first - maxTitleWords);
    while (first > leftmost) {
      const prev = words[first - 1]!;
      if (prev.start < covered || !capitalisedWord.test(prev.w) || notTitleWords.has(prev.w) || stops.has(prev.end) || (prev.start === 0 && isClauseOpener(prev.w))) break;
      first -= 1;
    }
    // Rightwards: capitalised words, joined by "of", "on", "and" ...; "and the" starts a new phrase.
    let end = last;
    const rightmost = Math.min(words.length, last + 1 + maxTitleWords);
    for (let k = last + 1; k < rightmost && !stopAfter(text, stops, words[end]!.end); k += 1) {
      const w = words[k]!.w;
      const prevWord = words[k - 1]!.w;
      if (w === ',') {
        if (!/^\p{Lu}/u.test(words[k + 1]?.w ?? '') || words[k + 1]!.w === 'The') break;
        continue;
      }
      // A year belongs to a title only after a capitalised word: "Decade 2024–2034", not "of 1972".
      if (/^\d/.test(w) && (joiners.has(prevWord) || prevWord === ',')) break;
      if (capitalisedWord.test(w) && !notTitleWords.has(w)) { end = k; continue; }
      // A head noun names its subject with "on", "for", "of" ...; "in" or "at" right after it
      // starts a place ("the Treaty in New York"), while "Zone in Central Asia" stays a title.
      if ((w === 'in' || w === 'at') && k === last + 1) break;
      if (w === 'the' && /^(?:and|or)$/.test(prevWord) && namesAnotherInstrument(words, k + 1)) break;
      if (joiners.has(w)) continue;
      break;
    }
    // A closing "(Treaty of Tlatelolco)" or "(Lighthouse Guidelines)" is the short name, not the title.
    while (end > last && words[end]!.w.startsWith('(')) end -= 1;
    last = end;
    if (pointerWords.has(words[first - 1]?.w ?? '') && first === wordAt.get(h.index!)) continue;
    const start = words[first]!.start;
    const stop = words[last]!.end;
    const surface = text.slice(start, stop);
    if (surface.split(/\s+/).length < 2) continue;
    found.push({ type: 'title', start, end: stop, surface, kind: kindFromWords(surface) });
    covered = stop;
  }
  return found;
}

const anaphora = /\b(that|this|the|its|their)\s+(Convention|Protocols?|Treaty|Declaration|Charter|Agreement|convention|protocols?|treaty|resolution)\b(\s+thereto)?/g;
// Not "in": "the Treaty in New York" is the Treaty, in a place (see findTitles).
const titleGoesOn = /^\s+(?:on|against|for|of|to|relating|concerning|between)\s+(?:the\s+)?\p{Lu}/u;

export function findAnaphora(text: string): Extract<Candidate, { type: 'anaphora' }>[] {
  const found: Extract<Candidate, { type: 'anaphora' }>[] = [];
  for (const m of text.matchAll(anaphora)) {
    const [surface, determiner, noun, thereto] = m;
    const end = m.index! + surface.length;
    if (!thereto && titleGoesOn.test(text.slice(end))) continue;
    // "the convention" in lower case is any convention; "the Convention" and "that convention" point back.
    if (determiner === 'the' && /^[a-z]/.test(noun!) && !thereto) continue;
    const plural = /s$/.test(noun!);
    if (plural && !/^protocols$/i.test(noun!)) continue;
    found.push({ type: 'anaphora', start: m.index!, end, surface, head: noun!.toLowerCase().replace(/s$/, '') as AnaphoraHead, plural });
  }
  return found;
}

export function findShortForms(text: string, index: MatchIndex): Extract<Candidate, { type: 'short-form' }>[] {
  const found: Extract<Candidate, { type: 'short-form' }>[] = [];
  for (const { form, pattern, words } of index.shortForms) {
    if (!text.includes(words)) continue;
    for (const m of text.matchAll(pattern)) {
      const end = m.index! + m[0].length;
      if (titleGoesOn.test(text.slice(end)) || /^\s+\p{Lu}/u.test(text.slice(end))) continue;
      found.push({ type: 'short-form', start: m.index!, end, surface: m[0], form });
    }
  }
  return found;
}

/**
 * A catalogued name inside a longer title stays a citation of its own when the title names another
 * instrument first: "Protocol on Couriers to the Single Convention on Narcotic Drugs".
 */
function wraps(text: string, t: Candidate, p: Candidate): boolean {
  return t.start < p.start && t.end >= p.end && firstHead.test(text.slice(t.start, p.start));
}

/** A catalogue acronym inside a document symbol ("NPT" in NPT/CONF.2010/50) is part of the symbol. */
function inSymbols(p: Candidate, symbols: SpanIndex<Candidate>): boolean {
  return symbols.some(p, (s) => s.type === 'document');
}

/** All candidates in a paragraph's clean text; `stops` are the offsets where footnote markers stood. */
export function findReferences(text: string, stops: number[], index: MatchIndex): Candidate[] {
  const symbols: Candidate[] = [...findResolutions(text), ...findTreatySeries(text), ...findDocuments(text)];
  const tokens = tokenize(text);
  const phrases: Candidate[] = [...index.citable.find(text, tokens), ...index.bodies.find(text, tokens)].flatMap((m) =>
    m.entries.slice(0, 1).map((entry) => ({ type: 'phrase' as const, start: m.start, end: m.end, surface: text.slice(m.start, m.end), entry })),
  );
  // Overlap checks go through span indexes: a walk over every other candidate per candidate is
  // quadratic in a paragraph that holds thousands of them.
  const citablePhrases = new SpanIndex(phrases.filter((p) => p.type === 'phrase' && p.entry.target.kind !== 'body'));
  const symbolSpans = new SpanIndex(symbols);
  const taken = new SpanIndex([...symbols, ...phrases]);
  const titles = findTitles(text, stops).filter(
    (t) => !citablePhrases.some(t, (p) => !wraps(text, t, p)) && !symbolSpans.some(t),
  );
  // Plural heads over a list overlap the phrase that completes them ("... to the Treaty of Tlatelolco").
  const titleSpans = new SpanIndex(titles);
  const lists = findDistributed(text, [...phrases, ...titles]).filter((l) => !symbolSpans.some(l) && !titleSpans.some(l, (t) => !(t.start > l.start && t.end <= l.end)));
  for (const list of lists) titles.push(list);
  const allTitles = new SpanIndex(titles);
  const pointers = [...findAnaphora(text), ...findShortForms(text, index)].filter((a) => !taken.some(a) && !allTitles.some(a));
  return [...symbols, ...phrases.filter((p) => !inSymbols(p, symbolSpans)), ...titles, ...pointers].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** In a footnote only sources count: resolutions, Treaty Series registrations, documents, Ibid. */
export function findFootnoteSources(text: string): Candidate[] {
  return [...findResolutions(text), ...findTreatySeries(text), ...findDocuments(text)].sort((a, b) => a.start - b.start);
}
