// Conventions of the genre (UN resolutions, declarations, notes), written once and shared by the
// stages: how a preamble clause opens, how a paragraph is numbered, what a footnote line looks like.

const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
export const monthNames = months.split('|');

/** Capitalised words ending in -ed/-ing that are not clause openers. */
const notOpeners = new Set([
  'United',
  'Hundred',
  'Sacred',
  'Kindred',
  'Beijing',
  'Nanjing',
  'Kunming',
  'Sterling',
  'Wedding',
  'Need',
  'Speed',
  'Seed',
  'Feed',
  'Red',
  'Bed',
  'Shed',
]);
const adjectiveOpeners =
  'Mindful|Aware|Conscious|Cognizant|Desirous|Determined|Convinced|Concerned|Alarmed|Bearing|Taking|Noting|Guided|Seized|Sharing|Believing|Fully|Deeply|Gravely|Greatly|Seriously|Firmly|Keenly|Profoundly|Strongly|Also|Further';
const adjectiveOpener = new RegExp(`^(?:${adjectiveOpeners})$`);

/**
 * A preamble clause opens with a participle or adjective: "Recalling", "Convinced",
 * "Greatly concerned", "Bearing in mind", "Noting with appreciation".
 */
export function isClauseOpener(text: string): boolean {
  const first = /^([A-Z][a-z]+)\b/.exec(text)?.[1];
  if (!first || notOpeners.has(first)) return false;
  if (adjectiveOpener.test(first)) return true;
  return /^[A-Z][a-z]{2,}(?:ing|ed)$/.test(first);
}

/** "12. We note ..." or "12." alone on its line (1.0.0 PDF text). */
export const numberedLine = /^(\d{1,3})\.(?:\s+(?=\S)|$)/;
/** "(a) To support ..." or "(a)" alone. */
export const subparagraphLine = /^\((?:[a-z]{1,2}|[ivx]{1,5})\)(?:\s|$)/;
/** "II. Implementation of ..." or "I." alone. */
export const romanHeadingLine = /^[IVXLC]{1,6}\.(?:\s|$)/;
/** "80/3. Awaza Political Declaration", "2002/13. Action to promote ..." */
export const resolutionTitleLine = /^(\d{1,4})\/(\d{1,4})\.\s+(\S.*)$/;
export const annexLine = /^Annex(?:es)?(?:\s+([IVXLC]+|\d+))?\s*$/;
export const noteLine =
  /^Note by the (?:Secretariat|Secretary-General|President|Director-General|Executive Director)\b/;
export const plenaryLine = /^\d+(?:st|nd|rd|th) plenary meeting\b/;
export const dateOnlyLine = new RegExp(`^\\d{1,2} (?:${months}) \\d{4}$`);

/**
 * "1 United Nations, Treaty Series ...", "* E/CN.15/2005/1." — not "14 October 2025". Up to five
 * digits: a long report has more than 999 footnotes; a number of four or five digits is a
 * footnote only where it is the next one expected (segment-lines.ts), as it could be a year.
 */
const footnoteStart = new RegExp(`^(\\*{1,3}|\\d{1,5})\\s+(?!(?:${months})\\b)(?=[A-Z0-9“"(*])`);

export function footnoteStartOf(text: string): { marker: string; rest: string } | undefined {
  const match = footnoteStart.exec(text);
  if (!match) return undefined;
  return { marker: match[1]!, rest: text.slice(match[0].length) };
}

/** Footnotes end with a full stop; one after an abbreviation ("Sales No.") does not end one. */
export function endsFootnote(text: string): boolean {
  const t = text.trimEnd();
  if (/\b(?:No|Nos|vol|vols|p|pp|para|paras|sect|chap|art|arts|Vol|Corr|Add|Rev|Suppl)\.$/.test(t)) return false;
  return /[.)”]$/.test(t);
}

/** A paragraph ends with a comma (preamble), semicolon, full stop or colon, maybe inside quotes. */
export function endsParagraph(text: string): boolean {
  // A footnote marker may follow the punctuation: "... against Women,5".
  return /[.,;:!?][”’")\]]*(?:\s?\d{1,3}|\*{1,3})?$/.test(text.trimEnd());
}

/** Words that leave a phrase open: a title cut by a break ends with one. */
export function endsWithFunctionWord(text: string): boolean {
  return /\b(?:and|or|of|the|in|on|for|to|against|by|with|at|from|a|an|its|their|under|between)$/i.test(text.trimEnd());
}

/** "The General Assembly," or "We, the States Members of the United Nations," */
export function isOpening(text: string): boolean {
  if (text.length > 200) return false;
  return (
    /^The (?:General Assembly|Economic and Social Council|Security Council|Human Rights Council|Commission\b[^,;.]*|Conference\b[^,;.]*|Congress\b[^,;.]*|Council\b[^,;.]*|Assembly\b[^,;.]*),?$/.test(
      text,
    ) || /^We,[^.;:]*,$/.test(text)
  );
}

/** "Declare as follows:", "Solemnly declare:" — the words that close a declaration's preamble. */
export function isPreambleClose(text: string): boolean {
  return (
    text.length <= 80 &&
    /:$/.test(text) &&
    /\b(?:[Dd]eclares?|[Pp]roclaims?|[Aa]grees?|[Dd]ecides?|[Aa]dopts?|[Rr]esolves?)\b/.test(text)
  );
}

/**
 * "Adopts the following political declaration ...:": the text that follows is the resolution's
 * annexed text, though no "Annex" heading says so.
 */
export function introducesAnnex(text: string): boolean {
  return /^(?:[A-Z][a-z]+ly |Also |Further )?(?:Adopts|Endorses|Approves|Proclaims)\b[^.;]*\bthe following\b[^.;]*:$/.test(
    text,
  );
}

/** "We, Heads of State ..., reaffirm ...": a declaration's opening that is a whole preamble clause. */
export function isCollectiveOpening(text: string): boolean {
  return /^We, /.test(text);
}

/** An operative verb in the third person opens an unnumbered operative paragraph: "Adopts the ...". */
export function opensWithOperativeVerb(text: string): boolean {
  return /^(?:[A-Z][a-z]+ly |Also |Further )?[A-Z][a-z]+s\b/.test(text) && !isClauseOpener(text);
}

/** Headings: short, capitalised, without the punctuation that ends a paragraph. */
export function isHeadingLike(text: string): boolean {
  return text.length <= 200 && /^[A-Z0-9“"]/.test(text) && !endsParagraph(text);
}
