// Stage 4: candidate references found from the words of a paragraph: catalogue phrases (titles,
// short titles, acronyms, aliases, family phrases, body names), instrument titles the catalogue may
// lack (recognised by their head noun: Convention, Protocol, Treaty, ...), symbols, anaphora
// ("that Convention", "its Protocols") and body short forms ("the Commission").
export { findTitles, kindFromWords } from './find-titles.ts';
import { findDistributed } from './find-lists.ts';
import { findDocuments, findResolutions, findTreatySeries } from './find-symbols.ts';
import { findAgencyDocuments, findAgencySymbols } from './find-agency-symbols.ts';
import { findDecisions } from './find-decisions.ts';
import { findIlo } from './find-ilo.ts';
import { findTitles, firstHead } from './find-titles.ts';
import { tokenize, type MatchIndex } from './support/match-index.ts';
import { SpanIndex } from './support/span-index.ts';
import type { Candidate } from './support/types.ts';

const anaphora =
  /\b(that|this|the|its|their)\s+(Convention|Protocols?|Treaty|Declaration|Charter|Agreement|Statute|Covenant|Amendment|Compact|Pact|convention|protocols?|treaty|resolution)\b(\s+thereto)?/g;
/** Kind heads are kept in lower case (the kind they name); other heads as written, to be resolved by their words. */
const kindNouns = /^(?:convention|protocols?|treaty|declaration|charter|agreement|resolution)$/i;
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
    found.push({
      type: 'anaphora',
      start: m.index!,
      end,
      surface,
      head: kindNouns.test(noun!) ? noun!.toLowerCase().replace(/s$/, '') : noun!,
      plural,
    });
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

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

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
  const symbols: Candidate[] = symbolsIn(text);
  const tokens = tokenize(text);
  const phrases: Candidate[] = [...index.citable.find(text, tokens), ...index.bodies.find(text, tokens)].flatMap((m) =>
    m.entries.slice(0, 1).map((entry) => ({
      type: 'phrase' as const,
      start: m.start,
      end: m.end,
      surface: text.slice(m.start, m.end),
      entry,
    })),
  );
  // Overlap checks go through span indexes: a walk over every other candidate per candidate is
  // quadratic in a paragraph that holds thousands of them.
  const citablePhrases = new SpanIndex(phrases.filter((p) => p.type === 'phrase' && p.entry.target.kind !== 'body'));
  const taken = new SpanIndex([...symbols, ...phrases]);
  const symbolSpans = new SpanIndex(symbols);
  const shaped = findTitles(text, stops).filter((t) => !symbolSpans.some(t));
  const ilo = findIlo(text, shaped).filter((i) => !symbolSpans.some(i));
  for (const i of ilo) symbols.push(i);
  const allSymbols = new SpanIndex(symbols);
  const iloSpans = new SpanIndex(ilo);
  const titles = shaped.filter(
    (t) => !citablePhrases.some(t, (p) => !wraps(text, t, p) && !namesLonger(text, t, p)) && !iloSpans.some(t),
  );
  // A catalogue phrase that a longer, different name only starts with is not cited: the name is.
  const shapedSpans = new SpanIndex(titles);
  const phrasesKept = phrases.filter((p) => !shapedSpans.some(p, (t) => namesLonger(text, t, p)) && !iloSpans.some(p));
  // Plural heads over a list overlap the phrase that completes them ("... to the Treaty of Tlatelolco").
  const lists = findDistributed(text, [...phrases, ...titles]).filter(
    (l) => !allSymbols.some(l) && !shapedSpans.some(l, (t) => !(t.start > l.start && t.end <= l.end)),
  );
  for (const list of lists) titles.push(list);
  const allTitles = new SpanIndex(titles);
  const pointers = [...findAnaphora(text), ...findShortForms(text, index)].filter(
    (a) => !taken.some(a) && !allTitles.some(a),
  );
  return [...symbols, ...phrasesKept.filter((p) => !inSymbols(p, allSymbols)), ...titles, ...pointers].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}

/**
 * Whether title `t` is a longer name that merely starts or ends with the catalogue phrase `p`: it
 * goes on past the phrase with capitalised words ("United Nations Convention against Corruption
 * of Public Officials" is not the Convention against Corruption). A name that holds another
 * instrument's name after its own head ("Protocol on Couriers to the Single Convention ...") is
 * not: both are cited (see wraps).
 */
function namesLonger(text: string, t: Candidate, p: Candidate): boolean {
  if (p.type !== 'phrase' || p.entry.target.kind !== 'instrument' || t.type !== 'title') return false;
  if (t.start > p.start || t.end < p.end || (t.start === p.start && t.end === p.end) || wraps(text, t, p)) return false;
  const after = text.slice(p.end, t.end).replace(/\([^()]*\)/g, '');
  // "Convention on Wetlands in Victoria Falls" names a place after the instrument, not another one.
  return (
    (/^\s*(?:,|of|on|for|against|to|between|relating|concerning)\b/.test(after) && /\p{Lu}/u.test(after)) ||
    /\p{Lu}[\p{L}-]*\s/u.test(text.slice(t.start, p.start).replace(/^\d{4}\s+/, ''))
  );
}

/** Symbols of every organ and agency: resolutions, decisions, Treaty Series registrations, documents. */
function symbolsIn(text: string): Candidate[] {
  const resolutions = [...findResolutions(text), ...findDecisions(text), ...findAgencySymbols(text)];
  // A written-out symbol (A/DEC/62/557) also has the shape of a document symbol.
  const documents = [...findDocuments(text), ...findAgencyDocuments(text)].filter(
    (d) => !resolutions.some((r) => overlaps(r, d)),
  );
  return [...resolutions, ...findTreatySeries(text), ...documents];
}

/** In a footnote only sources count: resolutions, decisions, Treaty Series registrations, documents, Ibid. */
export function findFootnoteSources(text: string): Candidate[] {
  return symbolsIn(text).sort((a, b) => a.start - b.start);
}
