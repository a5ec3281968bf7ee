// PDF stage 2: text items to printed lines. Items on one baseline make a line; a smaller item set
// above a line's baseline is a superscript, and a superscript digit or star is a footnote marker,
// glued to the word it follows as the text path sees it ("Development,1"). A wide gap on one
// baseline (a masthead's symbol, a header's two halves) splits the line in two.
import type { PdfItem, PdfPage } from './read-pages.ts';

/** A footnote marker on a line: its characters and where they stand, counted from the line's end. */
export interface LineMarker {
  marker: string;
  /** Characters from the marker's start to the line's end: stable when the line's head is cut ("1. "). */
  fromEnd: number;
}

export interface PdfLine {
  page: number;
  /** Baseline, PDF points from the page's foot. */
  y: number;
  x: number;
  right: number;
  /** The size most of its characters have. */
  size: number;
  text: string;
  markers: LineMarker[];
  /** True when the line opens with a marker (a footnote's first line). */
  opensWithMarker: boolean;
}

const blank = (item: PdfItem): boolean => item.text.trim() === '';
const markerText = /^(?:\d{1,3}|\*{1,3}|[a-z])$/;

interface Row {
  y: number;
  size: number;
  items: { item: PdfItem; raised: boolean }[];
}

/** Groups a page's items into rows by baseline, larger glyphs first so superscripts find their row. */
function rows(items: PdfItem[]): Row[] {
  const found: Row[] = [];
  const bySize = items.filter((i) => !blank(i)).sort((a, b) => b.size - a.size || b.y - a.y);
  for (const item of bySize) {
    // On the row's baseline: glyphs of a like size, or smaller ones set exactly on it ("A" 20 pt
    // then "/RES/73/3" 10 pt in a masthead).
    const same = found.find(
      (r) =>
        Math.abs(item.y - r.y) <= 0.2 * r.size &&
        (item.size > 0.75 * r.size || Math.abs(item.y - r.y) <= 0.05 * r.size),
    );
    if (same) {
      same.items.push({ item, raised: false });
      continue;
    }
    // Smaller and above a row's baseline, but below its top: a superscript of that row.
    const host =
      item.size <= 0.8 * Math.max(...found.map((r) => r.size), 0)
        ? found.find((r) => item.size <= 0.8 * r.size && item.y - r.y > 0.12 * r.size && item.y - r.y < 0.6 * r.size)
        : undefined;
    if (host) host.items.push({ item, raised: true });
    else found.push({ y: item.y, size: item.size, items: [{ item, raised: false }] });
  }
  return found.sort((a, b) => b.y - a.y);
}

/** The size most characters of the row have. */
function dominantSize(row: Row): number {
  const chars = new Map<number, number>();
  for (const { item, raised } of row.items)
    if (!raised) chars.set(item.size, (chars.get(item.size) ?? 0) + item.text.length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? row.size;
}

function toLine(page: number, y: number, size: number, parts: Row['items']): PdfLine {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  const markers: { marker: string; at: number }[] = [];
  let opensWithMarker = false;
  for (let k = 0; k < parts.length; k += 1) {
    const { item, raised } = parts[k]!;
    const piece = raised ? item.text.trim() : item.text;
    // A gap wider than a fifth of the body size is a space; narrower ones are kerning or a split word.
    const gap = item.x - end;
    const marker = raised && markerText.test(piece);
    if (text !== '' && !marker && gap > 0.18 * size && !/\s$/.test(text) && !/^\s/.test(piece)) text += ' ';
    if (marker) {
      // A marker is glued to the word it follows, as printed, even where the PDF has a space before it.
      text = text.trimEnd();
      const previous = markers.at(-1);
      // Consecutive raised digits with no gap are one marker ("1" "2" is 12).
      if (previous && previous.at + previous.marker.length === text.length && gap < 0.18 * size)
        previous.marker += piece;
      else {
        if (text.trim() === '') opensWithMarker = true;
        markers.push({ marker: piece, at: text.length });
      }
      text += piece;
      // The text after a line-opening marker starts after a space, as a footnote's text does.
      if (opensWithMarker && markers.length === 1 && k < parts.length - 1) text += ' ';
    } else {
      text += piece;
    }
    end = Math.max(end, item.x + item.width);
  }
  const lead = text.length - text.trimStart().length;
  const clean = text.replace(/\s+$/, '');
  const cleanMarkers = markers.map((m) => ({ marker: m.marker, fromEnd: clean.length - m.at }));
  return {
    page,
    y,
    size,
    text: clean.slice(lead),
    x: parts[0]!.item.x,
    right: end,
    opensWithMarker,
    markers: cleanMarkers.filter((m) => m.fromEnd > 0 && m.fromEnd <= clean.length - lead),
  };
}

export function pageLines(page: PdfPage): PdfLine[] {
  const lines: PdfLine[] = [];
  for (const row of rows(page.items)) {
    const size = dominantSize(row);
    const parts = row.items.sort((a, b) => a.item.x - b.item.x);
    // A gap of three ems or more on one baseline separates two blocks of text.
    let start = 0;
    for (let k = 1; k <= parts.length; k += 1) {
      const previous = parts[k - 1]!.item;
      if (k === parts.length || parts[k]!.item.x - (previous.x + previous.width) > 3 * size) {
        const line = toLine(page.number, row.y, size, parts.slice(start, k));
        if (line.text !== '') lines.push(line);
        start = k;
      }
    }
  }
  return lines;
}
