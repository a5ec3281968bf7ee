// One instrument, one node, across documents. The extractor gives an instrument the catalogue lacks
// an id from its words (`uncatalogued:<slug>`) or its Treaty Series registration
// (`uncatalogued:unts-<volume>-<number>`); two documents may name one treaty differently, or one
// with its registration and the other without. Before a group is written, every uncatalogued
// instrument of its rows is given the id of the node it is already, or of the row it is: the same
// registration, else the same normalised title or alias (a `phraseKey`: lower case, no articles or
// punctuation). Pure, so it is checked without a database; write-group.ts feeds it the uncatalogued
// instruments the graph holds.
import { phraseKey } from '../stages/support/match-index.ts';
import type { DocumentBatch } from './document-batch.ts';

/** What identifies an uncatalogued instrument: its id, its registration, its names' keys. */
export interface InstrumentKeys {
  id: string;
  untsVolume?: number | null;
  untsNumber?: number | null;
  titleKeys: string[];
}

type Row = Record<string, unknown>;

/** The comparison keys of an instrument row's title and aliases. */
export function titleKeysOf(row: { title?: unknown; aliases?: unknown }): string[] {
  const names = [row.title, ...(Array.isArray(row.aliases) ? row.aliases : [])].filter(
    (n): n is string => typeof n === 'string' && n !== '',
  );
  return [...new Set(names.map(phraseKey).filter((k) => k !== ''))];
}

/**
 * The id each uncatalogued instrument id of `rows` is to be written under. `known` are the
 * uncatalogued instruments already in the graph, which keep their ids; rows that match none
 * keep the id of the first row of their instrument.
 */
export function canonicalIds(known: readonly InstrumentKeys[], rows: readonly InstrumentKeys[]): Map<string, string> {
  const byUnts = new Map<string, string>();
  const byTitle = new Map<string, string>();
  const byId = new Map<string, string>();
  const remember = (k: InstrumentKeys, id: string) => {
    byId.set(k.id, byId.get(k.id) ?? id);
    if (k.untsVolume != null && k.untsNumber != null)
      byUnts.set(`${k.untsVolume}/${k.untsNumber}`, byUnts.get(`${k.untsVolume}/${k.untsNumber}`) ?? id);
    for (const key of k.titleKeys) byTitle.set(key, byTitle.get(key) ?? id);
  };
  for (const k of known) remember(k, k.id);
  const result = new Map<string, string>();
  for (const row of rows) {
    const unts =
      row.untsVolume != null && row.untsNumber != null ? byUnts.get(`${row.untsVolume}/${row.untsNumber}`) : undefined;
    const id =
      byId.get(row.id) ??
      unts ??
      row.titleKeys.map((key) => byTitle.get(key)).find((found) => found !== undefined) ??
      row.id;
    result.set(row.id, id);
    remember(row, id);
  }
  return result;
}

/**
 * Rewrites the instrument ids of the uncatalogued citations, ADOPTED_BY, ANNEXES and AMENDS rows of
 * `batches` to their canonical ids, and gives each citation row its names' keys (titleKeys),
 * which the node keeps so that later loads find it.
 */
export function unifyInstruments(known: readonly InstrumentKeys[], batches: readonly DocumentBatch[]): void {
  const rows = batches.flatMap((b) => b.cites.instrument).filter((r) => r.uncatalogued === true);
  const keys = rows.map((r) => ({
    id: String(r.target),
    untsVolume: r.untsVolume as number | null,
    untsNumber: r.untsNumber as number | null,
    titleKeys: titleKeysOf(r),
  }));
  const ids = canonicalIds(known, keys);
  rows.forEach((r, i) => {
    r.titleKeys = keys[i]!.titleKeys;
    r.target = ids.get(String(r.target)) ?? r.target;
  });
  const rename = (row: Row, field: string) => {
    const id = ids.get(String(row[field]));
    if (id) row[field] = id;
  };
  for (const b of batches) {
    for (const row of b.adoptedBy) rename(row, 'instrument');
    for (const row of b.annexes) rename(row, 'to');
    for (const row of b.amends) {
      rename(row, 'amendment');
      rename(row, 'amended');
    }
  }
}
