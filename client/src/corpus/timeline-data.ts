// The timeline as positions: a linear date scale, year ticks, and events packed into rows so that
// no two labels overlap. Pure, so the arithmetic is unit-tested; timeline.ts only draws it.

export type EventKind = 'adopted' | 'openedForSignature' | 'enteredIntoForce' | 'issued' | 'cited';

export interface TimelineEvent {
  date: string | null;
  /** The date is a document's, read from its text rather than printed on it. */
  inferred?: boolean;
  kind: EventKind;
  node: { id: string; kind: string; label: string };
  document?: { id?: string; symbol: string; title?: string } | null;
  paragraphCount?: number | null;
}

/** Each kind has its own shape and colour, so the legend reads without colour too. */
export const EVENT_STYLE: Record<
  EventKind,
  { shape: 'circle' | 'square' | 'diamond' | 'triangle' | 'bar'; color: string; name: string }
> = {
  adopted: { shape: 'circle', color: '#1f5fa8', name: 'Adopted' },
  openedForSignature: { shape: 'square', color: '#6a3d9a', name: 'Opened for signature' },
  enteredIntoForce: { shape: 'diamond', color: '#2e7d32', name: 'Entered into force' },
  issued: { shape: 'bar', color: '#37474f', name: 'Issued' },
  cited: { shape: 'triangle', color: '#b34700', name: 'Cited' },
};

export const defaults = {
  /** Space left and right of the axis, in pixels. */
  padding: 40,
  /** The axis is at least this wide, and at least this many pixels per year. */
  minWidth: 600,
  pixelsPerYear: 28,
  rowHeight: 22,
  /** Estimated width of a label character at the SVG's font size. */
  charWidth: 6.6,
  /** Room for the marker before its label, and the gap between labels in a row. */
  markerWidth: 14,
  gap: 8,
  /** Where the first row sits under the axis. */
  top: 46,
};
export type TimelineOptions = typeof defaults;

const DAY = 86_400_000;
const time = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** What an event's label says on the axis. */
export function eventLabel(e: TimelineEvent): string {
  const label = e.kind === 'cited' ? `${e.document?.symbol ?? '?'} cites ${e.node.label}` : e.node.label;
  return e.inferred ? `${label} (date inferred)` : label;
}

/** A sentence for screen readers and tooltips. */
export function eventDescription(e: TimelineEvent): string {
  const when = e.date ? `${e.date}${e.inferred ? ' (inferred)' : ''}` : 'undated';
  if (e.kind === 'cited') {
    const n = e.paragraphCount ?? 0;
    return `${when}: ${e.document?.symbol ?? 'a document'} cites ${e.node.label}${n ? ` in ${n} paragraph${n === 1 ? '' : 's'}` : ''}`;
  }
  return `${when}: ${e.node.label} ${EVENT_STYLE[e.kind].name.toLowerCase()}`;
}

export interface Scale {
  start: number;
  end: number;
  width: number;
  x(iso: string): number;
}

/** Whole years from the first event's year to the last's, spread over at least minWidth pixels. */
export function timeScale(dates: string[], availableWidth: number, options: TimelineOptions = defaults): Scale | null {
  if (dates.length === 0) return null;
  const years = dates.map((d) => Number(d.slice(0, 4)));
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const start = Date.UTC(first, 0, 1);
  const end = Date.UTC(last + 1, 0, 1) - DAY;
  const width = Math.max(
    options.minWidth,
    availableWidth,
    (last - first + 1) * options.pixelsPerYear + 2 * options.padding,
  );
  const span = end - start || DAY;
  return {
    start,
    end,
    width,
    x: (iso) => options.padding + ((time(iso) - start) / span) * (width - 2 * options.padding),
  };
}

/** Year ticks at a step (1, 2, 5, 10, 20, 50) that keeps them at least minGap pixels apart. */
export function yearTicks(scale: Scale, minGap = 64): { year: number; x: number }[] {
  const first = new Date(scale.start).getUTCFullYear();
  const last = new Date(scale.end).getUTCFullYear();
  const perYear = scale.x(`${first + 1}-01-01`) - scale.x(`${first}-01-01`) || scale.width;
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => s * perYear >= minGap) ?? 100;
  const ticks: { year: number; x: number }[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last + 1; year += step) {
    const x = scale.x(`${year}-01-01`);
    if (x <= scale.width - 1) ticks.push({ year, x });
  }
  return ticks;
}

export interface PlacedEvent {
  event: TimelineEvent;
  x: number;
  y: number;
  row: number;
  label: string;
}

export interface TimelineLayout {
  scale: Scale | null;
  placed: PlacedEvent[];
  /** Events without a date, in their own lane right of the axis, never passed off as of a date. */
  undated: TimelineEvent[];
  undatedPlaced: PlacedEvent[];
  /** Where the undated lane starts; null when every event is dated. */
  undatedX: number | null;
  rows: number;
  /** The drawing's size: the scale's width, widened so the last labels are not cut. */
  width: number;
  height: number;
}

/** Events by date on the scale, each in the first row where its label does not touch the last one. */
export function layoutTimeline(
  events: TimelineEvent[],
  availableWidth: number,
  options: TimelineOptions = defaults,
): TimelineLayout {
  const dated = events
    .filter((e): e is TimelineEvent & { date: string } => !!e.date)
    .sort((a, b) => a.date.localeCompare(b.date));
  const undated = events.filter((e) => !e.date);
  const scale = timeScale(
    dated.map((e) => e.date),
    availableWidth,
    options,
  );
  const rowEnds: number[] = [];
  const placed: PlacedEvent[] = [];
  for (const event of dated) {
    const x = scale!.x(event.date);
    const label = eventLabel(event);
    let row = rowEnds.findIndex((end) => end + options.gap <= x);
    if (row < 0) row = rowEnds.push(-Infinity) - 1;
    rowEnds[row] = x + options.markerWidth + label.length * options.charWidth;
    placed.push({ event, x, y: options.top + row * options.rowHeight, row, label });
  }
  // The undated lane starts past every dated label, one event a row.
  const datedEnd = Math.max(scale?.width ?? options.padding, ...rowEnds.map((end) => end + options.gap));
  const undatedX = undated.length ? (scale ? datedEnd + options.padding : options.padding) : null;
  const undatedPlaced = undated.map((event, row): PlacedEvent => {
    const label = eventLabel(event);
    return { event, x: undatedX!, y: options.top + row * options.rowHeight, row, label };
  });
  const undatedEnd = Math.max(
    0,
    ...undatedPlaced.map((p) => p.x + options.markerWidth + p.label.length * options.charWidth + options.gap),
  );
  const rows = Math.max(rowEnds.length, undated.length);
  const width = Math.ceil(Math.max(scale?.width ?? options.minWidth, datedEnd, undatedEnd));
  return {
    scale,
    placed,
    undated,
    undatedPlaced,
    undatedX,
    rows: rowEnds.length,
    width,
    height: options.top + Math.max(1, rows) * options.rowHeight + 8,
  };
}
