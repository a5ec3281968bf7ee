// The graph's time filter as data: when each element is known to exist (datedGraph's data.since,
// else the node's own dates) and which elements a chosen date hides. Pure, so it is unit-tested
// without a browser; the canvas only receives the ids to hide.
import type { Subgraph } from '../types.ts';

/** Element id → earliest ISO date it is known to exist, or null when unknown. */
export type SinceIndex = Map<string, string | null>;

const ISO = /^\d{4}-\d{2}-\d{2}/;
const dateOf = (value: unknown): string | null =>
  typeof value === 'string' && ISO.test(value) ? value.slice(0, 10) : null;

/**
 * The date an element is known to exist from its own data: `since` when the API computed it,
 * else an instrument's adoption, opening for signature or entry into force, else a date.
 */
export function sinceOf(data: Record<string, unknown> | null | undefined): string | null {
  if (!data) return null;
  for (const key of ['since', 'adopted', 'openedForSignature', 'enteredIntoForce', 'date']) {
    const date = dateOf(data[key]);
    if (date) return date;
  }
  return null;
}

/** Index of a `datedGraph` answer (nodes and edges alike). */
export function sinceIndex(dated: {
  nodes: Subgraph['nodes'] | { id: string; data?: Record<string, unknown> | null }[];
  edges: { id: string; data?: Record<string, unknown> | null }[];
}): SinceIndex {
  const index: SinceIndex = new Map();
  for (const el of [...dated.nodes, ...dated.edges]) index.set(el.id, sinceOf(el.data));
  return index;
}

export interface Dated {
  id: string;
  data?: Record<string, unknown> | null;
}

/**
 * The ids to hide at `asOf`: elements whose since (from the index, else their own data) is after
 * it. Elements of unknown date stay: the filter hides only what it knows came later.
 */
export function hiddenAt(elements: Iterable<Dated>, index: SinceIndex, asOf: string | null): Set<string> {
  const hidden = new Set<string>();
  if (!asOf) return hidden;
  for (const el of elements) {
    const since = index.has(el.id) ? index.get(el.id)! : sinceOf(el.data);
    if (since !== null && since > asOf) hidden.add(el.id);
  }
  return hidden;
}

/**
 * The ids of elements whose date is unknown: under a date filter they are neither kept as if they
 * existed at every date nor hidden, but drawn as undated.
 */
export function undatedAmong(elements: Iterable<Dated>, index: SinceIndex): Set<string> {
  const undated = new Set<string>();
  for (const el of elements) if ((index.has(el.id) ? index.get(el.id)! : sinceOf(el.data)) === null) undated.add(el.id);
  return undated;
}

/** The earliest and latest known dates, for the slider's ends; null when nothing is dated. */
export function dateRange(index: SinceIndex): { min: string; max: string } | null {
  let min: string | null = null;
  let max: string | null = null;
  for (const since of index.values()) {
    if (since === null) continue;
    if (min === null || since < min) min = since;
    if (max === null || since > max) max = since;
  }
  return min && max ? { min, max } : null;
}
