// Cuts a paragraph's text into runs at every citation and mention boundary, so each cited word
// can be marked at its exact offsets even where two citations overlap. Pure, for unit tests.

export interface Span {
  start: number;
  end: number;
  /** What the run links to (a node id). */
  target: string;
  kind: 'citation' | 'mention';
  /** Footnote citations end with their marker: "Convention …,⁵". */
  footnote?: string | null;
  /** Stable key (the citation id) so the panel can tie a run back to its citation. */
  key: string;
}

export interface Segment {
  text: string;
  start: number;
  end: number;
  /** The spans covering this run, outermost first; empty for plain text. */
  spans: Span[];
  /** Footnote markers that stand right after this run. */
  markers: string[];
}

export function segmentText(text: string, spans: Span[]): Segment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = valid
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => b.end - b.start - (a.end - a.start));
    const markers = [...new Set(valid.filter((s) => s.end === end && s.footnote).map((s) => s.footnote!))];
    segments.push({ text: text.slice(start, end), start, end, spans: covering, markers });
  }
  return segments;
}

/** A window of text around [start, end), cut at word boundaries, for edge provenance. */
export function context(
  text: string,
  start: number,
  end: number,
  radius = 140,
): { before: string; match: string; after: string } {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  return {
    before: (from > 0 ? '… ' : '') + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? ' …' : ''),
  };
}
