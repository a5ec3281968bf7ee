// Stage 4c: finders for references written as symbols: resolutions ("General Assembly resolution 59/151 of
// 20 December 2004", "resolutions 76/217 ... and 79/279", "Security Council resolution 1373 (2001)"),
// UN Treaty Series registrations (and "Ibid., vol. ..."), and document symbols (E/CN.15/2005/1).
import { isoDate } from './document-info.ts';
import { monthNames } from './support/genre.ts';
import { SpanIndex } from './support/span-index.ts';
import { numberedLists } from './support/numbered-lists.ts';
import type { Candidate } from './support/types.ts';

type Found<T extends Candidate['type']> = Extract<Candidate, { type: T }>;

const organs: [RegExp, string][] = [
  [/General Assembly|Assembly/, 'ga'],
  [/Economic and Social Council/, 'ecosoc'],
  [/Security Council/, 'sc'],
  [/Human Rights Council/, 'hrc'],
];
const organPrefix =
  '(?:(General Assembly|Economic and Social Council|Security Council|Human Rights Council|Assembly)\\s+)?';
const roman = '[IVXLC]+';
/** One resolution number: 59/151, 49/75 E, 53/77 AA, 36/87 A and B, S-10/2, 2002/13, 1373 (2001), 2200 A (XXI). */
const number = `(?:S-\\d{1,2}\\/\\d{1,3}|ES-\\d{1,2}\\/\\d{1,3}|\\d{1,4}\\/\\d{1,4}(?:\\s[A-Z]{1,2}(?:\\sand\\s[A-Z]{1,2})?(?![\\w/]))?|\\d{1,4}(?:\\s[A-Z])?\\s\\((?:\\d{4}|${roman})\\))`;
const date = `(?:\\s+of\\s+(\\d{1,2})\\s+(${monthNames.join('|')})\\s+(\\d{4}))?`;
const annex = `(?:,?\\s+annex(?:es)?(?:\\s+(${roman}(?:\\s*(?:-|–|to|and|,)\\s*${roman})*))?)?`;
const item = new RegExp(`(${number})${date}${annex}`, 'y');
const trigger = new RegExp(`\\b${organPrefix}[Rr]esolutions?\\s+(?=S-\\d|ES-\\d|\\d)`, 'g');
const listJoin = /(?:,\s*(?:and\s+)?|\s+and\s+)(?=S-\d|ES-\d|\d{1,4}[/\s])/y;

function organOf(prefix: string | undefined, symbol: string): string {
  for (const [pattern, organ] of organs) if (prefix && pattern.test(prefix)) return organ;
  if (/^\d{1,4} \(\d{4}\)$/.test(symbol)) return 'sc';
  if (/^(?:19[4-9]\d|20\d\d)\/\d+$/.test(symbol)) return 'ecosoc';
  return 'ga';
}

/** The normalised symbol: A/RES/55/25, E/RES/2002/13, S/RES/1373 (2001), A/HRC/RES/5/1. */
export function resolutionSymbol(organ: string, number: string): string {
  const n = number.replace(/\s+/g, ' ');
  switch (organ) {
    case 'ecosoc':
      return `E/RES/${n}`;
    case 'sc':
      return `S/RES/${n}`;
    case 'hrc':
      return `A/HRC/RES/${n}`;
    default:
      return `A/RES/${n}`;
  }
}

// Each finder first checks for a word its pattern cannot match without ("esolution", "RES/",
// "vol.", "/"): most paragraphs have none, and the patterns are tried at every character.

export function findResolutions(text: string): Found<'resolution'>[] {
  const found: Found<'resolution'>[] = [];
  if (text.includes('esolution')) {
    for (const { trigger: t, item: m, start, end } of numberedLists(text, trigger, item, listJoin)) {
      const [, num, day, month, year, annexLabel] = m;
      const letters = /^(\d{1,4}\/\d{1,4}) ([A-Z]{1,2}) and ([A-Z]{1,2})$/.exec(num!);
      const numbers = letters ? [`${letters[1]} ${letters[2]}`, `${letters[1]} ${letters[3]}`] : [num!];
      const organ = organOf(t[1], numbers[0]!);
      const hasAnnex = /annex/.test(m[0]);
      for (const n of numbers) {
        const when = day ? isoDate(day, month!, year!) : undefined;
        found.push({
          type: 'resolution',
          start,
          end,
          surface: text.slice(start, end),
          symbol: resolutionSymbol(organ, n),
          organ,
          ...(when ? { date: when } : {}),
          ...(hasAnnex
            ? { annex: annexLabel ? annexLabel.replace(/\s*(?:-|–|to)\s*/g, '-').replace(/\s*,\s*/g, ', ') : 'annex' }
            : {}),
        });
      }
    }
  }
  // Symbols written out: "A/RES/59/151", "S/RES/1373 (2001)".
  if (text.includes('RES/')) {
    // What the words above cover, indexed: a walk over them per symbol is quadratic in a long list.
    const covered = new SpanIndex([...found]);
    for (const m of text.matchAll(
      /(?<![\w/])((?:A|E|S)\/(?:HRC\/)?RES\/[A-Z0-9][\w./-]*[\w](?: [A-Z](?![\w/]))?(?: \(\d{4}\))?)/g,
    )) {
      const organ = m[1]!.startsWith('E/')
        ? 'ecosoc'
        : m[1]!.startsWith('S/')
          ? 'sc'
          : m[1]!.includes('HRC')
            ? 'hrc'
            : 'ga';
      if (covered.some({ start: m.index!, end: m.index! + 1 })) continue;
      found.push({
        type: 'resolution',
        start: m.index!,
        end: m.index! + m[1]!.length,
        surface: m[1]!,
        symbol: m[1]!,
        organ,
      });
    }
  }
  return found;
}

export function findTreatySeries(text: string): (Found<'unts'> | Found<'ibid'>)[] {
  const found: (Found<'unts'> | Found<'ibid'>)[] = [];
  if (text.includes('vol.')) {
    for (const m of text.matchAll(
      /\b(United Nations,?\s+Treaty Series|Ibid\.)\s*,?\s*vol\.\s*(\d+),?\s*No\.\s*(\d+)/g,
    )) {
      found.push({
        type: 'unts',
        start: m.index!,
        end: m.index! + m[0].length,
        surface: m[0],
        volume: Number(m[2]),
        number: Number(m[3]),
        ibid: m[1]!.startsWith('Ibid'),
      });
    }
  }
  const alone = /^\s*Ibid\.\s*$/.exec(text);
  if (alone)
    found.push({ type: 'ibid', start: text.indexOf('Ibid.'), end: text.indexOf('Ibid.') + 5, surface: 'Ibid.' });
  return found;
}

const symbolPattern =
  /(?<![\w/.-])[A-Z][A-Za-z]{0,9}(?:\.\d+)?(?:\/[A-Za-z0-9.-]+)+(?:\s\((?:Vols?|Parts?)\.?\s[^)]+\)(?:\/[A-Za-z0-9.]+)*)?/g;
const addendum = /^\s+and\s+((?:Corr|Add|Rev)\.\d+)/;

export function findDocuments(text: string): Found<'document'>[] {
  const found: Found<'document'>[] = [];
  if (!text.includes('/')) return found;
  for (const m of text.matchAll(symbolPattern)) {
    const symbol = m[0].replace(/[.-]+$/, '');
    if (!/\d/.test(symbol) || /^(?:A|E|S)\/(?:HRC\/)?RES\//.test(symbol)) continue;
    const start = m.index!;
    found.push({ type: 'document', start, end: start + symbol.length, surface: symbol, symbol });
    const extra = addendum.exec(text.slice(start + m[0].length));
    if (extra) {
      const at = start + m[0].length + extra[0].length - extra[1]!.length;
      found.push({
        type: 'document',
        start: at,
        end: at + extra[1]!.length,
        surface: extra[1]!,
        symbol: `${symbol}/${extra[1]}`,
      });
    }
  }
  return found;
}
