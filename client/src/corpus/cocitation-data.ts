// The co-citation network as Cytoscape elements and as a table of pairs. Pure: the view draws
// what these return, and unit tests check widths and order without a browser.
import type { ElementDefinition } from 'cytoscape';
import { shorten } from '../canvas/elements.ts';
import type { GraphEdge, GraphNode } from '../types.ts';

export const defaults = {
  /** Edge width in model pixels for the lightest and the heaviest pair drawn. */
  minWidth: 1.5,
  maxWidth: 12,
  /** Node size for the least and the most cited target. */
  minSize: 22,
  maxSize: 60,
  /** Canvas labels are cut here; the whole label stays in fullLabel. */
  maxLabel: 28,
};

export interface CoCitationAnswer {
  nodes: GraphNode[];
  edges: GraphEdge[];
  totalPairs: number;
  truncated: boolean;
}

export interface PairRow {
  edgeId: string;
  a: { id: string; label: string; kind: string };
  b: { id: string; label: string; kind: string };
  weight: number;
  paragraphs: string[];
}

const weightOf = (e: GraphEdge) => Number(e.data?.weight ?? 1);
const scale = (value: number, lo: number, hi: number, outLo: number, outHi: number) =>
  hi === lo ? (outLo + outHi) / 2 : outLo + ((value - lo) / (hi - lo)) * (outHi - outLo);

/** Nodes sized by the paragraphs that cite them, edges as wide as their weight. */
export function coCitationElements(answer: CoCitationAnswer, options = defaults): ElementDefinition[] {
  const weights = answer.edges.map(weightOf);
  const [wLo, wHi] = [Math.min(...weights), Math.max(...weights)];
  const counts = answer.nodes.map((n) => Number(n.data?.paragraphCount ?? 0));
  const [cLo, cHi] = [Math.min(...counts), Math.max(...counts)];
  const ids = new Set(answer.nodes.map((n) => n.id));
  const nodes: ElementDefinition[] = answer.nodes.map((n) => {
    const count = Number(n.data?.paragraphCount ?? 0);
    return {
      group: 'nodes',
      data: {
        id: n.id,
        kind: n.kind,
        label: shorten(n.label, options.maxLabel),
        fullLabel: n.label,
        paragraphCount: count,
        size: Math.round(scale(count, cLo, cHi, options.minSize, options.maxSize)),
      },
      classes: n.kind,
    };
  });
  const edges: ElementDefinition[] = answer.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({
      group: 'edges',
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        type: e.type,
        weight: weightOf(e),
        label: String(weightOf(e)),
        width: Math.round(scale(weightOf(e), wLo, wHi, options.minWidth, options.maxWidth) * 10) / 10,
        paragraphs: (e.data?.paragraphs as string[] | undefined) ?? [],
      },
      classes: 'CO_CITED',
    }));
  return [...nodes, ...edges];
}

/** The pairs, heaviest first (then by label), for the table beside the drawing. */
export function pairRows(answer: CoCitationAnswer): PairRow[] {
  const byId = new Map(answer.nodes.map((n) => [n.id, { id: n.id, label: n.label, kind: n.kind }]));
  return answer.edges
    .filter((e) => byId.has(e.source) && byId.has(e.target))
    .map((e) => ({
      edgeId: e.id,
      a: byId.get(e.source)!,
      b: byId.get(e.target)!,
      weight: weightOf(e),
      paragraphs: (e.data?.paragraphs as string[] | undefined) ?? [],
    }))
    .sort((x, y) => y.weight - x.weight || x.a.label.localeCompare(y.a.label) || x.b.label.localeCompare(y.b.label));
}

/** The document symbol of a paragraph id (`A/RES/80/24#preamble-5` → `A/RES/80/24`). */
export const documentOf = (paragraphId: string) => paragraphId.split('#')[0]!;

/** Paragraph ids grouped by document, in the order given (the API's document and reading order). */
export function groupByDocument(paragraphIds: string[]): { symbol: string; paragraphs: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const id of paragraphIds) groups.set(documentOf(id), [...(groups.get(documentOf(id)) ?? []), id]);
  return [...groups].map(([symbol, paragraphs]) => ({ symbol, paragraphs }));
}

/** A sentence cut into plain and marked runs: each surface marked at its first free occurrence. */
export function markAll(sentence: string, surfaces: string[]): { text: string; marked: boolean }[] {
  const spans: [number, number][] = [];
  for (const surface of [...new Set(surfaces)].filter(Boolean).sort((a, b) => b.length - a.length)) {
    let from = 0;
    for (;;) {
      const at = sentence.indexOf(surface, from);
      if (at < 0) break;
      const end = at + surface.length;
      if (!spans.some(([s, e]) => at < e && end > s)) {
        spans.push([at, end]);
        break;
      }
      from = at + 1;
    }
  }
  spans.sort((x, y) => x[0] - y[0]);
  const runs: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [s, e] of spans) {
    if (s > at) runs.push({ text: sentence.slice(at, s), marked: false });
    runs.push({ text: sentence.slice(s, e), marked: true });
    at = e;
  }
  if (at < sentence.length) runs.push({ text: sentence.slice(at), marked: false });
  return runs;
}
