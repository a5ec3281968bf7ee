// The graph's time filter: a year slider and a date field in the sidebar. The dates come once per
// document from `datedGraph` (data.since on every element) and the filtering is done here, on the
// canvas, with no further requests. Loaded as its own chunk when first needed.
import type { Api } from '../api.ts';
import { byId, fill } from '../dom.ts';
import { dateRange, hiddenAt, sinceIndex, undatedAmong, type SinceIndex } from '../corpus/since-filter.ts';
import type { Canvas } from '../canvas/canvas.ts';
import { DATED_GRAPH } from '../corpus/graphql-documents.ts';
import { graphDocument } from '../scope.ts';

const indexes = new Map<string, Promise<SinceIndex>>();

/** The dates of a document's graph (or the corpus's), asked for once. */
export function datedIndex(api: Api, doc: string | null): Promise<SinceIndex> {
  const key = graphDocument(doc) ?? '';
  let index = indexes.get(key);
  if (!index) {
    index = api.request(DATED_GRAPH, { document: graphDocument(doc) }).then(({ datedGraph }) => sinceIndex(datedGraph));
    index.catch(() => indexes.delete(key));
    indexes.set(key, index);
  }
  return index;
}

/**
 * How many elements the time filter hid for coming later, how many nodes have no known date, and
 * whether those were drawn (faded and dashed) or hidden too.
 */
export interface TimeFilterCounts {
  hidden: number;
  undated: number;
  undatedShown: boolean;
}

/**
 * Hides on the canvas what did not exist, or was not cited, by `asOf`. Nodes of no known date are
 * hidden too, since nothing says they existed then, and counted; with `showUndated` they are drawn
 * faded and dashed instead. Neither way do they pass for existing at every date.
 */
export async function applyTimeFilter(
  api: Api,
  canvas: Canvas,
  asOf: string | null,
  doc: string | null,
  showUndated = false,
): Promise<TimeFilterCounts> {
  if (!asOf) {
    canvas.setUntimely(new Set());
    canvas.setUndated(new Set());
    return { hidden: 0, undated: 0, undatedShown: showUndated };
  }
  const index = await datedIndex(api, doc);
  const elements = canvas.cy.elements().map((e) => ({ id: e.id(), data: e.data() as Record<string, unknown> }));
  const hidden = hiddenAt(elements, index, asOf);
  const undated = undatedAmong(
    canvas.cy.nodes().map((e) => ({ id: e.id(), data: e.data() as Record<string, unknown> })),
    index,
  );
  canvas.setUntimely(showUndated ? hidden : new Set([...hidden, ...undated]));
  canvas.setUndated(showUndated ? undated : new Set());
  return { hidden: hidden.size, undated: undated.size, undatedShown: showUndated };
}

/** The time filter's state in words. */
export function timeFilterText(asOf: string | null, counts?: TimeFilterCounts): string {
  if (!asOf) return 'Showing every date.';
  if (!counts) return `Showing what existed or was cited by ${asOf}.`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const undated =
    counts.undated === 0
      ? ''
      : counts.undatedShown
        ? `; ${plural(counts.undated, 'node')} of unknown date drawn faded and dashed`
        : `; ${plural(counts.undated, 'node')} of unknown date hidden too (tick the box to see them)`;
  return `Showing what existed or was cited by ${asOf}: ${plural(counts.hidden, 'element')} dated later hidden${undated}.`;
}

export interface TimeControl {
  render(asOf: string | null, counts?: TimeFilterCounts): void;
  /** Sets the slider's ends to the graph's first and last dates. */
  setRange(index: SinceIndex): void;
}

/**
 * Wires the sidebar's date field, year slider, "All dates" button and "unknown date" box
 * (index.html); `onUndated` hears the box.
 */
export function createTimeControl(
  onChange: (asOf: string | null) => void,
  onUndated: (show: boolean) => void,
): TimeControl {
  const date = byId<HTMLInputElement>('asof');
  const year = byId<HTMLInputElement>('asof-year');
  const yearText = byId('asof-year-value');
  const info = byId('asof-info');
  const clear = byId<HTMLButtonElement>('asof-clear');
  const undated = byId<HTMLInputElement>('asof-undated');
  undated.addEventListener('change', () => onUndated(undated.checked));
  date.addEventListener('change', () => onChange(date.value || null));
  // The slider moves freely; the filter follows when it is let go (or on each arrow key).
  year.addEventListener('input', () => (yearText.textContent = year.value));
  year.addEventListener('change', () => onChange(`${year.value}-12-31`));
  clear.addEventListener('click', () => onChange(null));
  return {
    render(asOf, counts) {
      date.value = asOf ?? '';
      if (asOf) year.value = asOf.slice(0, 4);
      else year.value = year.max;
      yearText.textContent = asOf ? asOf.slice(0, 4) : 'all';
      clear.disabled = !asOf;
      undated.disabled = !asOf;
      fill(info, timeFilterText(asOf, counts));
    },
    setRange(index) {
      const range = dateRange(index);
      if (!range) return;
      year.min = range.min.slice(0, 4);
      year.max = range.max.slice(0, 4);
    },
  };
}
