// Stage 4f: International Labour Conventions and Protocols, known by their numbers: "ILO Convention No. 189",
// "Convention No. 169 of the International Labour Organization", and the official style, a title
// with its year and number, "Worst Forms of Child Labour Convention, 1999 (No. 182)". The number is
// the key: every wording of one convention is one node (`uncatalogued:ilo-c182`, or `ilo-p29` for
// the Protocol of 2014 to Convention No. 29), unless the catalogue has the title.
import type { Candidate } from './support/types.ts';

type Title = Extract<Candidate, { type: 'title' }>;
export type IloCandidate = Extract<Candidate, { type: 'ilo' }>;

const byNumber =
  /\b(?:(?:ILO|International Labour Organization)\s+(Convention|Protocol)\s+(?:No\.\s*|\(No\.\s*)(\d{1,3})\)?|(Convention|Protocol)\s+No\.\s*(\d{1,3})\s+of\s+the\s+International\s+Labour\s+Organization)/g;
/** After a title: ", 1999 (No. 182)". */
const yearAndNumber = /^,?\s*(\d{4})\s*\(No\.\s*(\d{1,3})\)/;

/** ILO instruments in `text`; `titles` found by their grammar may end where ", 1999 (No. 182)" begins. */
export function findIlo(text: string, titles: Title[]): IloCandidate[] {
  const found: IloCandidate[] = [];
  if (!text.includes('No.')) return found;
  for (const m of text.matchAll(byNumber)) {
    const head = (m[1] ?? m[3]) as 'Convention' | 'Protocol';
    found.push({
      type: 'ilo',
      start: m.index!,
      end: m.index! + m[0].length,
      surface: m[0],
      number: Number(m[2] ?? m[4]),
      head,
    });
  }
  for (const t of titles) {
    const m = yearAndNumber.exec(text.slice(t.end));
    if (!m || found.some((f) => f.start < t.end + m[0].length && t.start < f.end)) continue;
    const head = /\bProtocol\b/.test(t.surface) && !/\bConvention$/.test(t.surface) ? 'Protocol' : 'Convention';
    found.push({
      type: 'ilo',
      start: t.start,
      end: t.end + m[0].length,
      surface: text.slice(t.start, t.end + m[0].length),
      number: Number(m[2]),
      head,
      title: `${t.surface}, ${m[1]}`,
    });
  }
  return found;
}
