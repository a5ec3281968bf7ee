// The Chain view: a resolution and the earlier resolutions of its organ that it recalls (and those
// recall), left to right by step, with later loaded resolutions that recall it on the right.
// Resolutions whose text is not loaded are drawn hollow and dashed, and said so in the list.
import '../corpus/corpus-views.css';
import { fill, h } from '../dom.ts';
import { chainColumns, chainElements } from '../corpus/chain-data.ts';
import { isResolutionSymbol, loadedDocuments } from '../corpus/documents.ts';
import { createMiniCanvas, type MiniCanvas } from '../corpus/mini-canvas.ts';
import type { CorpusView, ViewDeps } from '../corpus/view-deps.ts';
import { nodeLink } from '../panels/marked-text.ts';
import { shapeSwatch } from '../panels/swatch.ts';
import { kindStyle } from '../canvas/style.ts';
import { RESOLUTION_CHAIN } from '../corpus/graphql-documents.ts';
import type { ViewState } from '../state/url-state.ts';
import { emptyReasons } from '../panels/empty-reasons.ts';

const stepName = (step: number) => (step === 0 ? 'Start' : step < 0 ? `${-step} back` : `${step} forward`);

export function createChainView(container: HTMLElement, deps: ViewDeps): CorpusView {
  const input = h('input', {
    id: 'chain-symbol',
    type: 'text',
    list: 'chain-options',
    placeholder: 'A/RES/80/24',
    size: 16,
    autocomplete: 'off',
  });
  const options = h('datalist', { id: 'chain-options' });
  const form = h(
    'form',
    { class: 'inline-form' },
    h('label', { for: 'chain-symbol' }, 'Resolution'),
    input,
    options,
    h('button', { type: 'submit' }, 'Walk the chain'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (input.value.trim()) deps.go({ chain: input.value.trim() });
  });
  const summary = h('p', { class: 'count', 'aria-live': 'polite' });
  const drawing = h('div', {
    class: 'chain-canvas',
    role: 'img',
    'aria-label': 'Resolution chain, earlier resolutions to the left; the list below gives the same steps.',
  });
  const list = h('div', { class: 'chain-list' });
  const legend = h(
    'p',
    { class: 'chain-legend' },
    shapeSwatch(kindStyle('resolution')),
    'text in the corpus · ',
    h('span', { class: 'hollow', 'aria-hidden': 'true' }, '⬡'),
    'dashed: only cited, text not loaded · earlier to the left',
  );
  fill(
    container,
    h('div', { class: 'view-tools' }, h('h2', {}, 'Resolution chain'), form, summary, legend),
    drawing,
    list,
  );
  let canvas: MiniCanvas | undefined;
  let shown: string | null = null;

  async function show(state: ViewState): Promise<void> {
    void loadedDocuments(deps.api).then(
      (docs) =>
        fill(
          options,
          docs.filter((d) => isResolutionSymbol(d.symbol)).map((d) => h('option', { value: d.symbol }, d.title)),
        ),
      () => {},
    );
    canvas?.cy.resize();
    if (!state.chain) {
      shown = null;
      canvas?.cy.elements().remove();
      fill(summary, 'Pick a resolution, or use “Walk the chain” in the details of one.');
      return fill(list);
    }
    input.value = state.chain;
    if (shown === state.chain) return;
    shown = state.chain;
    fill(summary, `Walking back from ${state.chain}…`);
    try {
      const { resolutionChain: chain } = await deps.api.request(RESOLUTION_CHAIN, { symbol: state.chain });
      if (shown !== state.chain) return;
      const columns = chainColumns(chain);
      const missing = chain.nodes.filter((n) => n.data?.loaded !== true).length;
      fill(
        summary,
        chain.edges.length === 0
          ? h('span', { class: 'empty' }, emptyReasons.chain(state.chain))
          : `${chain.nodes.length} resolutions over ${columns.length} steps; ${missing} not loaded (dashed).`,
      );
      fill(
        list,
        h(
          'ol',
          { class: 'chain-steps' },
          columns.map((c) => {
            const loaded = c.nodes.filter((n) => n.loaded);
            const missing = c.nodes.filter((n) => !n.loaded);
            const links = (nodes: typeof c.nodes) =>
              nodes.flatMap((n, i) => [
                i ? ', ' : '',
                nodeLink(n.id, n.label, deps.select, { class: n.loaded ? 'loaded' : 'not-loaded' }),
              ]);
            return h(
              'li',
              {},
              h('b', {}, stepName(c.step)),
              ': ',
              links(loaded),
              missing.length
                ? [
                    loaded.length ? '; ' : '',
                    h('span', { class: 'via' }, `not loaded (${missing.length}): `),
                    ...links(missing),
                  ]
                : '',
            );
          }),
        ),
      );
      canvas ??= createMiniCanvas(
        drawing,
        [
          {
            selector: 'node.not-loaded',
            style: {
              'background-color': '#fff',
              'border-width': 2,
              'border-style': 'dashed',
              'border-color': '#6a3d9a',
              color: '#4a4a4a',
            },
          },
          { selector: 'node.start', style: { 'border-width': 4, 'border-color': '#000', 'font-weight': 'bold' } },
          {
            selector: 'edge',
            style: {
              width: 1.5,
              'target-arrow-shape': 'triangle',
              'target-arrow-color': '#6a3d9a',
              'line-color': '#6a3d9a',
              'curve-style': 'straight',
              opacity: 0.6,
            },
          },
          {
            selector: 'node',
            style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 4, 'text-margin-y': 0 },
          },
        ],
        (id, group) => group === 'nodes' && deps.select(id),
      );
      await canvas.draw(chainElements(chain), { name: 'preset', fit: true, padding: 30 } as never);
    } catch (error) {
      shown = null;
      canvas?.cy.elements().remove();
      fill(
        summary,
        h(
          'span',
          { class: 'error-text' },
          `No chain for ${state.chain}: ${(error as Error).message} Try a resolution symbol as the documents print it (A/RES/80/24, 79/50), or “Walk the chain” in a resolution's details.`,
        ),
      );
      fill(list);
    }
  }
  return { show };
}
