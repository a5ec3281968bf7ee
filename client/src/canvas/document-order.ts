// The document-order layout: paragraphs in a column in reading order, the instruments and
// resolutions they cite in a column to their right level with their citers, and footnotes,
// bodies and themes to the left. Pure: plain nodes and edges in, positions out.
import { Rel, kindOfLabel } from '../../../graph/model.ts';
import { type HierarchyEdge, type Position, spreadColumn } from './hierarchy.ts';

export interface OrderNode {
  id: string;
  kind: string;
  /** Reading order of a paragraph (the API's `order`); missing orders follow NEXT edges. */
  order?: unknown;
  /** Drawn height in model units, so that large nodes get room of their own (0 when unknown). */
  size?: number;
}
/** A link between two nodes: the same shape as the hierarchical layout's. */
export type OrderEdge = HierarchyEdge;
export type { Position };

export const defaults = {
  /** Vertical distance between consecutive paragraphs. */
  rowGap: 48,
  /** Horizontal distance between columns. */
  columnGap: 220,
  /** Nodes sharing a column are pushed apart to at least this distance between centres… */
  minGap: 40,
  /** …and at least this much free space between one node's bottom and the next's top (its label is there). */
  labelRoom: 20,
};
export type DocumentOrderOptions = typeof defaults;

/** Column of each kind, in units of columnGap; paragraphs stand at 0. */
const COLUMN: Record<string, number> = {
  [kindOfLabel.Footnote]: -0.7,
  [kindOfLabel.Body]: -1.5,
  [kindOfLabel.Theme]: -2.3,
  [kindOfLabel.Instrument]: 1,
  [kindOfLabel.Resolution]: 1,
  [kindOfLabel.Group]: 1,
};

export function readingOrder(nodes: OrderNode[], edges: OrderEdge[]): string[] {
  const paragraphs = nodes.filter((n) => n.kind === kindOfLabel.Paragraph);
  const index = new Map(paragraphs.map((p, i) => [p.id, i]));
  // Where the API gives no order, NEXT edges rank the paragraphs: count the NEXT steps before each.
  const previous = new Map<string, string>();
  for (const e of edges)
    if (e.type === Rel.NEXT && index.has(e.source) && index.has(e.target)) previous.set(e.target, e.source);
  const depth = (id: string): number => {
    let steps = 0;
    for (let at = previous.get(id), seen = new Set<string>(); at && !seen.has(at); at = previous.get(at)) {
      seen.add(at);
      steps += 1;
    }
    return steps;
  };
  const rank = (n: OrderNode) => (typeof n.order === 'number' ? n.order : depth(n.id));
  return [...paragraphs].sort((a, b) => rank(a) - rank(b) || index.get(a.id)! - index.get(b.id)!).map((p) => p.id);
}

export function documentOrderPositions(
  nodes: OrderNode[],
  edges: OrderEdge[],
  options: Partial<DocumentOrderOptions> = {},
): Map<string, Position> {
  const opts = { ...defaults, ...options };
  const positions = new Map<string, Position>();
  for (const [i, id] of readingOrder(nodes, edges).entries()) positions.set(id, { x: 0, y: i * opts.rowGap });
  // Documents head the column, like a title above the text.
  for (const [i, n] of nodes.filter((node) => node.kind === kindOfLabel.Document).entries()) {
    positions.set(n.id, { x: i * opts.columnGap, y: -2 * opts.rowGap });
  }

  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => (neighbours.get(a) ?? neighbours.set(a, []).get(a)!).push(b);
  for (const e of edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const sep = (a: OrderNode, b: OrderNode) =>
    Math.max(opts.minGap, ((a.size ?? 0) + (b.size ?? 0)) / 2 + opts.labelRoom);
  // Place outward in rings: first what touches a paragraph, then what touches those, and so on.
  let remaining = nodes.filter((n) => !positions.has(n.id));
  for (let ring = 1; remaining.length > 0 && ring <= 4; ring++) {
    const placed: { node: OrderNode; y: number }[] = [];
    for (const node of remaining) {
      const ys = (neighbours.get(node.id) ?? [])
        .map((id) => positions.get(id)?.y)
        .filter((y): y is number => y !== undefined);
      if (ys.length) placed.push({ node, y: ys.reduce((s, y) => s + y, 0) / ys.length });
    }
    if (!placed.length) break;
    const columns = new Map<number, { node: OrderNode; y: number }[]>();
    for (const p of placed) {
      const base = COLUMN[p.node.kind] ?? 1;
      const x = (base + Math.sign(base) * (ring - 1)) * opts.columnGap;
      (columns.get(x) ?? columns.set(x, []).get(x)!).push(p);
    }
    for (const [x, column] of columns) {
      const ys = new Map(column.map(({ node, y }) => [node.id, y]));
      // Crowds spread both ways from where they want to be, never above the document's row.
      spreadColumn(
        column.map((c) => c.node),
        ys,
        sep,
        -2 * opts.rowGap,
      );
      for (const { node } of column) positions.set(node.id, { x, y: ys.get(node.id)! });
    }
    remaining = remaining.filter((n) => !positions.has(n.id));
  }
  // Nodes with no path to a paragraph go in a row beneath the document.
  const bottom = (Math.max(0, ...[...positions.values()].map((p) => p.y)) || 0) + opts.rowGap * 2;
  for (const [i, n] of remaining.entries()) {
    positions.set(n.id, { x: (i % 8) * opts.minGap * 2, y: bottom + Math.floor(i / 8) * opts.rowGap });
  }
  return positions;
}
