// The document's identity from its front matter and furniture: symbol (running header or the
// resolution number), title, adoption date and kind. A document that prints no date takes the
// best one its own words give (inferDate), marked as inferred.
import type { DocumentInfo } from '../extracted-document.ts';
import { isClauseOpener, monthNames, opensWithOperativeVerb, resolutionTitleLine } from './support/genre.ts';
import type { Furniture } from './support/types.ts';

const headerLine = new RegExp(
  [
    '^(?:United Nations|General Assembly|Economic and Social Council|Security Council|Human Rights Council)(?:\\s+(?:Distr|[A-Z]{1,2}\\/).*)?$',
    '^Distr\\.?:?.*$',
    '^Original:.*$',
    '^(?:General|Limited|Restricted)$',
    `^\\d{1,2} (?:${monthNames.join('|')}) \\d{4}$`,
    '^.*\\bsession\\b.*$',
    '^Agenda items? \\d.*$',
    '^Items? \\d+.*agenda.*$',
    '^Resolution adopted by.*$',
    `^on \\d{1,2} (?:${monthNames.join('|')}) \\d{4}$`,
    '^\\[.*$',
    '^.*\\]$',
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
  /** The paragraphs' texts in reading order, where a date is looked for when none is printed. */
  paragraphs?: string[];
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
  const printed = firstDate(front);
  const inferred = printed ? undefined : inferDate(inputs.paragraphs ?? []);
  const kind = inputs.hasNote ? 'note' : /Declaration/.test(inputs.firstTitle ?? '') ? 'declaration' : 'document';
  const date = printed
    ? { date: printed }
    : inferred
      ? { date: inferred.date, dateInferred: true, dateEvidence: inferred.evidence }
      : {};
  return { symbol: fromHeader ?? '', title: inputs.firstTitle ?? '', ...date, kind };
}

export { firstDate };

// A date the text gives for itself. A meeting's dates are written "on 25 April 2005", "from 18 to
// 25 April 2005", "from 30 March to 2 April 2005", "from 28 December 2004 to 3 January 2005" or
// "on 24 and 25 April 2005"; the document is dated by the last day, by which it certainly existed.
const month = `(?:${monthNames.join('|')})`;
const dayDate = `(\\d{1,2})(?:\\s+(?:and|to|[-–])\\s+(\\d{1,2}))?\\s+(${month})\\s+(\\d{4})`;
const spanDate = new RegExp(
  `\\b(?:on|from\\s+\\d{1,2}(?:\\s+${month}(?:\\s+\\d{4})?)?\\s+to|between\\s+\\d{1,2}(?:\\s+${month}(?:\\s+\\d{4})?)?\\s+and)\\s+${dayDate}`,
);
const rangeDate = new RegExp(`\\b(?:from|between)\\s+\\d{1,2}\\s*[-–]\\s*${dayDate}`);

/**
 * How a sentence speaks of the document's own making, most telling first: the text itself
 * adopted on a date ("The present Declaration was adopted ... on", "Adopted at the 8th plenary
 * meeting, on"); the meeting that made it held ("The Congress was held in Bangkok from",
 * "took place", "We, ..., gathered in", "Having assembled at ... in Bangkok from"); the session
 * of the body that speaks ("The Commission, at its fourteenth session, held in Vienna from").
 * Each is followed, within the sentence, by the date words above.
 */
const selfClauses: RegExp[] = [
  /^Adopted\b|\b(?:[Tt]he present|[Tt]his) (?:[A-Z][a-z]+ )?(?:[Dd]eclaration|[Rr]esolution|[Dd]ecision|[Dd]ocument|[Pp]rogramme|[Pp]lan|[Cc]ommitment|[Cc]harter|[Ss]tatement|[Cc]onclusions?)s? (?:was|were|has been|have been) adopted\b/,
  /\b(?:was|were) (?:held|convened)\b|\btook place\b|^We,[^.;]{0,300}?\b(?:gathered|assembled|met|meeting|having (?:gathered|assembled|met))\b|^Having (?:assembled|gathered|met|convened)\b|^(?:Assembled|Gathered|Meeting)\b/,
  /\bat its [a-z-]+(?: \((?:special|resumed)\))? session,? held\b/,
];
/** Words that put the meeting in the future: it cannot date a text written before it. */
const future =
  /\b(?:to be|will be|shall be|would be|is to be|are to be)\s+(?:held|convened|adopted)\b|\b(?:will|shall|would) take place\b/;

/** Clauses that speak of another text or meeting: "Recalling that ...", "Notes that ...". */
function citesAnother(sentence: string): boolean {
  if (/^(?:Having (?:assembled|gathered|met|convened)|Assembled|Gathered|Meeting|Adopted)\b/.test(sentence))
    return false;
  return (
    isClauseOpener(sentence) || (opensWithOperativeVerb(sentence) && !/^(?:This|Thus|Its|His|As)\b/.test(sentence))
  );
}

export interface InferredDate {
  date: string;
  /** The words the date was read from, for the reader to judge. */
  evidence: string;
}

/** The last day of the first meeting date after `from` in the sentence, with its words. */
function dateAfter(sentence: string, from: number): InferredDate | undefined {
  const rest = sentence.slice(from, from + 400);
  const candidates = [spanDate.exec(rest), rangeDate.exec(rest)].filter((m): m is RegExpExecArray => m !== null);
  const match = candidates.sort((a, b) => a.index - b.index)[0];
  if (!match) return undefined;
  const [, day, lastDay, monthName, year] = match;
  const date = isoDate(lastDay ?? day!, monthName!, year!);
  return date ? { date, evidence: sentence.slice(from, from + match.index + match[0].length).trim() } : undefined;
}

/**
 * The best date a document's own sentences give when it prints none (a congress's declaration,
 * a note that reports a meeting), or undefined. Sentences that recall or note other texts and
 * meetings, and meetings still to come, give none. Bounded: each paragraph's sentences are read
 * once, each clause pattern tried on the first 2,000 characters.
 */
export function inferDate(paragraphs: string[]): InferredDate | undefined {
  let best: { rank: number; found: InferredDate } | undefined;
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.slice(0, 2000).split(/(?<=[.;:])\s+(?=[A-Z])/)) {
      if (citesAnother(sentence) || future.test(sentence)) continue;
      for (let rank = 0; rank < (best?.rank ?? selfClauses.length); rank += 1) {
        const clause = selfClauses[rank]!.exec(sentence);
        const found = clause ? dateAfter(sentence, clause.index) : undefined;
        if (found) {
          best = { rank, found };
          break;
        }
      }
      if (best?.rank === 0) return best.found;
    }
  }
  return best?.found;
}
