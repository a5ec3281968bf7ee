// Stage 2b: decide what each unit is (title, opening, preamble clause, operative paragraph, note
// paragraph, heading, annex marker) and give paragraphs their ids. A unit cut by a page break or a
// footnote block is joined back to the paragraph it continues.
import { agendaLine, documentInfo, isHeaderLine } from './document-info.ts';
import { type Draft, type DraftKind, readUnit, startReading, textOf } from './segment-states.ts';
import { groupLines, type Unit } from './segment-lines.ts';
import { footnoteIdNamer } from './support/footnote-ids.ts';
import {
  annexLine,
  endsFootnote,
  endsWithFunctionWord,
  isHeadingLike,
  noteLine,
  numberedLine,
  resolutionTitleLine,
} from './support/genre.ts';
import { joinLines, lazyDocumentWords, type Words } from './support/join-lines.ts';
import type { CleanDocument, FootnoteBlock, FootnoteEntry, RawParagraph, Segmented } from './support/types.ts';

/** Splits off the front matter (masthead, agenda, adoption line) before the body. */
function splitFront(units: Unit[]): { front: Unit[]; body: Unit[]; resolutionTitle?: Unit } {
  const titleAt = units.slice(0, 25).findIndex((u) => resolutionTitleLine.test(u.lines[0]!.text.trim()));
  if (titleAt >= 0)
    return { front: units.slice(0, titleAt), body: units.slice(titleAt), resolutionTitle: units[titleAt] };
  // A masthead ends at the agenda line ("Item 5 of the provisional agenda*"), if there is one
  // before the first paragraph; what follows it is the agenda item's title.
  const firstBody = units.findIndex((u) =>
    u.lines.some((l) => numberedLine.test(l.text.trim()) || noteLine.test(l.text.trim())),
  );
  const agendaAt = units
    .slice(0, Math.min(15, firstBody < 0 ? units.length : firstBody))
    .findIndex((u) => u.lines.some((l) => agendaLine.test(l.text.trim())));
  const front: Unit[] = agendaAt >= 0 ? units.slice(0, agendaAt) : [];
  for (let i = front.length; i < units.length; i += 1) {
    const unit = units[i]!;
    const agenda = unit.lines.findIndex((l) => agendaLine.test(l.text.trim()));
    if (agenda >= 0) {
      // The agenda item's title is the document's subject: it stays in the body as its title.
      front.push({ ...unit, lines: unit.lines.slice(0, agenda + 1) });
      const rest = unit.lines.slice(agenda + 1);
      return {
        front,
        body: [...(rest.length ? [{ ...unit, lines: rest, start: 'soft' as const }] : []), ...units.slice(i + 1)],
      };
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

export function segment(clean: CleanDocument): Segmented {
  const warnings: string[] = [];
  const words = lazyDocumentWords(() => clean.items.flatMap((i) => (i.kind === 'text' ? [i.text] : [])));
  const { units, blocks: rawBlocks } = groupLines(clean.items);
  const { front, body, resolutionTitle } = splitFront(units);

  const state = startReading(warnings);
  const width = lineWidth(clean);
  /** Pieces split off a unit, read next (last in, first out): a stack, not a splice into the body. */
  const pending: Unit[] = [];
  let u = 0;
  for (;;) {
    let unit = pending.pop() ?? body[u++];
    if (!unit) break;
    if (state.phase === 'start' && unit !== resolutionTitle && unit.lines.length > 1 && isHeadingLike(textOf(unit))) {
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
    readUnit(state, unit, unit === resolutionTitle);
  }

  const paragraphs = numberDrafts(state.drafts, words, warnings);
  const { blocks, footnotes } = buildFootnotes(rawBlocks, words, warnings);
  const firstTitle = paragraphs.find((p) => p.section.endsWith('title'))?.text;
  const info = documentInfo({
    front: front.flatMap((u) => u.lines.map((l) => l.text.trim())),
    furniture: clean.furniture,
    ...(resolutionTitle ? { resolutionTitle: textOf(resolutionTitle) } : {}),
    ...(firstTitle ? { firstTitle } : {}),
    hasNote: state.hasNote,
    ...(state.closingDate ? { closingDate: state.closingDate } : {}),
    paragraphs: paragraphs.map((p) => p.text),
  });
  return { info, paragraphs, blocks, footnotes, warnings };
}

const sectionNames: Record<DraftKind, string> = {
  title: 'title',
  heading: 'heading',
  preamble: 'preamble',
  operative: 'operative',
  note: 'note',
  text: 'text',
};
const idStems: Record<DraftKind, string> = {
  title: 'title',
  heading: 'heading',
  preamble: 'preamble',
  operative: 'op',
  note: 'note',
  text: 'para',
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
    paragraphs.push({
      id,
      section: prefix + sectionNames[draft.kind],
      number,
      text,
      lineStarts,
      line: draft.lines[0]!.line,
    });
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
        const footnote: FootnoteEntry = {
          key: footnotes.length,
          id: idOf(entry.marker),
          marker: entry.marker,
          text: joinLines(lines, words).text,
          line: head!.line,
          block: index,
        };
        footnotes.push(footnote);
        // Footnotes are sentences or citations closed by a full stop; one without is cut short.
        if (!endsFootnote(footnote.text) && !/[.)”]\s*[”"’]?$/.test(footnote.text)) {
          warnings.push(
            `line ${footnote.line}: footnote ${footnote.marker} looks cut off (it ends “${footnote.text.slice(-30)}”)`,
          );
        }
        return footnote;
      });
      return { index, line: raw.line, entries };
    });
  return { blocks, footnotes };
}
