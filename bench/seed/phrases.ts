// The words of the synthetic corpus: clause openers, verbs and fillers of the genre, and the ways
// a text names an instrument, a resolution, a body or a document, with the footnote it attaches.
import type {
  BodyEntry,
  GroupEntry,
  InstrumentEntry,
  ResolutionEntry,
  ThemeEntry,
} from '../../seed/catalogue/schema.ts';

export const preambleOpeners = [
  'Recalling',
  'Reaffirming',
  'Noting with appreciation',
  'Bearing in mind',
  'Recognizing',
  'Welcoming',
  'Emphasizing',
  'Stressing',
  'Deeply concerned about',
  'Convinced of the importance of',
  'Acknowledging',
  'Taking note of',
  'Mindful of',
  'Reiterating',
];

export const resolutionVerbs = [
  'Urges',
  'Calls upon',
  'Encourages',
  'Invites',
  'Requests',
  'Reaffirms the importance for',
  'Emphasizes the need for',
  'Recommends',
  'Stresses the need for',
  'Further encourages',
];

export const declarationVerbs = [
  'We call upon',
  'We encourage',
  'We invite',
  'We urge',
  'We recommend that',
  'We request',
];

export const actors = [
  'Member States',
  'all States',
  'States parties',
  'relevant international and regional organizations',
  'donor States and financial institutions',
  'Governments',
  'States that have not yet done so',
];

export const actions = [
  'strengthen international cooperation to prevent and combat',
  'take effective measures against',
  'develop comprehensive national strategies on',
  'support the efforts of developing countries to address',
  'share information and good practices on',
  'improve the collection of data on',
  'provide adequate resources for responses to',
  'review their legislation relating to',
];

export const tails = [
  'in accordance with national legislation',
  'at the national, regional and international levels',
  'with a view to ensuring the effective implementation of existing commitments',
  'within existing resources',
  'as appropriate',
  'in full respect for the principles of sovereign equality and territorial integrity of States',
  'taking into account the particular needs of countries with economies in transition',
  'through sustained funding and closer coordination among all relevant actors',
];

export const ordinals = [
  'Eightieth',
  'Eighty-first',
  'Eighty-second',
  'Eighty-third',
  'Eighty-fourth',
  'Eighty-fifth',
  'Eighty-sixth',
  'Eighty-seventh',
  'Eighty-eighth',
  'Eighty-ninth',
  'Ninetieth',
];

export const cities = ['Vienna', 'Kyoto', 'Doha', 'Salvador', 'Santiago', 'Nairobi', 'Dakar', 'Lima', 'Hanoi', 'Tunis'];

export const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** How the text names an instrument: its full title the first time, a short name after. */
export function instrumentName(entry: InstrumentEntry, firstTime: boolean): string {
  if (firstTime) return `the ${entry.title.replace(/^The /, '')}`;
  if (entry.shortTitle) return `the ${entry.shortTitle.replace(/^The /, '')}`;
  return `the ${entry.title.replace(/^The /, '')}`;
}

/** The footnote a first mention carries: its Treaty Series entry, or the resolution that adopted it. */
export function instrumentFootnote(
  entry: InstrumentEntry,
  resolutions: Map<string, ResolutionEntry>,
): string | undefined {
  if (entry.unts) return `United Nations, Treaty Series, vol. ${entry.unts.volume}, No. ${entry.unts.number}.`;
  const adoptedBy = entry.adoptedBy;
  if (!adoptedBy) return undefined;
  const resolution = resolutions.get(adoptedBy.resolution);
  if (!resolution) return undefined;
  const annex = adoptedBy.annex ? `annex ${adoptedBy.annex}` : 'annex';
  return `${organName(resolution.organ)} resolution ${shortSymbol(resolution.symbol)}, ${annex}.`;
}

export function organName(organ: ResolutionEntry['organ']): string {
  return organ === 'ecosoc' ? 'Economic and Social Council' : organ === 'sc' ? 'Security Council' : 'General Assembly';
}

/** "A/RES/55/25" → "55/25"; "S/RES/984 (1995)" → "984 (1995)". */
export function shortSymbol(symbol: string): string {
  return symbol.replace(/^(?:A|E|S|A\/HRC)\/RES\//, '');
}

export function resolutionName(entry: ResolutionEntry): string {
  const date = entry.adopted ? ` of ${longDate(entry.adopted)}` : '';
  return `${organName(entry.organ)} resolution ${shortSymbol(entry.symbol)}${date}`;
}

export function bodyName(entry: BodyEntry): string {
  return `the ${entry.name}`;
}

export function groupName(entry: GroupEntry): string {
  return `the ${entry.phrases[0]}`;
}

export function themeTerm(entry: ThemeEntry): string {
  return entry.terms[0]!;
}

/** "2000-11-15" → "15 November 2000". */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${Number(day)} ${months[Number(month) - 1]} ${year}`;
}
