// Two documents' citation profiles as three columns: what both cite, what only A cites, what only
// B cites, with the citing paragraphs counted on each side. Pure, for the Compare view and its tests.

export interface ComparedTarget {
  target: { id: string; kind: string; label: string };
  paragraphsInA: number;
  paragraphsInB: number;
}

export interface Comparison {
  a: { symbol: string; title: string };
  b: { symbol: string; title: string };
  both: ComparedTarget[];
  onlyA: ComparedTarget[];
  onlyB: ComparedTarget[];
}

export interface CompareEntry {
  id: string;
  kind: string;
  label: string;
  inA: number;
  inB: number;
}

export interface CompareColumn {
  key: 'both' | 'onlyA' | 'onlyB';
  heading: string;
  /** How many targets the column lists. */
  count: number;
  /** Citing paragraphs summed over the column, per document. */
  paragraphsA: number;
  paragraphsB: number;
  entries: CompareEntry[];
}

export interface CompareSummary {
  columns: [CompareColumn, CompareColumn, CompareColumn];
  /** Targets each document cites in all. */
  targetsA: number;
  targetsB: number;
  /** Shared targets over all targets cited by either (Jaccard), 0 to 1. */
  overlap: number;
}

const entry = (t: ComparedTarget): CompareEntry => ({
  id: t.target.id,
  kind: t.target.kind,
  label: t.target.label,
  inA: t.paragraphsInA,
  inB: t.paragraphsInB,
});
const sum = (entries: CompareEntry[], key: 'inA' | 'inB') => entries.reduce((n, e) => n + e[key], 0);

function column(key: CompareColumn['key'], heading: string, targets: ComparedTarget[]): CompareColumn {
  const entries = targets.map(entry);
  return {
    key,
    heading,
    count: entries.length,
    paragraphsA: sum(entries, 'inA'),
    paragraphsB: sum(entries, 'inB'),
    entries,
  };
}

/** The three columns in the order the view shows them; the API's order (most paragraphs first) is kept. */
export function compareColumns(c: Comparison): CompareSummary {
  const columns: CompareSummary['columns'] = [
    column('both', 'Both cite', c.both),
    column('onlyA', `Only ${c.a.symbol} cites`, c.onlyA),
    column('onlyB', `Only ${c.b.symbol} cites`, c.onlyB),
  ];
  const all = c.both.length + c.onlyA.length + c.onlyB.length;
  return {
    columns,
    targetsA: c.both.length + c.onlyA.length,
    targetsB: c.both.length + c.onlyB.length,
    overlap: all === 0 ? 0 : c.both.length / all,
  };
}

/** How an entry's counts read: "A 11 ¶ · B 1 ¶" for shared targets, "3 ¶" in a one-sided column. */
export function entryCounts(e: CompareEntry, key: CompareColumn['key']): string {
  const p = (n: number) => `${n} ¶`;
  if (key === 'both') return `A ${p(e.inA)} · B ${p(e.inB)}`;
  return p(key === 'onlyA' ? e.inA : e.inB);
}
