// Builds citation and mention targets from catalogue entries or, when the catalogue lacks the
// thing, from the words of the text (uncatalogued instruments, resolutions, documents).
import type { Catalogue, InstrumentEntry } from '../../catalogue/schema.ts';
import type { CitationTarget, InstrumentKind, MentionTarget } from '../../extracted-document.ts';
import { phraseKey } from './match-index.ts';

export function instrumentTarget(entry: InstrumentEntry): CitationTarget {
  // Fields set one by one rather than spread in: this runs for most citations, and spreads are slow.
  const target: CitationTarget = { id: entry.id, kind: 'instrument', subkind: entry.kind, title: entry.title };
  if (entry.shortTitle) target.shortTitle = entry.shortTitle;
  if (entry.acronym) target.acronym = entry.acronym;
  if (entry.unts) target.unts = entry.unts;
  return target;
}

export function slug(text: string): string {
  // An apostrophe joins its word ("Women’s" is "womens"), as a reader writes the id.
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120);
}

export function uncataloguedTarget(title: string, kind: InstrumentKind): CitationTarget {
  return { id: `uncatalogued:${slug(title)}`, kind: 'instrument', subkind: kind, title, uncatalogued: true };
}

const romanValue = (r: string): number => {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < r.length; i += 1) {
    const a = v[r[i]!] ?? 0;
    const b = v[r[i + 1]!] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
};

/** "I-III" → [1, 2, 3]; "I and II" → [1, 2]; "annex" (the sole annex) → []. */
export function annexNumbers(annex: string): number[] {
  const numbers: number[] = [];
  for (const part of annex.split(/\s*(?:,|and)\s*/)) {
    const range = /^([IVXLC]+)(?:-([IVXLC]+))?$/.exec(part.trim());
    if (!range) continue;
    const from = romanValue(range[1]!);
    const to = range[2] ? romanValue(range[2]) : from;
    for (let n = from; n <= to; n += 1) numbers.push(n);
  }
  return numbers;
}

/** Catalogue instruments that the cited annexes of a resolution hold. */
export function instrumentsInAnnexes(catalogue: Catalogue, symbol: string, annex: string): string[] {
  const wanted = annexNumbers(annex);
  return catalogue.instruments
    .filter((i) => i.adoptedBy?.resolution === symbol)
    .filter(
      (i) =>
        wanted.length === 0 || (i.adoptedBy?.annex !== undefined && wanted.includes(romanValue(i.adoptedBy.annex))),
    )
    .map((i) => i.id);
}

export function resolutionTarget(
  catalogue: Catalogue,
  found: { symbol: string; organ: string; date?: string; annex?: string },
): CitationTarget {
  const entry = catalogue.resolutions.find((r) => r.symbol === found.symbol);
  const annexInstruments = found.annex ? instrumentsInAnnexes(catalogue, found.symbol, found.annex) : [];
  return {
    id: found.symbol,
    kind: 'resolution',
    subkind: entry?.organ ?? found.organ,
    symbol: found.symbol,
    ...(entry?.title ? { title: entry.title } : {}),
    ...(found.date ? { date: found.date } : {}),
    ...(found.annex ? { annex: found.annex } : {}),
    ...(annexInstruments.length ? { annexInstruments } : {}),
  };
}

export function documentTarget(symbol: string): CitationTarget {
  return { id: symbol, kind: 'document', symbol };
}

export function bodyTarget(catalogue: Catalogue, id: string): MentionTarget | undefined {
  const body = catalogue.bodies.find((b) => b.id === id);
  if (!body) return undefined;
  return { id: body.id, kind: 'body', title: body.name, ...(body.acronym ? { acronym: body.acronym } : {}) };
}

/** A catalogue name with its comparison key, made once per catalogue: every title lookup scans them all. */
interface KeyedName {
  entry: InstrumentEntry;
  name: string;
  key: string;
  words: string[];
}

const keyedNames = new WeakMap<Catalogue, KeyedName[]>();

/** Every instrument's title, short title and aliases, in catalogue order. */
function namesOf(catalogue: Catalogue): KeyedName[] {
  let names = keyedNames.get(catalogue);
  if (!names) {
    names = catalogue.instruments.flatMap((entry) =>
      [entry.title, entry.shortTitle, ...entry.aliases].flatMap((name) => {
        if (name === undefined) return [];
        const key = phraseKey(name);
        return [{ entry, name, key, words: key.split(' ') }];
      }),
    );
    keyedNames.set(catalogue, names);
  }
  return names;
}

/** Words a variant of an official title may add, drop or change: they carry no name. */
const functionWords = new Set([
  'of',
  'on',
  'for',
  'against',
  'to',
  'in',
  'and',
  'or',
  'with',
  'by',
  'from',
  'at',
  'relating',
  'concerning',
  'regarding',
  'between',
  'under',
]);

/** The words that name: no function words, a plural written as its singular ("Rights", "Right"). */
function namingWords(words: string[]): string {
  return words
    .filter((w) => !functionWords.has(w))
    .map((w) => w.replace(/(?<=..)s$/, ''))
    .join(' ');
}

/**
 * A title found by its shape, looked up in the catalogue: exactly by key, then, for long titles,
 * allowing one function word more, less or different ("Convention on Means" for "Convention on
 * the Means"). The naming words must be the same: "United Nations Convention against Cybercrime"
 * is one word away from "... against Corruption" and is another instrument, and a longer title
 * that starts like a catalogued one names another instrument too.
 */
export function lookupTitle(catalogue: Catalogue, title: string): InstrumentEntry | undefined {
  const joined = phraseKey(title);
  const key = joined.split(' ');
  const naming = namingWords(key);
  let best: { entry: InstrumentEntry; distance: number } | undefined;
  for (const { entry, name, key: otherKey, words: other } of namesOf(catalogue)) {
    if (!name) continue;
    if (joined === otherKey) return entry;
    if (Math.min(key.length, other.length) < 5) continue;
    const distance = wordDistance(key, other);
    if (distance <= 1 && naming === namingWords(other) && (!best || distance < best.distance))
      best = { entry, distance };
  }
  return best?.entry ?? lookupDatedShortName(catalogue, title);
}

/**
 * "the 2008 Doha Declaration", "the 2002 Monterrey Consensus": a year before a short name tells
 * which meeting's text is meant. Without the year, the words must open exactly one catalogue
 * title or short title, and an adoption date the catalogue holds must fall in that year.
 */
function lookupDatedShortName(catalogue: Catalogue, title: string): InstrumentEntry | undefined {
  const dated = /^(\d{4})\s+(\S.*)$/.exec(title);
  if (!dated) return undefined;
  const key = phraseKey(dated[2]!);
  if (key.split(' ').length < 2) return undefined;
  const found = new Set<InstrumentEntry>();
  for (const { entry, key: other } of namesOf(catalogue)) {
    if (`${other} `.startsWith(`${key} `) && (!entry.adopted || entry.adopted.startsWith(dated[1]!))) found.add(entry);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function wordDistance(a: string[], b: string[]): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
