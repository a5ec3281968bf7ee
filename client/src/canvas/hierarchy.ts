// The hierarchical layout: who cites whom, left to right, in columns (ranks), with each
// document's paragraphs down their column in reading order. Pure: plain nodes and edges in,
// positions out. Ranks are longest paths over the links (reading order, NEXT, does not rank, or
// fifty paragraphs would make fifty columns), with cycles broken where a depth-first walk finds
// them; a node that nothing links to stands one column before the first node it links to. Within
// a column, paragraphs keep their reading order and every other node stands level with the
// average of its neighbours already placed, pushed apart to `minGap`.
import { Rel, kindOfLabel } from '../../../graph/model.ts';

export interface HierarchyNode {
  id: string;
  kind: string;
  /** A paragraph's reading order (the API's `order`). */
  order?: unknown;
  /** A paragraph's document symbol: paragraphs of several documents stay grouped by document. */
  document?: unknown;
  /** Drawn height in model units, so that large nodes get room of their own (0 when unknown). */
  size?: number;
}
export interface HierarchyEdge {
  source: string;
  target: string;
  type: string;
}
export interface Position {
  x: number;
  y: number;
}

export const defaults = {
  /** Vertical distance between consecutive paragraphs: a paragraph's box and its label. */
  rowGap: 52,
  /** Horizontal distance between columns: room for a label. */
  columnGap: 260,
  /** Nodes sharing a column are pushed apart to at least this distance between centres… */
  minGap: 44,
  /** …and at least this much free space between one node's bottom and the next's top (its label is there). */
  labelRoom: 20,
  /** Relationships drawn but not ranking. */
  unranked: [Rel.NEXT] as string[],
};
export type HierarchyOptions = typeof defaults;

/** Column of every node: longest paths over the ranking edges, cycles broken, sources pulled right. */
export function hierarchyRanks(
  nodes: HierarchyNode[],
  edges: HierarchyEdge[],
  options: Partial<HierarchyOptions> = {},
): Map<string, number> {
  const { unranked } = { ...defaults, ...options };
  const ids = new Set(nodes.map((n) => n.id));
  const out = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const e of edges) {
    if (unranked.includes(e.type) || e.source === e.target || !ids.has(e.source) || !ids.has(e.target)) continue;
    out.get(e.source)!.push(e.target);
  }
  // Depth-first, iteratively: an edge to a node still on the stack closes a cycle and is dropped.
  const state = new Map<string, 'open' | 'done'>();
  const dag = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const start of nodes) {
    if (state.has(start.id)) continue;
    const stack: { id: string; next: number }[] = [{ id: start.id, next: 0 }];
    state.set(start.id, 'open');
    while (stack.length) {
      const top = stack.at(-1)!;
      const targets = out.get(top.id)!;
      if (top.next >= targets.length) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const t = targets[top.next++]!;
      if (state.get(t) === 'open') continue;
      dag.get(top.id)!.push(t);
      if (!state.has(t)) {
        state.set(t, 'open');
        stack.push({ id: t, next: 0 });
      }
    }
  }
  // Longest path from the sources, in topological order (Kahn).
  const indegree = new Map<string, number>(nodes.map((n) => [n.id, 0]));
  for (const targets of dag.values()) for (const t of targets) indegree.set(t, indegree.get(t)! + 1);
  const rank = new Map<string, number>(nodes.map((n) => [n.id, 0]));
  const queue = nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id);
  const topo: string[] = [];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    topo.push(id);
    for (const t of dag.get(id)!) {
      rank.set(t, Math.max(rank.get(t)!, rank.get(id)! + 1));
      indegree.set(t, indegree.get(t)! - 1);
      if (indegree.get(t) === 0) queue.push(t);
    }
  }
  // Sources stand just before the first node they link to, not far left at column 0.
  const hasIn = new Set([...dag.values()].flat());
  for (const id of [...topo].reverse()) {
    const targets = dag.get(id)!;
    if (!hasIn.has(id) && targets.length) rank.set(id, Math.max(0, Math.min(...targets.map((t) => rank.get(t)!)) - 1));
  }
  return rank;
}

const isParagraph = (n: HierarchyNode) => n.kind === kindOfLabel.Paragraph;

export function hierarchyPositions(
  nodes: HierarchyNode[],
  edges: HierarchyEdge[],
  options: Partial<HierarchyOptions> = {},
): Map<string, Position> {
  const opts = { ...defaults, ...options };
  const rank = hierarchyRanks(nodes, edges, opts);
  const y = new Map<string, number>();
  // Paragraphs: one row each, document after document, each in its reading order.
  const documents = [...new Set(nodes.filter(isParagraph).map((n) => String(n.document ?? '')))];
  const orderOf = (n: HierarchyNode) => (typeof n.order === 'number' ? n.order : Number.MAX_SAFE_INTEGER);
  const paragraphs = nodes
    .filter(isParagraph)
    .map((n, i) => ({ n, i }))
    .sort(
      (a, b) =>
        documents.indexOf(String(a.n.document ?? '')) - documents.indexOf(String(b.n.document ?? '')) ||
        orderOf(a.n) - orderOf(b.n) ||
        a.i - b.i,
    );
  // A document's paragraphs start a little below the previous document's, so the two read apart.
  let row = 0;
  let previous: unknown;
  for (const { n } of paragraphs) {
    if (row > 0 && n.document !== previous) row += 1;
    previous = n.document;
    y.set(n.id, row * opts.rowGap);
    row += 1;
  }

  const firstRow = y.size ? 0 : -Infinity;
  const neighbours = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const e of edges) {
    if (opts.unranked.includes(e.type) || !neighbours.has(e.source) || !neighbours.has(e.target)) continue;
    neighbours.get(e.source)!.push(e.target);
    neighbours.get(e.target)!.push(e.source);
  }
  const columns = new Map<number, HierarchyNode[]>();
  for (const n of nodes)
    (columns.get(rank.get(n.id)!) ?? columns.set(rank.get(n.id)!, []).get(rank.get(n.id)!)!).push(n);
  const ranks = [...columns.keys()].sort((a, b) => a - b);
  const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));
  const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;

  // Sweeps: left to right from what is placed to its left, then right to left for what has nothing
  // placed on its left (a document heads its paragraphs: it takes their first row).
  const place = (r: number, from: (id: string) => number | undefined) => {
    for (const n of columns.get(r)!) {
      if (isParagraph(n)) continue;
      const wanted = from(n.id);
      if (wanted !== undefined) y.set(n.id, wanted);
    }
    spreadColumn(
      columns.get(r)!,
      y,
      (a, b) => Math.max(opts.minGap, ((a.size ?? 0) + (b.size ?? 0)) / 2 + opts.labelRoom),
      firstRow,
    );
  };
  const placedYs = (id: string, side: (r: number) => boolean) =>
    neighbours
      .get(id)!
      .filter((m) => side(rank.get(m)!) && y.has(m))
      .map((m) => y.get(m)!);
  for (const r of ranks)
    place(r, (id) => {
      const left = placedYs(id, (other) => other < r);
      return left.length ? mean(left) : undefined;
    });
  for (const r of [...ranks].reverse())
    place(r, (id) => {
      if (placedYs(id, (other) => other < r).length) return undefined;
      const right = placedYs(id, (other) => other > r);
      if (!right.length) return undefined;
      if (kindOf.get(id) !== kindOfLabel.Document) return mean(right);
      // A document heads its paragraphs: level with the first.
      const own = neighbours
        .get(id)!
        .filter((m) => kindOf.get(m) === kindOfLabel.Paragraph && y.has(m))
        .map((m) => y.get(m)!);
      return Math.min(...(own.length ? own : right));
    });
  for (const r of ranks)
    place(r, (id) => {
      const left = placedYs(id, (other) => other < r);
      return left.length ? mean(left) : undefined;
    });

  return new Map(nodes.map((n) => [n.id, { x: rank.get(n.id)! * opts.columnGap, y: y.get(n.id)! }]));
}

/**
 * Sorts a column by wanted height and moves nodes apart until each pair of neighbours is `sep`
 * apart, as little as it can: nodes that would overlap form a block, centred on its members' wanted
 * heights (the least-squares placement for that order), so a crowd spreads both up and down from
 * where it wants to be, though never above the first paragraph's row. Paragraphs' wanted heights already follow reading order, so it is kept.
 * Nodes with no wanted height (linked to nothing) go last.
 */
export function spreadColumn<N extends { id: string }>(
  column: N[],
  y: Map<string, number>,
  sep: (a: N, b: N) => number,
  top: number,
): void {
  const placed = column.filter((n) => y.has(n.id)).sort((a, b) => y.get(a.id)! - y.get(b.id)!);
  const loose = column.filter((n) => !y.has(n.id));
  // Each block: its members in order with their offsets from its top, the sum over them of
  // (wanted − offset), and its top, the mean of that.
  interface Block {
    nodes: N[];
    offsets: number[];
    sum: number;
    top: number;
  }
  const blocks: Block[] = [];
  for (const n of placed) {
    let block: Block = { nodes: [n], offsets: [0], sum: y.get(n.id)!, top: y.get(n.id)! };
    for (;;) {
      const prev = blocks.at(-1);
      if (!prev) break;
      const shift = prev.offsets.at(-1)! + sep(prev.nodes.at(-1)!, block.nodes[0]!);
      if (prev.top + shift <= block.top) break;
      blocks.pop();
      const nodes = [...prev.nodes, ...block.nodes];
      const sum = prev.sum + block.sum - block.nodes.length * shift;
      block = {
        nodes,
        offsets: [...prev.offsets, ...block.offsets.map((o) => o + shift)],
        sum,
        top: sum / nodes.length,
      };
    }
    blocks.push(block);
  }
  // No block starts above `top` (the first paragraph's row: every column reads from there);
  // a block moved down pushes the next ones down with it.
  let end = top;
  let last: N | undefined;
  for (const b of blocks) {
    const start = Math.max(b.top, last ? end + sep(last, b.nodes[0]!) : top);
    b.nodes.forEach((n, i) => void y.set(n.id, start + b.offsets[i]!));
    last = b.nodes.at(-1);
    end = start + b.offsets.at(-1)!;
  }
  for (const n of loose) {
    y.set(n.id, last ? y.get(last.id)! + sep(last, n) : 0);
    last = n;
  }
}
