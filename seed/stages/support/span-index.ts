// Spans of one paragraph, indexed by where they start, to ask "which of them overlap this one?"
// without walking them all: a paragraph can hold tens of thousands of candidates (a hostile or
// generated document), and a walk per candidate is quadratic in them.

export interface Span {
  start: number;
  end: number;
}

export class SpanIndex<T extends Span> {
  private readonly sorted: T[];
  /** The longest span: one that overlaps [start, end) starts at or after start - longest. */
  private readonly longest: number;

  constructor(spans: Iterable<T>) {
    this.sorted = [...spans].sort((a, b) => a.start - b.start);
    this.longest = this.sorted.reduce((max, s) => Math.max(max, s.end - s.start), 0);
  }

  /** Index of the first span that starts at or after `offset`. */
  private firstFrom(offset: number): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.sorted[mid]!.start < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The spans that overlap `q` (share at least one character with it), in order of start. */
  *overlapping(q: Span): Generator<T> {
    for (let i = this.firstFrom(q.start - this.longest); i < this.sorted.length; i += 1) {
      const s = this.sorted[i]!;
      if (s.start >= q.end) return;
      if (s.end > q.start && q.end > s.start) yield s;
    }
  }

  /** Whether some span overlapping `q` passes `test` (every one, when no test is given). */
  some(q: Span, test: (s: T) => boolean = () => true): boolean {
    for (const s of this.overlapping(q)) if (test(s)) return true;
    return false;
  }
}
