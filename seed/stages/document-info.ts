// The document's identity from its front matter and furniture: symbol (running header or the
// resolution number), title, adoption date and kind.
import type { DocumentInfo } from '../extracted-document.ts';
import { monthNames, resolutionTitleLine } from './support/genre.ts';
import type { Furniture } from './support/types.ts';

const headerLine = new RegExp(
  [
    '^(?:United Nations|General Assembly|Economic and Social Council|Security Council|Human Rights Council)(?:\\s+(?:Distr|[A-Z]{1,2}\\/).*)?$',
    '^Distr\\.?:?.*$', '^Original:.*$', '^(?:General|Limited|Restricted)$',
    `^\\d{1,2} (?:${monthNames.join('|')}) \\d{4}$`,
    '^.*\\bsession\\b.*$', '^Agenda items? \\d.*$', '^Items? \\d+.*agenda.*$',
    '^Resolution adopted by.*$', `^on \\d{1,2} (?:${monthNames.join('|')}) \\d{4}$`, '^\\[.*$', '^.*\\]$',
    `^[A-Z][a-z]+(?: [A-Z][a-z]+)?, \\d{1,2}(?:[-–]\\d{1,2})? (?:${monthNames.join('|')})(?: \\d{4})?(?:[-–].*)?$`,
  ].join('|'),
);

export function isHeaderLine(text: string): boolean {
  return headerLine.test(text.trim());
}

export const agendaLine = /^(?:Agenda items? \d+.*|Items? \d+(?: \([a-z]\))? of the (?:provisional )?agenda\**)$/;

export function isoDate(day: string, month: string, year: string): string | undefined {
  const m = monthNames.indexOf(month);
  if (m < 0) return undefined;
  return `${year}-${String(m + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

const dateIn = new RegExp(`(\\d{1,2}) (${monthNames.join('|')}) (\\d{4})`);

function firstDate(text: string): string | undefined {
  const match = dateIn.exec(text);
  return match ? isoDate(match[1]!, match[2]!, match[3]!) : undefined;
}

/** The symbol printed most often as a running header; the first one on a tie. */
function headerSymbol(furniture: Furniture[]): string | undefined {
  const counts = new Map<string, number>();
  for (const f of furniture) if (f.kind === 'symbol') counts.set(f.text, (counts.get(f.text) ?? 0) + 1);
  let best: string | undefined;
  for (const [symbol, count] of counts) if (best === undefined || count > counts.get(best)!) best = symbol;
  return best;
}

export interface InfoInputs {
  front: string[];
  furniture: Furniture[];
  /** The "80/3. Title" line(s) when the document is a resolution. */
  resolutionTitle?: string;
  firstTitle?: string;
  hasNote: boolean;
  closingDate?: string;
}

export function documentInfo(inputs: InfoInputs): DocumentInfo {
  const front = inputs.front.join(' ').replace(/\s+/g, ' ');
  const fromHeader = headerSymbol(inputs.furniture);
  const titleMatch = inputs.resolutionTitle ? resolutionTitleLine.exec(inputs.resolutionTitle) : null;
  if (titleMatch) {
    const [, session, number, title] = titleMatch;
    // Sessions are numbered (80/3) for the Assembly; the Council numbers by year (2002/13).
    const organ = session!.length === 4 || /Economic and Social Council/.test(front) ? 'E' : 'A';
    const symbol = fromHeader && /\/RES\//.test(fromHeader) ? fromHeader : `${organ}/RES/${session}/${number}`;
    // Bounded: an unbounded lazy run is tried to the end of the front matter from each "adopted by the".
    const adopted = /adopted by the .{0,200}? on (\d{1,2} \w+ \d{4})/.exec(front)?.[1];
    const date = (adopted ? firstDate(adopted) : undefined) ?? inputs.closingDate ?? firstDate(front);
    return { symbol, title: title!.trim(), ...(date ? { date } : {}), kind: 'resolution' };
  }
  const date = firstDate(front);
  const kind = inputs.hasNote ? 'note' : /Declaration/.test(inputs.firstTitle ?? '') ? 'declaration' : 'document';
  return { symbol: fromHeader ?? '', title: inputs.firstTitle ?? '', ...(date ? { date } : {}), kind };
}

export { firstDate };
