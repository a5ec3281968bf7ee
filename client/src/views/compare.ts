// The Compare view: two documents' citation profiles side by side, in three columns (both, only
// A, only B) with counts per side. Each entry selects its node in the graph.
import '../corpus/corpus-views.css';
import { fill, h } from '../dom.ts';
import { compareColumns, entryCounts, type Comparison, type CompareSummary } from '../corpus/compare-data.ts';
import { documentOption, loadedDocuments, type DocumentSummary } from '../corpus/documents.ts';
import type { CorpusView, ViewDeps } from '../corpus/view-deps.ts';
import { shapeSwatch } from '../panels/swatch.ts';
import { COMPARE_DOCUMENTS } from '../corpus/graphql-documents.ts';
import { ALL_DOCUMENTS, DEFAULT_DOCUMENT } from '../scope.ts';
import type { ViewState } from '../state/url-state.ts';
import { kindStyle } from '../canvas/style.ts';
import { emptyReasons } from '../panels/empty-reasons.ts';

export function createCompareView(container: HTMLElement, deps: ViewDeps): CorpusView {
  const pickA = h('select', { id: 'cmp-a' });
  const pickB = h('select', { id: 'cmp-b' });
  const result = h('div', { class: 'compare-result', 'aria-live': 'polite' });
  const choose = () => deps.go({ compareA: pickA.value, compareB: pickB.value });
  pickA.addEventListener('change', choose);
  pickB.addEventListener('change', choose);
  fill(
    container,
    h(
      'div',
      { class: 'view-tools' },
      h('h2', { class: 'full' }, 'Compare two documents'),
      h('label', { for: 'cmp-a' }, 'A'),
      pickA,
      h('label', { for: 'cmp-b' }, 'B'),
      pickB,
      h('button', { type: 'button', onclick: () => deps.go({ compareA: pickB.value, compareB: pickA.value }) }, 'Swap'),
    ),
    result,
  );
  let shown = '';

  async function show(state: ViewState): Promise<void> {
    let docs: DocumentSummary[];
    try {
      docs = await loadedDocuments(deps.api);
    } catch (error) {
      fill(result, h('p', { class: 'empty' }, 'The list of documents could not be loaded.'));
      return deps.onError(error as Error);
    }
    if (docs.length < 2)
      return fill(
        result,
        h('p', { class: 'empty' }, 'Only one document is loaded: there is nothing to compare it with.'),
      );
    const [a, b] = pair(state, docs);
    for (const [select, value] of [
      [pickA, a],
      [pickB, b],
    ] as const) {
      if (select.options.length !== docs.length)
        fill(
          select,
          docs.map((d) => h('option', { value: d.symbol }, documentOption(d))),
        );
      select.value = value;
    }
    if (shown === `${a}|${b}`) return;
    shown = `${a}|${b}`;
    fill(result, h('p', { class: 'loading' }, `Comparing ${a} with ${b}…`));
    try {
      const { compareDocuments } = await deps.api.request(COMPARE_DOCUMENTS, { a, b });
      if (shown !== `${a}|${b}`) return;
      fill(result, render(compareDocuments, compareColumns(compareDocuments), deps));
    } catch (error) {
      shown = '';
      fill(result, h('p', { class: 'empty' }, `${a} and ${b} could not be compared.`));
      deps.onError(error as Error);
    }
  }
  return { show };
}

/** A and B from the URL, else the document on screen and the next one. */
function pair(state: ViewState, docs: DocumentSummary[]): [string, string] {
  const has = (s: string | null) => !!s && docs.some((d) => d.symbol === s);
  const current = state.doc && state.doc !== ALL_DOCUMENTS ? state.doc : DEFAULT_DOCUMENT;
  const a = has(state.compareA) ? state.compareA! : has(current) ? current : docs[0]!.symbol;
  const b = has(state.compareB) ? state.compareB! : docs.find((d) => d.symbol !== a)!.symbol;
  return [a, b];
}

function render(c: Comparison, s: CompareSummary, deps: ViewDeps): HTMLElement {
  const pct = Math.round(s.overlap * 100);
  return h(
    'div',
    {},
    h(
      'p',
      { class: 'compare-summary' },
      h('b', {}, 'A '),
      `${c.a.symbol} (${c.a.title}) cites ${s.targetsA} targets; `,
      h('b', {}, 'B '),
      `${c.b.symbol} (${c.b.title}) cites ${s.targetsB}. `,
      `They share ${s.columns[0].count} (${pct}% of all they cite).`,
    ),
    s.columns[0].count === 0
      ? h('p', { class: 'empty' }, emptyReasons.compareNothingShared(c.a.symbol, c.b.symbol))
      : '',
    h(
      'div',
      { class: 'compare-columns' },
      s.columns.map((col) =>
        h(
          'section',
          { class: `compare-col ${col.key}`, 'aria-labelledby': `cmp-h-${col.key}` },
          h('h3', { id: `cmp-h-${col.key}` }, col.heading, h('span', { class: 'count' }, ` ${col.count}`)),
          h(
            'p',
            { class: 'count' },
            col.key === 'both'
              ? `A ${col.paragraphsA} ¶ · B ${col.paragraphsB} ¶`
              : `${col.key === 'onlyA' ? col.paragraphsA : col.paragraphsB} citing paragraphs`,
          ),
          col.entries.length === 0
            ? h(
                'p',
                { class: 'empty' },
                col.key === 'both'
                  ? 'None.'
                  : col.key === 'onlyA'
                    ? emptyReasons.compareSide(c.a.symbol, c.b.symbol)
                    : emptyReasons.compareSide(c.b.symbol, c.a.symbol),
              )
            : h(
                'ul',
                { class: 'compare-list' },
                col.entries.map((e) =>
                  h(
                    'li',
                    {},
                    h(
                      'button',
                      {
                        type: 'button',
                        class: 'link-button',
                        title: `Show ${e.label} in the graph`,
                        onclick: () => deps.go({ selected: e.id, view: 'graph' }),
                      },
                      shapeSwatch(kindStyle(e.kind)),
                      h('span', {}, e.label),
                    ),
                    h('span', { class: 'count' }, ` ${entryCounts(e, col.key)}`),
                  ),
                ),
              ),
        ),
      ),
    ),
  );
}
