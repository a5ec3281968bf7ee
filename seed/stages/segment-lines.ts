// Stage 2a: group clean lines into units (runs of lines that start a paragraph, a heading or a
// continuation) and footnote blocks. Deciding what a unit *is* comes later (segment.ts); here only
// where things start: a number, a clause opener after a comma, a blank line, a page break.
import {
  endsFootnote,
  footnoteStartOf,
  isClauseOpener,
  noteLine,
  numberedLine,
  resolutionTitleLine,
  romanHeadingLine,
  subparagraphLine,
  annexLine,
  plenaryLine,
} from './support/genre.ts';
import type { CleanItem, SourceLine } from './support/types.ts';

export interface Unit {
  lines: SourceLine[];
  /** hard: a paragraph number or opener starts it; soft: after a blank, a break or footnotes; sub: "(a)". */
  start: 'hard' | 'soft' | 'sub';
  /** True when page furniture or a footnote block stands between this unit and the one before. */
  afterBreak: boolean;
}

export interface RawFootnote {
  marker: string;
  lines: SourceLine[];
}

export interface RawFootnoteBlock {
  line: number;
  entries: RawFootnote[];
}

export interface LineUnits {
  units: Unit[];
  blocks: RawFootnoteBlock[];
}

function startsHard(text: string, previous: string | undefined): boolean {
  if (numberedLine.test(text) || romanHeadingLine.test(text) || resolutionTitleLine.test(text)) return true;
  if (annexLine.test(text) || noteLine.test(text) || plenaryLine.test(text)) return true;
  // Unnumbered preamble clauses follow each other without a blank line in some PDF text.
  return previous !== undefined && /[,;]$/.test(previous) && isClauseOpener(text);
}

export function groupLines(items: CleanItem[]): LineUnits {
  const units: Unit[] = [];
  const blocks: RawFootnoteBlock[] = [];
  let unit: Unit | undefined;
  let block: RawFootnoteBlock | undefined;
  let footnote: RawFootnote | undefined;
  let afterBlank = true;
  let afterBreak = false;
  let lastNumber = 0;
  /** A "1" glued to a word since the last footnote block: the page's footnotes may restart at 1. */
  let gluedOne = false;

  const closeBlock = (): void => {
    block = undefined;
    footnote = undefined;
    afterBreak = true;
  };
  const startFootnote = (marker: string, line: SourceLine): void => {
    footnote = { marker, lines: [line] };
    block!.entries.push(footnote);
    if (/^\d+$/.test(marker)) lastNumber = Number(marker);
  };

  for (const item of items) {
    if (item.kind === 'blank') {
      afterBlank = true;
      continue;
    }
    if (item.kind === 'page-break' || item.kind === 'separator') {
      if (block) closeBlock();
      afterBlank = true;
      afterBreak = true;
      unit = undefined;
      if (item.kind === 'separator') {
        block = { line: item.line, entries: [] };
        blocks.push(block);
      }
      continue;
    }
    const text = item.text.trim();
    const source = { text: item.text, line: item.line };
    const found = footnoteStartOf(text);
    // "2030 Agenda ..." continues a footnote unless footnote 2030 is the next one.
    const start = found && (found.marker.length <= 3 || found.marker === String(lastNumber + 1)) ? found : undefined;
    if (block) {
      if (start) {
        startFootnote(start.marker, source);
        afterBlank = false;
        continue;
      }
      const open = footnote && !afterBlank && !endsFootnote(footnote.lines.at(-1)!.text) && !numberedLine.test(text);
      if (open) {
        footnote!.lines.push(source);
        continue;
      }
      closeBlock();
      unit = undefined;
      afterBlank = true;
    } else if (
      start &&
      afterBlank &&
      (start.marker === String(lastNumber + 1) || start.marker.startsWith('*') || (start.marker === '1' && gluedOne))
    ) {
      // Text without separators (1.1.0) sets footnotes off by blank lines alone; the number must be
      // the next one expected, so "1 December" or a stray count is not taken for a footnote. Some
      // documents number footnotes per page: a 1 is expected again once a "1" marker was glued.
      gluedOne = false;
      block = { line: item.line, entries: [] };
      blocks.push(block);
      startFootnote(start.marker, source);
      afterBlank = false;
      unit = undefined;
      continue;
    }
    if (/[A-Za-z)\]’”.,;:]1(?=[\s,.;:)\]’”]|$)/.test(text)) gluedOne = true;
    const previous = unit?.lines.at(-1)?.text.trim();
    if (!unit || afterBlank || startsHard(text, previous) || subparagraphLine.test(text)) {
      const kind = subparagraphLine.test(text)
        ? 'sub'
        : startsHard(text, afterBlank ? undefined : previous)
          ? 'hard'
          : 'soft';
      unit = { lines: [source], start: kind, afterBreak };
      units.push(unit);
      afterBreak = false;
    } else {
      unit.lines.push(source);
    }
    afterBlank = false;
  }
  return { units, blocks };
}
