// Stage 2b: decide what each unit is (title, opening, preamble clause, operative paragraph, note
// paragraph, heading, annex marker) and give paragraphs their ids. A unit cut by a page break or a
// footnote block is joined back to the paragraph it continues.
import { agendaLine, documentInfo, firstDate, isHeaderLine } from './document-info.ts';
import {
  annexLine, dateOnlyLine, endsFootnote, endsParagraph, endsWithFunctionWord, introducesAnnex, isClauseOpener, isHeadingLike,
  isCollectiveOpening, isOpening, isPreambleClose, noteLine, numberedLine, opensWithOperativeVerb, plenaryLine,
  resolutionTitleLine, romanHeadingLine,
} from './support/genre.ts';
import { footnoteIdNamer } from './support/footnote-ids.ts';
import { joinLines, lazyDocumentWords, type Words } from './support/join-lines.ts';
import { groupLines, type Unit } from './segment-lines.ts';
import type { CleanDocument, FootnoteBlock, FootnoteEntry, RawParagraph, Segmented, SourceLine } from './support/types.ts';

type DraftKind = 'title' | 'heading' | 'preamble' | 'operative' | 'note' | 'text';
interface Part { prefix: string; isNote: boolean }
interface Draft { kind: DraftKind; part: Part; number: number | null; lines: SourceLine[] }

const textOf = (unit: Unit): string => unit.lines.map((l) => l.text.trim()).join(' ');

/** A unit's lines onto a draft; a loop, as a spread of a long unit overflows the call stack. */
function append(draft: Draft, unit: Unit): void {
  for (const line of unit.lines) draft.lines.push(line);
}

/** Splits off the front matter (masthead, agenda, adoption line) before the body. */
function splitFront(units: Unit[]): { front: Unit[]; body: Unit[]; resolutionTitle?: Unit } {
  const titleAt = units.slice(0, 25).findIndex((u) => resolutionTitleLine.test(u.lines[0]!.text.trim()));
  if (titleAt >= 0) return { front: units.slice(0, titleAt), body: units.slice(titleAt), resolutionTitle: units[titleAt] };
  // A masthead ends at the agenda line ("Item 5 of the provisional agenda*"), if there is one
  // before the first paragraph; what follows it is the agenda item's title.
  const firstBody = units.findIndex((u) => u.lines.some((l) => numberedLine.test(l.text.trim()) || noteLine.test(l.text.trim())));
  const agendaAt = units.slice(0, Math.min(15, firstBody < 0 ? units.length : firstBody)).findIndex((u) => u.lines.some((l) => agendaLine.test(l.text.trim())));
  const front: Unit[] = agendaAt >= 0 ? units.slice(0, agendaAt) : [];
  for (let i = front.length; i < units.length; i += 1) {
    const unit = units[i]!;
    const agenda = unit.lines.findIndex((l) => agendaLine.test(l.text.trim()));
    if (agenda >= 0) {
      // The agenda item's title is the document's subject: it stays in the body as its title.
      front.push({ ...unit, lines: unit.lines.slice(0, agenda + 1) });
      const rest = unit.lines.slice(agenda + 1);
      return { front, body: [...(rest.length ? [{ ...unit, lines: rest, start: 'soft' as const }] : []), ...units.slice(i + 1)] };
    }
    if (!unit.lines.every((l) => isHeaderLine(l.text))) return { front, body: units.slice(i) };
    front.push(unit);
  }
  return { front, body: [] };
}

/**
 * A title and its subtitle can stand on consecutive lines ("Bangkok Declaration" / "Synergies and
 * Responses: ..."). A line wrapped by the page is long or ends on an open word; one that ends early
 * closes its title.
 */
function splitTitles(unit: Unit, width: number): Unit[] {
  const pieces: Unit[] = [];
  let current: Unit = { ...unit, lines: [] };
  for (const line of unit.lines) {
    const last = current.lines.at(-1)?.text.trim();
    const closed = last !== undefined && last.length < 0.6 * width && !endsWithFunctionWord(last) && !/-$/.test(last);
    if (closed && /^[A-Z]/.test(line.text.trim())) {
      pieces.push(current);
      current = { lines: [], start: 'hard', afterBreak: false };
    }
    current.lines.push(line);
  }
  pieces.push(current);
  return pieces;
}

/** The usual printed line width: long lines are wrapped, short ones end something. */
function lineWidth(clean: CleanDocument): number {
  const lengths: number[] = [];
  for (const item of clean.items) if (item.kind === 'text') lengths.push(item.text.trim().length);
  // A typed array sorts numerically without a comparator function, several times faster.
  const sorted = Int32Array.from(lengths).sort();
  return sorted[Math.floor(sorted.length * 0.9)] ?? 80;
}

function continues(previous: Draft | undefined, unit: Unit): boolean {
  if (!previous || unit.start !== 'soft') return false;
  const first = unit.lines[0]!.text.trim();
  const last = previous.lines.at(-1)!.text.trim();
  if (isOpening(textOf(unit)) || annexLine.test(first) || noteLine.test(first) || plenaryLine.test(first)) return false;
  if (/^[a-z]/.test(first)) return true;
  if (endsParagraph(last)) return false;
  if (previous.kind === 'title' || previous.kind === 'heading') return endsWithFunctionWord(last) || /-$/.test(last);
  return true;
}

export function segment(clean: CleanDocument): Segmented {
  const warnings: string[] = [];
  const words = lazyDocumentWords(() => clean.items.flatMap((i) => (i.kind === 'text' ? [i.text] : [])));
  const { units, blocks: rawBlocks } = groupLines(clean.items);
  const { front, body, resolutionTitle } = splitFront(units);

  const main: Part = { prefix: '', isNote: false };
  let part = main;
  let phase: 'start' | 'preamble' | 'operative' | 'closed' = 'start';
  let hasNote = false;
  let closingDate: string | undefined;
  const drafts: Draft[] = [];
  const add = (kind: DraftKind, number: number | null, lines: SourceLine[]): void => {
    drafts.push({ kind, part, number, lines });
  };

  const width = lineWidth(clean);
  /** Pieces split off a unit, read next (last in, first out): a stack, not a splice into the body. */
  const pending: Unit[] = [];
  /** The last numbered operative or note paragraph of each part, to check the numbering. */
  const lastNumbered = new Map<Part, Draft>();
  let u = 0;
  for (;;) {
    let unit = pending.pop() ?? body[u++];
    if (!unit) break;
    if (phase === 'start' && unit !== resolutionTitle && unit.lines.length > 1 && isHeadingLike(textOf(unit))) {
      const [head, ...rest] = splitTitles(unit, width);
      for (let k = rest.length - 1; k >= 0; k -= 1) pending.push(rest[k]!);
      unit = head!;
    }
    const opener = unit.lines[0]!.text.trim();
    if (unit.lines.length > 1 && (annexLine.test(opener) || noteLine.test(opener))) {
      // "Annex" and the annex's title often stand on consecutive lines.
      pending.push({ lines: unit.lines.slice(1), start: 'hard', afterBreak: false });
      unit = { ...unit, lines: unit.lines.slice(0, 1) };
    }
    const previous = drafts.at(-1);
    const text = textOf(unit);
    const first = unit.lines[0]!.text.trim();
    const line = unit.lines[0]!.line;
    if (unit.start === 'sub' && previous && previous.kind !== 'title' && previous.kind !== 'heading') {
      append(previous, unit);
      continue;
    }
    if (continues(previous, unit)) {
      append(previous!, unit);
      continue;
    }
    if (plenaryLine.test(first)) {
      closingDate ??= firstDate(text);
      phase = 'closed';
    } else if (phase === 'closed' && dateOnlyLine.test(text)) {
      closingDate ??= firstDate(text);
    } else if (noteLine.test(first)) {
      part = { prefix: '', isNote: true };
      hasNote = true;
      phase = 'start';
    } else if (annexLine.test(first)) {
      const label = annexLine.exec(first)?.[1];
      part = { prefix: label ? `annex-${label.toLowerCase()}-` : 'annex-', isNote: false };
      phase = 'start';
    } else if (unit === resolutionTitle) {
      const lines = [{ ...unit.lines[0]!, text: first.replace(/^\d{1,4}\/\d{1,4}\.\s+/, '') }, ...unit.lines.slice(1)];
      add('title', null, lines);
    } else if (isOpening(text)) {
      if (part.isNote) part = main;
      phase = 'preamble';
    } else if (phase === 'start' && isCollectiveOpening(text)) {
      add('preamble', null, unit.lines);
      phase = 'preamble';
    } else if (phase === 'preamble' && isPreambleClose(text) && !numberedLine.test(first)) {
      // "Declare as follows:" closes a preamble; "1. Decides:" is operative paragraph 1, whose
      // lettered items follow it (numbered, it is read below, and the items join it as 'sub' units).
      phase = 'operative';
    } else if (numberedLine.test(first)) {
      const number = Number(numberedLine.exec(first)![1]);
      const lines = [{ ...unit.lines[0]!, text: first.replace(numberedLine, '') }, ...unit.lines.slice(1)];
      const last = lastNumbered.get(part);
      if (last && number !== last.number! + 1 && number !== 1) {
        warnings.push(`line ${line}: paragraph ${number} follows paragraph ${last.number}`);
      }
      if (!part.isNote) phase = 'operative';
      add(part.isNote ? 'note' : 'operative', number, lines);
      lastNumbered.set(part, drafts.at(-1)!);
    } else if (phase === 'preamble' && (isClauseOpener(text) || /,$/.test(text))) {
      add('preamble', null, unit.lines);
    } else if (romanHeadingLine.test(first) || (isHeadingLike(text) && !(phase === 'start' && isClauseOpener(text)))) {
      if (part.isNote) part = main;
      add(phase === 'start' ? 'title' : 'heading', null, unit.lines);
    } else if (part.isNote) {
      add('note', null, unit.lines);
    } else if (phase !== 'operative' && isClauseOpener(text)) {
      phase = 'preamble';
      add('preamble', null, unit.lines);
    } else if (opensWithOperativeVerb(text) || phase !== 'operative' || !previous) {
      if (phase === 'preamble' || opensWithOperativeVerb(text)) phase = 'operative';
      add(phase === 'operative' ? 'operative' : 'text', null, unit.lines);
      if (part === main && introducesAnnex(text)) {
        part = { prefix: 'annex-', isNote: false };
        phase = 'start';
      }
    } else {
      append(previous, unit);
    }
  }

  const paragraphs = numberDrafts(drafts, words, warnings);
  const { blocks, footnotes } = buildFootnotes(rawBlocks, words, warnings);
  const firstTitle = paragraphs.find((p) => p.section.endsWith('title'))?.text;
  const info = documentInfo({
    front: front.flatMap((u) => u.lines.map((l) => l.text.trim())),
    furniture: clean.furniture,
    ...(resolutionTitle ? { resolutionTitle: textOf(resolutionTitle) } : {}),
    ...(firstTitle ? { firstTitle } : {}),
    hasNote,
    ...(closingDate ? { closingDate } : {}),
  });
  return { info, paragraphs, blocks, footnotes, warnings };
}

const sectionNames: Record<DraftKind, string> = {
  title: 'title', heading: 'heading', preamble: 'preamble', operative: 'operative', note: 'note', text: 'text',
};
const idStems: Record<DraftKind, string> = {
  title: 'title', heading: 'heading', preamble: 'preamble', operative: 'op', note: 'note', text: 'para',
};

/** Ids: `op-N` by printed number, `preamble-N` by clause ordinal, prefixed by the part (annex-). */
function numberDrafts(drafts: Draft[], words: Words, warnings: string[]): RawParagraph[] {
  const ordinals = new Map<string, number>();
  /** Line of the paragraph that first took each id, and how often the id has come. */
  const used = new Map<string, { line: number; count: number }>();
  const paragraphs: RawParagraph[] = [];
  for (const draft of drafts) {
    const prefix = draft.kind === 'note' ? '' : draft.part.prefix;
    const key = prefix + draft.kind;
    const ordinal = (ordinals.get(key) ?? 0) + 1;
    ordinals.set(key, ordinal);
    const { text, lineStarts } = joinLines(draft.lines, words);
    if (text === '') continue;
    const numeral = draft.number ?? ordinal;
    let id = `${prefix}${idStems[draft.kind]}-${numeral}`;
    const first = used.get(id);
    if (first) {
      // Never two paragraphs with one id: the loader keys paragraphs by it.
      first.count += 1;
      const line = draft.lines[0]!.line;
      let dup = `${id}-dup${first.count}`;
      while (used.has(dup)) dup = `${dup}x`;
      warnings.push(`line ${line}: paragraph ${id} repeats the one at line ${first.line}; kept as ${dup}`);
      id = dup;
    }
    used.set(id, { line: draft.lines[0]!.line, count: 1 });
    const number = draft.kind === 'preamble' ? ordinal : draft.number;
    paragraphs.push({ id, section: prefix + sectionNames[draft.kind], number, text, lineStarts, line: draft.lines[0]!.line });
  }
  return paragraphs;
}

function buildFootnotes(
  rawBlocks: ReturnType<typeof groupLines>['blocks'],
  words: Words,
  warnings: string[],
): { blocks: FootnoteBlock[]; footnotes: FootnoteEntry[] } {
  const footnotes: FootnoteEntry[] = [];
  const idOf = footnoteIdNamer();
  const blocks = rawBlocks
    .filter((b) => b.entries.length > 0)
    .map((raw, index) => {
      const entries = raw.entries.map((entry) => {
        const [head, ...rest] = entry.lines;
        const lines = [{ ...head!, text: head!.text.trim().replace(/^(?:\*{1,3}|\d{1,5})\s+/, '') }, ...rest];
        const footnote: FootnoteEntry = { key: footnotes.length, id: idOf(entry.marker), marker: entry.marker, text: joinLines(lines, words).text, line: head!.line, block: index };
        footnotes.push(footnote);
        // Footnotes are sentences or citations closed by a full stop; one without is cut short.
        if (!endsFootnote(footnote.text) && !/[.)”]\s*[”"’]?$/.test(footnote.text)) {
          warnings.push(`line ${footnote.line}: footnote ${footnote.marker} looks cut off (it ends “${footnote.text.slice(-30)}”)`);
        }
        return footnote;
      });
      return { index, line: raw.line, entries };
    });
  return { blocks, footnotes };
}
