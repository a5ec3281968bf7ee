// Stage 4d: decisions of the principal organs, as the texts cite them: "decision 62/557", "General Assembly
// decisions 58/521 of 8 December 2003 and 60/518", "Economic and Social Council decision
// 2004/322", "Human Rights Council decision 1/102", and written out ("A/DEC/62/557"). A decision
// is a Resolution node keyed by its normalised symbol (A/DEC/62/557, E/DEC/2004/322,
// A/HRC/DEC/1/102): the graph holds what an organ decided, whatever the form it took.
//
// Without an organ, the number tells it: a year before the slash is the Council's ("2004/322");
// the Assembly numbers its decisions from 401 on ("79/512"). Other numbers ("decision 15/4", a
// conference of parties' decision, or "decision 1/CP.21") are not read: no symbol can be sure.
import { isoDate } from './document-info.ts';
import { monthNames } from './support/genre.ts';
import { numberedLists } from './support/numbered-lists.ts';
import { SpanIndex } from './support/span-index.ts';
import type { Candidate } from './support/types.ts';

type Found = Extract<Candidate, { type: 'resolution' }>;

const organs: [RegExp, string, string][] = [
  [/^Economic and Social Council$/, 'ecosoc', 'E/DEC/'],
  [/^Human Rights Council$/, 'hrc', 'A/HRC/DEC/'],
  [/^(?:General )?Assembly$/, 'ga', 'A/DEC/'],
];
const trigger =
  /\b(?:(General Assembly|Economic and Social Council|Human Rights Council|Assembly)\s+)?[Dd]ecisions?\s+(?=S?-?\d)/g;
const item = new RegExp(
  `(S-\\d{1,2}\\/\\d{1,3}|\\d{1,4}\\/\\d{1,4})(?![\\w/.])(?:\\s+of\\s+(\\d{1,2})\\s+(${monthNames.join('|')})\\s+(\\d{4}))?`,
  'y',
);
const listJoin = /(?:,\s*(?:and\s+)?|\s+and\s+)(?=S-\d|\d{1,4}\/)/y;
const writtenOut = /(?<![\w/])((?:A\/HRC|A|E)\/DEC\/(?:S-)?\d{1,4}\/\d{1,4})(?![\w/])/g;

/** The organ and symbol prefix of a decision number, or undefined when the number does not tell. */
function organOf(named: string | undefined, number: string): { organ: string; prefix: string } | undefined {
  if (named) {
    const [, organ, prefix] = organs.find(([pattern]) => pattern.test(named))!;
    return { organ, prefix };
  }
  const [session, serial] = number.split('/');
  if (/^(?:19[4-9]\d|20\d\d)$/.test(session!)) return { organ: 'ecosoc', prefix: 'E/DEC/' };
  if (Number(serial) >= 401 && Number(serial) <= 599) return { organ: 'ga', prefix: 'A/DEC/' };
  return undefined;
}

export function findDecisions(text: string): Found[] {
  const found: Found[] = [];
  if (text.includes('ecision')) {
    for (const { trigger: t, item: m, start, end } of numberedLists(text, trigger, item, listJoin)) {
      const [, number, day, month, year] = m;
      const organ = organOf(t[1], number!);
      if (!organ) continue;
      const when = day ? isoDate(day, month!, year!) : undefined;
      const symbol = `${organ.prefix}${number}`;
      found.push({
        type: 'resolution',
        start,
        end,
        surface: text.slice(start, end),
        symbol,
        organ: organ.organ,
        ...(when ? { date: when } : {}),
      });
    }
  }
  if (text.includes('DEC/')) {
    // What the words above cover, indexed: a walk over them per symbol is quadratic in a long list.
    const covered = new SpanIndex([...found]);
    for (const m of text.matchAll(writtenOut)) {
      if (covered.some({ start: m.index!, end: m.index! + 1 })) continue;
      const symbol = m[1]!;
      const organ = symbol.startsWith('E/') ? 'ecosoc' : symbol.includes('HRC') ? 'hrc' : 'ga';
      found.push({
        type: 'resolution',
        start: m.index!,
        end: m.index! + symbol.length,
        surface: symbol,
        symbol,
        organ,
      });
    }
  }
  return found;
}
