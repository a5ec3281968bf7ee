// The citation matrix as data: paragraphs × cited targets, each cell the citations between them.
// Pure, so sorting is unit-tested without a DOM.
import { Rel, kindOfLabel } from '../../../graph/model.ts';

export interface MatrixNode {
  id: string;
  kind: string;
  label: string;
  order?: unknown;
}
export interface MatrixEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  via?: unknown;
}
export interface Cell {
  /** Edge ids, so a cell can select its citation. */
  edges: string[];
  /** True when the paragraph cites the target only through footnotes. */
  viaFootnote: boolean;
}
export interface Matrix {
  rows: (MatrixNode & { total: number })[];
  cols: (MatrixNode & { total: number })[];
  cells: Map<string, Cell>;
}

export type RowSort = { by: 'order' } | { by: 'total' } | { by: 'column'; column: string };
export type ColSort = 'total' | 'label';

export const cellKey = (row: string, col: string) => `${row}\u0000${col}`;

export function citationMatrix(
  nodes: MatrixNode[],
  edges: MatrixEdge[],
  rowSort: RowSort = { by: 'order' },
  colSort: ColSort = 'total',
): Matrix {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const cells = new Map<string, Cell>();
  const rowTotal = new Map<string, number>();
  const colTotal = new Map<string, number>();
  for (const e of edges) {
    if (e.type !== Rel.CITES || byId.get(e.source)?.kind !== kindOfLabel.Paragraph || !byId.has(e.target)) continue;
    const key = cellKey(e.source, e.target);
    const cell = cells.get(key) ?? { edges: [], viaFootnote: false };
    if (cell.edges.length === 0) {
      rowTotal.set(e.source, (rowTotal.get(e.source) ?? 0) + 1);
      colTotal.set(e.target, (colTotal.get(e.target) ?? 0) + 1);
    }
    // ◇ only when every citation in the cell goes through a footnote; one in the text makes it ◆.
    cell.viaFootnote = (cell.edges.length === 0 || cell.viaFootnote) && e.via === 'footnote';
    cell.edges.push(e.id);
    cells.set(key, cell);
  }
  const order = (n: MatrixNode) => (typeof n.order === 'number' ? n.order : Number.MAX_SAFE_INTEGER);
  const paragraphs = nodes.filter((n) => n.kind === kindOfLabel.Paragraph);
  const rows = paragraphs.map((n) => ({ ...n, total: rowTotal.get(n.id) ?? 0 })).filter((r) => r.total > 0);
  const cols = [...colTotal.keys()].map((id) => ({ ...byId.get(id)!, total: colTotal.get(id)! }));

  const byOrder = (a: MatrixNode, b: MatrixNode) =>
    order(a) - order(b) || a.label.localeCompare(b.label, undefined, { numeric: true });
  if (rowSort.by === 'order') rows.sort(byOrder);
  else if (rowSort.by === 'total') rows.sort((a, b) => b.total - a.total || byOrder(a, b));
  else {
    const has = (r: MatrixNode) => (cells.has(cellKey(r.id, rowSort.column)) ? 0 : 1);
    rows.sort((a, b) => has(a) - has(b) || byOrder(a, b));
  }
  cols.sort(
    colSort === 'label'
      ? (a, b) => a.label.localeCompare(b.label)
      : (a, b) => b.total - a.total || a.label.localeCompare(b.label),
  );
  return { rows, cols, cells };
}
