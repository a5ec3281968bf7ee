// The Co-citation view: targets cited in the same paragraphs across the corpus, drawn with edge
// width by the number of shared paragraphs. A min-weight control thins the network; choosing a
// pair (an edge, or a row of the table, which keyboard users reach) lists its paragraphs with
// the cited words marked. A resolution and the instrument it adopts count as one thing (the API's
// default) unless the "apart" box is ticked.
import '../corpus/corpus-views.css';
import { fill, h } from '../dom.ts';
import { coCitationElements, pairRows, type PairRow } from '../corpus/cocitation-data.ts';
import { createMiniCanvas, type MiniCanvas } from '../corpus/mini-canvas.ts';
import type { CorpusView, ViewDeps } from '../corpus/view-deps.ts';
import { CO_CITATION_NETWORK } from '../corpus/graphql-documents.ts';
import type { ViewState } from '../state/url-state.ts';
import { showPair } from './cocitation-pair.ts';
import { emptyReasons } from '../panels/empty-reasons.ts';

export const defaults = {
  /** Pairs drawn at most: the heaviest first; the answer says when more exist. */
  limit: 150,
};

export function createCoCitationView(container: HTMLElement, deps: ViewDeps, options = defaults): CorpusView {
  const weight = h('input', { type: 'number', id: 'cc-min', min: '1', max: '50', value: '2', class: 'narrow-number' });
  const apart = h('input', { type: 'checkbox', id: 'cc-apart' });
  const summary = h('p', { class: 'count', 'aria-live': 'polite' });
  const drawing = h('div', {
    class: 'cc-canvas',
    role: 'img',
    'aria-label': 'Co-citation network; the table of pairs beside it lists the same pairs.',
  });
  const drill = h('section', { class: 'cc-drill', 'aria-live': 'polite' });
  const table = h('div', { class: 'cc-pairs' });
  weight.addEventListener('change', () => {
    const n = Number(weight.value);
    if (Number.isInteger(n) && n >= 1) deps.go({ minWeight: n });
  });
  fill(
    container,
    h(
      'div',
      { class: 'view-tools' },
      h('h2', {}, 'Co-citation across the corpus'),
      h('label', { for: 'cc-min' }, 'At least'),
      weight,
      h('span', {}, 'shared paragraphs'),
      h(
        'label',
        {
          class: 'check',
          title:
            'By default a resolution and the instrument it adopts (A/RES/70/1 and the 2030 Agenda) are one thing, so no pair is one thing cited two ways.',
        },
        apart,
        ' Count a resolution and the instrument it adopts apart',
      ),
      summary,
    ),
    h('div', { class: 'cc-body' }, drawing, h('aside', { class: 'cc-side', 'aria-label': 'Pairs' }, drill, table)),
  );
  let canvas: MiniCanvas | undefined;
  /** What is drawn: the minimum weight and whether adoptions are counted apart. */
  let shown: string | null = null;
  let rows: PairRow[] = [];
  let last: ViewState | undefined;
  apart.addEventListener('change', () => {
    if (last) void show(last);
  });

  const pick = (row: PairRow) => {
    canvas?.cy.elements(':selected').unselect();
    canvas?.cy.getElementById(row.edgeId).select();
    void showPair(drill, row, deps);
  };

  async function show(state: ViewState): Promise<void> {
    last = state;
    weight.value = String(state.minWeight);
    canvas?.cy.resize();
    const key = `${state.minWeight} ${apart.checked}`;
    if (shown === key) return;
    shown = key;
    fill(summary, 'Loading the network…');
    fill(drill, h('p', { class: 'hint' }, 'Choose a line or a pair to see the paragraphs that cite both.'));
    try {
      const { coCitationNetwork: net } = await deps.api.request(CO_CITATION_NETWORK, {
        minWeight: state.minWeight,
        limit: options.limit,
        adoptionsApart: apart.checked,
      });
      if (shown !== key) return;
      rows = pairRows(net);
      fill(
        summary,
        `${net.nodes.length} targets, ${rows.length} pairs${net.truncated ? ` (the heaviest ${rows.length} of ${net.totalPairs})` : ''}.`,
      );
      renderTable();
      if (rows.length === 0) {
        canvas?.cy.elements().remove();
        fill(drill, h('p', { class: 'empty' }, emptyReasons.coCitationNetwork(state.minWeight, apart.checked)));
        return;
      }
      canvas ??= createMiniCanvas(
        drawing,
        [
          { selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'font-size': 14 } },
          { selector: 'edge', style: { width: 'data(width)', opacity: 0.75 } },
          {
            selector: 'edge.hover, edge:selected',
            style: {
              label: 'data(label)',
              'font-size': 11,
              'text-background-color': '#fff',
              'text-background-opacity': 0.9,
              opacity: 1,
            },
          },
        ],
        (id, group) => {
          const row = group === 'edges' ? rows.find((r) => r.edgeId === id) : undefined;
          if (row) void showPair(drill, row, deps);
          else if (group === 'nodes') deps.select(id);
        },
      );
      await canvas.draw(coCitationElements(net), {
        name: 'fcose',
        animate: false,
        randomize: true,
        nodeRepulsion: () => 12000,
        idealEdgeLength: () => 90,
        padding: 30,
      } as never);
    } catch (error) {
      shown = null;
      fill(summary, h('span', { class: 'error-text' }, 'The co-citation network could not be loaded.'));
      deps.onError(error as Error);
    }
  }

  function renderTable(): void {
    fill(
      table,
      rows.length === 0
        ? ''
        : h(
            'table',
            { class: 'pairs' },
            h('caption', {}, 'Pairs, most shared paragraphs first'),
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Cited together'), h('th', { scope: 'col' }, '¶'))),
            h(
              'tbody',
              {},
              rows.map((r) =>
                h(
                  'tr',
                  {},
                  h(
                    'td',
                    {},
                    h(
                      'button',
                      { type: 'button', class: 'link-button', onclick: () => pick(r) },
                      `${r.a.label} × ${r.b.label}`,
                    ),
                  ),
                  h('td', { class: 'num' }, String(r.weight)),
                ),
              ),
            ),
          ),
    );
  }

  return { show };
}
