// Stage 5a: what "that Convention", "the Treaty", "its Protocols" point back to. eyecite's rule for
// short forms: resolve to the citation they repeat, and drop what cannot be resolved without doubt.
// Three sources of certainty, in order: an instrument of the same kind named earlier in the same
// paragraph; the one instrument of that kind the document's own title names; the one instrument
// of that kind the document has cited so far.
import type { CitationTarget } from '../extracted-document.ts';
import { firstHead } from './find-titles.ts';
import { phraseKey, type MatchIndex } from './support/match-index.ts';
import { instrumentTarget } from './support/targets.ts';
import type { AnaphoraHead } from './support/types.ts';

export interface Discourse {
  /** Instruments cited so far, in order, for anaphora. */
  instruments: CitationTarget[];
  /** Instruments the document's title names ("80/14. African Nuclear-Weapon-Free Zone Treaty"). */
  subject: CitationTarget[];
  /** Bodies mentioned so far, in order, for short forms. */
  bodies: string[];
  /** Short names the text defines in brackets after a title: "(Lighthouse Guidelines)". */
  shortNames: Map<string, CitationTarget>;
  /** Acronyms the text defines in brackets after a title it cites: "(ATT)". Exact, case and all. */
  acronyms: Map<string, CitationTarget>;
  /**
   * What footnotes bind uncatalogued titles to, by the title's id: the document a "Final Document
   * ..." is, by the symbol its footnote gives. Applied to the whole document once it is read, so
   * every wording of it becomes one target. (A Treaty Series registration stays on the instrument:
   * the loader merges by it, seed/load/instrument-identity.ts.)
   */
  bindings: Map<string, (target: CitationTarget) => CitationTarget>;
}

export function newDiscourse(): Discourse {
  return { instruments: [], subject: [], bodies: [], shortNames: new Map(), acronyms: new Map(), bindings: new Map() };
}

export interface Anaphor {
  head: AnaphoraHead;
  plural: boolean;
}

/** The one instrument of the wanted kinds in `list`, or undefined when there are none or several. */
function onlyOne(list: CitationTarget[], wanted: string[]): CitationTarget | undefined {
  const matching = list.filter((t) => wanted.includes(t.subkind ?? ''));
  return new Set(matching.map((t) => t.id)).size === 1 ? matching[0] : undefined;
}

/** The instrument a singular short form ("the Treaty", "that Convention") repeats, if certain. */
export function antecedentOf(a: Anaphor, here: CitationTarget[], discourse: Discourse): CitationTarget | undefined {
  if (!kindHeads.has(a.head)) return antecedentByWords(a.head, here, discourse);
  // "its Protocols" hangs on the convention or treaty they supplement.
  const wanted = a.plural ? ['convention', 'treaty'] : [a.head === 'agreement' ? 'treaty' : a.head];
  const nearest = [...here].reverse().find((t) => t.kind === 'instrument' && wanted.includes(t.subkind ?? ''));
  return nearest ?? onlyOne(discourse.subject, wanted) ?? onlyOne(discourse.instruments, wanted);
}

/** Heads resolved by the kind of instrument they name; the others by their words (see antecedentByWords). */
const kindHeads = new Set<string>([
  'convention',
  'protocol',
  'treaty',
  'declaration',
  'charter',
  'agreement',
  'resolution',
]);

/** Every name the text or the catalogue gives a target, as comparison keys. */
const namesOf = (t: CitationTarget): string[] =>
  [t.title, t.shortTitle, ...(t.aliases ?? [])].filter((n): n is string => n !== undefined).map(phraseKey);

/**
 * The instrument a short form repeats by its words, as eyecite resolves a short form to the full
 * citation before it: "the Statute", "the Programme of Action", "the Paris Agreement", "the
 * Optional Protocol" name an instrument cited before whose longer title holds those words. The
 * nearest in the paragraph, else the only one the document's title names, else the only one the
 * document has cited; undefined when that is not certain.
 */
export function antecedentByWords(
  words: string,
  here: CitationTarget[],
  discourse: Discourse,
): CitationTarget | undefined {
  const key = ` ${phraseKey(words)} `;
  // A title that ends on its head noun ("the Paris Agreement") may stand anywhere in the longer
  // one; a title with a subject ("Final Document of the 2000 Review Conference") repeats only a
  // title that goes on with a complement ("... of the Parties to the Treaty"), never one that
  // coordinates more ("Treaty on Reefs" is not "Treaty on Reefs and Shoals").
  const endsOnHead = firstHead.test(words) && new RegExp(`(?:${firstHead.exec(words)![1]})$`).test(words);
  const repeats = (n: string) => {
    if (` ${n} ` === key) return false;
    if (endsOnHead) return ` ${n} `.includes(key);
    return ` ${n} `.startsWith(key) && complements.has(` ${n} `.slice(key.length).split(' ')[0]!);
  };
  const holds = (t: CitationTarget) => t.kind === 'instrument' && namesOf(t).some(repeats);
  const only = (list: CitationTarget[]) => {
    const matching = list.filter(holds);
    return new Set(matching.map((t) => t.id)).size === 1 ? matching[0] : undefined;
  };
  return [...here].reverse().find(holds) ?? only(discourse.subject) ?? only(discourse.instruments);
}

/** Prepositions that open a complement of a title: what a shortened title may leave out. */
const complements = new Set(['of', 'to', 'on', 'under', 'for', 'between', 'relating', 'concerning', 'against']);

/** Words that say which of a kind, not which instrument: "the Final Document", "the Optional Protocol". */
const genericWords = new Set([
  'final',
  'outcome',
  'optional',
  'additional',
  'political',
  'ministerial',
  'present',
  'new',
  'global',
  'said',
]);

/**
 * Whether a title found by its shape is a short form, not a name: its head noun ("Programme of
 * Action", "Document") and generic words only. Such a title cites what it repeats, or nothing.
 */
export function isGenericTitle(title: string, head: string): boolean {
  const headWords = new Set(phraseKey(head).split(' '));
  return phraseKey(title)
    .split(' ')
    .every((w) => headWords.has(w) || genericWords.has(w));
}

/**
 * The targets of an anaphor. `scope`, when set, lists the instruments the annexes of a resolution
 * hold, named by a footnote on this anaphor or an earlier one of the paragraph ("two of its
 * Protocols.2" with "2 General Assembly resolution 55/25, annexes I-III"): the plural then means
 * those instruments of its head noun, not every protocol the catalogue knows for the convention.
 */
export function referTo(
  a: Anaphor,
  here: CitationTarget[],
  discourse: Discourse,
  index: MatchIndex,
  scope?: string[],
): CitationTarget[] {
  if (a.head === 'resolution') {
    const last = [...here].reverse().find((t) => t.kind === 'resolution');
    return last ? [last] : [];
  }
  const antecedent = antecedentOf(a, here, discourse);
  if (!a.plural) return antecedent ? [antecedent] : [];
  const instruments = index.catalogue.instruments;
  if (scope?.length) {
    const named = instruments.filter((i) => scope.includes(i.id) && i.kind === a.head);
    const supplementing = named.filter((i) => antecedent && i.supplements === antecedent.id);
    const chosen = supplementing.length ? supplementing : named;
    if (chosen.length) return chosen.map(instrumentTarget);
  }
  if (!antecedent) return [];
  // "its Protocols", "the Protocols thereto": every protocol that supplements the convention.
  return instruments.filter((i) => i.supplements === antecedent.id && i.kind === 'protocol').map(instrumentTarget);
}

/** "Protocol III to the Treaty": the bare head at the end of a title found by shape. */
const bareHeadAtEnd = /\b(?:to|of|under)\s+(?:the|that|this)\s+(Treaty|Convention|Agreement|Protocol|Charter)$/;

/**
 * A title that names its parent instrument by a short form is expanded with the parent's title
 * ("Protocol III to the Treaty" → "Protocol III to the African Nuclear-Weapon-Free Zone Treaty"),
 * so that the id names one instrument across documents. Returns the parent too, which the title
 * also cites; undefined when the short form cannot be resolved with certainty.
 */
export function expandShortFormInTitle(
  title: string,
  here: CitationTarget[],
  discourse: Discourse,
): { title: string; parent: CitationTarget } | undefined {
  const m = bareHeadAtEnd.exec(title);
  if (!m) return undefined;
  const head = m[1]!.toLowerCase() as AnaphoraHead;
  const parent = antecedentOf({ head, plural: false }, here, discourse);
  if (!parent?.title) return undefined;
  const at = m.index + m[0].length - m[1]!.length;
  const determiner = /(?:the|that|this)\s+$/.exec(title.slice(0, at))!;
  return { title: `${title.slice(0, at - determiner[0].length)}the ${parent.title}`, parent };
}
