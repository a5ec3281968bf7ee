// The citation matrix view: a table of paragraphs × cited targets. Headers are buttons that
// sort; a cell links to its citation, so the table is fully usable by keyboard.
import type { ViewFactory } from '../corpus/view-deps.ts';
import { fill, h } from '../dom.ts';
import { kindStyle } from '../canvas/style.ts';
import { shapeSwatch } from '../panels/swatch.ts';
import {
  cellKey,
  citationMatrix,
  type ColSort,
  type MatrixEdge,
  type MatrixNode,
  type RowSort,
} from './matrix-data.ts';

export interface MatrixView {
  render(nodes: MatrixNode[], edges: MatrixEdge[]): void;
}

export function createMatrixView(container: HTMLElement, select: (id: string) => void): MatrixView {
  let rowSort: RowSort = { by: 'order' };
  let colSort: ColSort = 'total';
  let last: { nodes: MatrixNode[]; edges: MatrixEdge[] } = { nodes: [], edges: [] };

  function render(nodes: MatrixNode[], edges: MatrixEdge[]): void {
    last = { nodes, edges };
    const m = citationMatrix(nodes, edges, rowSort, colSort);
    if (m.rows.length === 0) {
      fill(
        container,
        h('p', { class: 'empty' }, 'No citations among the visible nodes. Clear the filters to see the matrix.'),
      );
      return;
    }
    const sorter = (label: string, active: boolean, onclick: () => void) =>
      h(
        'button',
        { type: 'button', class: active ? 'sort active' : 'sort', 'aria-pressed': String(active), onclick },
        label,
      );
    const rerender = () => render(last.nodes, last.edges);
    const sortedBy = rowSort.by === 'column' ? rowSort.column : null;
    fill(
      container,
      h(
        'div',
        { class: 'matrix-tools' },
        'Rows: ',
        sorter('reading order', rowSort.by === 'order', () => {
          rowSort = { by: 'order' };
          rerender();
        }),
        sorter('most citations', rowSort.by === 'total', () => {
          rowSort = { by: 'total' };
          rerender();
        }),
        ' Columns: ',
        sorter('most cited', colSort === 'total', () => {
          colSort = 'total';
          rerender();
        }),
        sorter('A–Z', colSort === 'label', () => {
          colSort = 'label';
          rerender();
        }),
        h('span', { class: 'hint' }, ' A column header sorts its citers first.'),
      ),
      h(
        'div',
        { class: 'matrix-scroll' },
        h(
          'table',
          { class: 'matrix' },
          h('caption', {}, `${m.rows.length} citing paragraphs × ${m.cols.length} cited targets`),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, 'Paragraph'),
              m.cols.map((c) =>
                h(
                  'th',
                  { scope: 'col', 'aria-sort': sortedBy === c.id ? 'descending' : 'none' },
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'col-head',
                      title: `${c.label}: cited by ${c.total} paragraphs. Sort its citers first.`,
                      onclick: () => {
                        rowSort = { by: 'column', column: c.id };
                        rerender();
                      },
                    },
                    shapeSwatch(kindStyle(c.kind)),
                    h('span', {}, c.label),
                    h('span', { class: 'count' }, String(c.total)),
                  ),
                ),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            m.rows.map((r) =>
              h(
                'tr',
                {},
                h(
                  'th',
                  { scope: 'row' },
                  h(
                    'a',
                    {
                      href: `?sel=${encodeURIComponent(r.id)}`,
                      onclick: (e: Event) => {
                        e.preventDefault();
                        select(r.id);
                      },
                    },
                    r.label,
                  ),
                  h('span', { class: 'count' }, ` ${r.total}`),
                ),
                m.cols.map((c) => {
                  const cell = m.cells.get(cellKey(r.id, c.id));
                  return h(
                    'td',
                    { class: cell ? (cell.viaFootnote ? 'hit fn' : 'hit') : '' },
                    cell
                      ? h(
                          'a',
                          {
                            href: `?sel=${encodeURIComponent(cell.edges[0]!)}`,
                            'aria-label': `${r.label} cites ${c.label}${cell.viaFootnote ? ' (via footnote)' : ''}`,
                            onclick: (e: Event) => {
                              e.preventDefault();
                              select(cell.edges[0]!);
                            },
                          },
                          cell.viaFootnote ? '◇' : '◆',
                        )
                      : '',
                  );
                }),
              ),
            ),
          ),
        ),
      ),
    );
  }
  return { render };
}

/** The view as the registry makes it: the visible graph as a table; a cell opens the graph on its citation. */
export const matrixView: ViewFactory = (container, deps) => {
  const view = createMatrixView(container, (id) => deps.go({ selected: id, view: 'graph' }));
  return {
    show() {
      const visible = deps.canvas().visible();
      view.render(
        visible.nodes().map((n) => ({
          id: n.id(),
          kind: String(n.data('kind')),
          label: String(n.data('fullLabel') ?? n.data('label')),
          order: n.data('order'),
        })),
        visible.edges().map((e) => ({
          id: e.id(),
          source: String(e.data('source')),
          target: String(e.data('target')),
          type: String(e.data('type')),
          via: e.data('via'),
        })),
      );
    },
  };
};
