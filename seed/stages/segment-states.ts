// Stage 2b's reader, a small state machine: what each unit of the body is, from its words and from
// where the reader stands. The state is a phase and the part being read (the resolution itself,
// an annex, a note); a unit is read by the first transition in `transitions` whose condition
// holds, which may add a paragraph draft, extend the last one, or move to another phase or part.
//
// Phases, and what moves the reader into each:
//   preamble   the opening ("The General Assembly,"), "We, ...", a preamble clause (never back from operative)
//   operative  a numbered paragraph (outside a note), an unnumbered one that opens with a verb ("Decides"),
//              the close of a preamble ("Declare as follows:")
//   start      "Annex", a note's heading, "Adopts the following declaration:": a new part begins
//   closed     the plenary line ("60th plenary meeting"); a date line after it dates the document
import { firstDate } from './document-info.ts';
import type { Unit } from './segment-lines.ts';
import {
  annexLine,
  dateOnlyLine,
  endsParagraph,
  endsWithFunctionWord,
  introducesAnnex,
  isClauseOpener,
  isCollectiveOpening,
  isHeadingLike,
  isOpening,
  isPreambleClose,
  noteLine,
  numberedLine,
  opensWithOperativeVerb,
  plenaryLine,
  romanHeadingLine,
} from './support/genre.ts';
import type { SourceLine } from './support/types.ts';

export type DraftKind = 'title' | 'heading' | 'preamble' | 'operative' | 'note' | 'text';
/** A part of the document: the resolution itself, an annex (ids prefixed `annex-`), or a note. */
export interface Part {
  prefix: string;
  isNote: boolean;
}
export interface Draft {
  kind: DraftKind;
  part: Part;
  number: number | null;
  lines: SourceLine[];
}

/** Before the body's first clause, in the preamble, among the operative paragraphs, past the plenary line. */
export type Phase = 'start' | 'preamble' | 'operative' | 'closed';

export interface ReaderState {
  phase: Phase;
  part: Part;
  /** The resolution's own part, to which an opening or a heading returns from a note. */
  readonly main: Part;
  hasNote: boolean;
  /** The first date on or after the plenary line. */
  closingDate: string | undefined;
  readonly drafts: Draft[];
  /** The last numbered operative or note paragraph of each part, to check the numbering. */
  readonly lastNumbered: Map<Part, Draft>;
  readonly warnings: string[];
}

/** One unit as the transitions see it. */
interface Seen {
  unit: Unit;
  /** Its lines, trimmed and joined by spaces. */
  text: string;
  /** Its first line, trimmed. */
  first: string;
  /** The draft read last, which a continuation extends. */
  previous: Draft | undefined;
  /** The resolution's numbered title ("80/3. Awaza Political Declaration"), found before the body. */
  isResolutionTitle: boolean;
}

interface Transition {
  /** What the unit is when `when` holds; `read` then adds it or moves the state. */
  is: string;
  when: (seen: Seen, state: ReaderState) => boolean;
  read: (seen: Seen, state: ReaderState) => void;
}

export const textOf = (unit: Unit): string => unit.lines.map((l) => l.text.trim()).join(' ');

export function startReading(warnings: string[]): ReaderState {
  const main: Part = { prefix: '', isNote: false };
  return {
    phase: 'start',
    part: main,
    main,
    hasNote: false,
    closingDate: undefined,
    drafts: [],
    lastNumbered: new Map(),
    warnings,
  };
}

/** Reads one unit: the first transition whose condition holds decides what it is. */
export function readUnit(state: ReaderState, unit: Unit, isResolutionTitle: boolean): void {
  const first = unit.lines[0]!.text.trim();
  const seen: Seen = { unit, text: textOf(unit), first, previous: state.drafts.at(-1), isResolutionTitle };
  for (const transition of transitions) {
    if (transition.when(seen, state)) {
      transition.read(seen, state);
      return;
    }
  }
}

/** The order matters: each condition is asked only of the units the ones above it left. */
const transitions: readonly Transition[] = [
  {
    is: 'a lettered item, which belongs to the paragraph before it',
    when: ({ unit, previous }) =>
      unit.start === 'sub' && previous !== undefined && previous.kind !== 'title' && previous.kind !== 'heading',
    read: extendPrevious,
  },
  {
    is: 'the rest of a paragraph cut by a page break or a footnote block',
    when: ({ unit, previous }) => continues(previous, unit),
    read: extendPrevious,
  },
  {
    is: 'the plenary line, which closes the resolution',
    when: ({ first }) => plenaryLine.test(first),
    read: ({ text }, state) => {
      state.closingDate ??= firstDate(text);
      state.phase = 'closed';
    },
  },
  {
    is: 'a date line after the plenary line',
    when: ({ text }, state) => state.phase === 'closed' && dateOnlyLine.test(text),
    read: ({ text }, state) => {
      state.closingDate ??= firstDate(text);
    },
  },
  {
    is: 'a note\'s heading ("Note by the Secretariat"), which opens a note',
    when: ({ first }) => noteLine.test(first),
    read: (_, state) => {
      state.part = { prefix: '', isNote: true };
      state.hasNote = true;
      state.phase = 'start';
    },
  },
  {
    is: 'an annex heading, which opens an annex',
    when: ({ first }) => annexLine.test(first),
    read: ({ first }, state) => {
      const label = annexLine.exec(first)?.[1];
      state.part = { prefix: label ? `annex-${label.toLowerCase()}-` : 'annex-', isNote: false };
      state.phase = 'start';
    },
  },
  {
    is: "the resolution's numbered title, kept without its number",
    when: ({ isResolutionTitle }) => isResolutionTitle,
    read: ({ unit, first }, state) => {
      const number = /^\d{1,4}\/\d{1,4}\.\s+/;
      add(state, 'title', null, [{ ...unit.lines[0]!, text: first.replace(number, '') }, ...unit.lines.slice(1)]);
    },
  },
  {
    is: 'the opening that names the organ ("The General Assembly,")',
    when: ({ text }) => isOpening(text),
    read: (_, state) => {
      if (state.part.isNote) state.part = state.main;
      state.phase = 'preamble';
    },
  },
  {
    is: 'a collective opening ("We, the Heads of State ..."), the first preamble clause',
    when: ({ text }, state) => state.phase === 'start' && isCollectiveOpening(text),
    read: ({ unit }, state) => {
      add(state, 'preamble', null, unit.lines);
      state.phase = 'preamble';
    },
  },
  {
    // "1. Decides:" is not: it is operative paragraph 1, read as numbered below, whose lettered
    // items join it as 'sub' units.
    is: 'the close of a preamble ("Declare as follows:")',
    when: ({ text, first }, state) => state.phase === 'preamble' && isPreambleClose(text) && !numberedLine.test(first),
    read: (_, state) => {
      state.phase = 'operative';
    },
  },
  {
    is: 'a numbered paragraph, operative or of a note',
    when: ({ first }) => numberedLine.test(first),
    read: readNumbered,
  },
  {
    is: 'a preamble clause',
    when: ({ text }, state) => state.phase === 'preamble' && (isClauseOpener(text) || /,$/.test(text)),
    read: ({ unit }, state) => add(state, 'preamble', null, unit.lines),
  },
  {
    is: 'a title (before the body) or a heading',
    when: ({ text, first }, state) =>
      romanHeadingLine.test(first) || (isHeadingLike(text) && !(state.phase === 'start' && isClauseOpener(text))),
    read: ({ unit }, state) => {
      if (state.part.isNote) state.part = state.main;
      add(state, state.phase === 'start' ? 'title' : 'heading', null, unit.lines);
    },
  },
  {
    is: 'an unnumbered paragraph of a note',
    when: (_, state) => state.part.isNote,
    read: ({ unit }, state) => add(state, 'note', null, unit.lines),
  },
  {
    is: 'a preamble clause with no opening before it',
    when: ({ text }, state) => state.phase !== 'operative' && isClauseOpener(text),
    read: ({ unit }, state) => {
      state.phase = 'preamble';
      add(state, 'preamble', null, unit.lines);
    },
  },
  {
    is: 'an unnumbered operative paragraph, or text outside the preamble and operative part',
    when: ({ text, previous }, state) => opensWithOperativeVerb(text) || state.phase !== 'operative' || !previous,
    read: readUnnumbered,
  },
  {
    is: 'the rest of the operative paragraph before it',
    when: () => true,
    read: extendPrevious,
  },
];

function add(state: ReaderState, kind: DraftKind, number: number | null, lines: SourceLine[]): void {
  state.drafts.push({ kind, part: state.part, number, lines });
}

/** A unit's lines onto the last draft; a loop, as a spread of a long unit overflows the call stack. */
function extendPrevious({ unit, previous }: Seen): void {
  for (const line of unit.lines) previous!.lines.push(line);
}

function readNumbered({ unit, first }: Seen, state: ReaderState): void {
  const number = Number(numberedLine.exec(first)![1]);
  const lines = [{ ...unit.lines[0]!, text: first.replace(numberedLine, '') }, ...unit.lines.slice(1)];
  const last = state.lastNumbered.get(state.part);
  if (last && number !== last.number! + 1 && number !== 1) {
    state.warnings.push(`line ${unit.lines[0]!.line}: paragraph ${number} follows paragraph ${last.number}`);
  }
  if (!state.part.isNote) state.phase = 'operative';
  add(state, state.part.isNote ? 'note' : 'operative', number, lines);
  state.lastNumbered.set(state.part, state.drafts.at(-1)!);
}

function readUnnumbered({ unit, text }: Seen, state: ReaderState): void {
  if (state.phase === 'preamble' || opensWithOperativeVerb(text)) state.phase = 'operative';
  add(state, state.phase === 'operative' ? 'operative' : 'text', null, unit.lines);
  // "Adopts the following political declaration:" with no "Annex" heading: what follows is an annex.
  if (state.part === state.main && introducesAnnex(text)) {
    state.part = { prefix: 'annex-', isNote: false };
    state.phase = 'start';
  }
}

/** A unit that starts softly (after a page break or a footnote block) and goes on with the draft before. */
function continues(previous: Draft | undefined, unit: Unit): boolean {
  if (!previous || unit.start !== 'soft') return false;
  const first = unit.lines[0]!.text.trim();
  const last = previous.lines.at(-1)!.text.trim();
  if (isOpening(textOf(unit)) || annexLine.test(first) || noteLine.test(first) || plenaryLine.test(first)) {
    return false;
  }
  if (/^[a-z]/.test(first)) return true;
  if (endsParagraph(last)) return false;
  if (previous.kind === 'title' || previous.kind === 'heading') {
    return endsWithFunctionWord(last) || /-$/.test(last);
  }
  return true;
}
