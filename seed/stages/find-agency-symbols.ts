// Stage 4e: resolutions and decisions of the specialized agencies and related organizations, by the symbols
// their governing bodies give them. Each is a Resolution node keyed by that symbol, with the
// organization as its organ:
//   IAEA General Conference    GC(66)/RES/10, its parts (GC(66)/RES/10 A.2, GC(53)/RES/13 B), GC(66)/DEC/12
//   World Health Assembly      WHA77.1 ("World Health Assembly resolution 77.1"), decisions WHA77(10);
//                              Executive Board EB154.R5; documents such as WHA69/2016/REC/1 are documents
//   UNESCO General Conference  41 C/Resolution 48 (also written "41 C/Res. 48", or "resolution 41 C/48")
//   OAU / African Union        Council of Ministers CM/Res.1153 (XLVIII), Assembly AHG/Res.11 (XXXIII),
//                              Executive Council EX.CL/Dec.1 (II): the session in brackets is part of the symbol
// An IAEA session may be written in roman numerals, as it was until 1990: GC(XXXIV)/RES/530.
import type { Candidate } from './support/types.ts';

type Found = Extract<Candidate, { type: 'resolution' }>;

/** A part of an IAEA resolution: "A", "B", "A.2"; a lone capital must not open the next word ("A new"). */
const iaea =
  /(?<![\w/])(GC\((\d{1,3}|[IVXLC]{1,8})\)\/(RES|DEC)\/(\d{1,4}))(?:\s+([A-Z])\.(\d{1,2})(?![\w.])|\s+([A-Z])(?![\w.]|\s+\p{Ll}))?/gu;
const who = /(?<![\w/.])(WHA\d{1,2}\.\d{1,3}|WHA\d{1,2}\(\d{1,3}\)|EB\d{1,3}\.R\d{1,3})(?![\w.(])/g;
const africanUnion =
  /(?<![\w/])((?:CM|AHG|EX\.CL|Assembly\/AU)\/(?:Res|Dec)\.\s?\d{1,4}(?:\s?\([IVXLC]+\))?)(?![\w/])/g;
const healthAssembly =
  /\bWorld Health Assembly\s+resolutions?\s+(\d{1,2}\.\d{1,3})(?:\s+and\s+(\d{1,2}\.\d{1,3}))?(?![\w.])/g;
const unesco =
  /(?<![\w/])(?:(\d{1,2})\s?C\/(?:Resolution|Res\.)\s?(\d{1,3}(?:\.\d{1,2})?)|(?<=[Rr]esolutions?\s+)(\d{1,2})\s?C\/(\d{1,3}(?:\.\d{1,2})?))(?![\w/])/g;

/** Documents of governing bodies whose symbol opens with a session number: WHA69/2016/REC/1, EB152/2023/REC/1. */
const sessionDocument = /(?<![\w/.])((?:WHA|EB)\d{1,3}(?:\/[A-Za-z0-9.]+){2,})(?<![.])/g;

export function findAgencyDocuments(text: string): Extract<Candidate, { type: 'document' }>[] {
  if (!/(?:WHA|EB)\d{1,3}\//.test(text)) return [];
  return [...text.matchAll(sessionDocument)].map((m) => ({
    type: 'document' as const,
    start: m.index!,
    end: m.index! + m[1]!.length,
    surface: m[1]!,
    symbol: m[1]!,
  }));
}

export function findAgencySymbols(text: string): Found[] {
  const found: Found[] = [];
  const add = (start: number, surface: string, symbol: string, organ: string) =>
    found.push({ type: 'resolution', start, end: start + surface.length, surface, symbol, organ });
  if (text.includes('GC(')) {
    for (const m of text.matchAll(iaea)) {
      const part = m[5] ? ` ${m[5]}.${m[6]}` : m[7] ? ` ${m[7]}` : '';
      add(m.index!, m[0], `${m[1]}${part}`, 'iaea');
    }
  }
  if (/WHA|EB\d/.test(text)) for (const m of text.matchAll(who)) add(m.index!, m[0], m[1]!, 'who');
  if (text.includes('World Health Assembly')) {
    for (const m of text.matchAll(healthAssembly)) {
      // The first number carries the words before it; the second stands alone.
      add(m.index!, m[0].slice(0, m[0].indexOf(m[1]!) + m[1]!.length), `WHA${m[1]}`, 'who');
      if (m[2]) add(m.index! + m[0].length - m[2].length, m[2], `WHA${m[2]}`, 'who');
    }
  }
  if (/(?:CM|AHG|CL|AU)\/(?:Res|Dec)\./.test(text))
    for (const m of text.matchAll(africanUnion)) add(m.index!, m[0], m[1]!, 'au');
  if (text.includes('C/')) {
    for (const m of text.matchAll(unesco)) {
      const session = m[1] ?? m[3];
      const number = m[2] ?? m[4];
      add(m.index!, m[0], `${session} C/Resolution ${number}`, 'unesco');
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
