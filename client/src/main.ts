// Wires the explorer together: API, canvas, panels, views, URL and keyboard. Behaviour lives in
// the modules; this file only connects them.
import { createAnalysisPanel } from './analysis/panel.ts';
import { ApiError } from './api.ts';
import { App } from './app.ts';
import { Canvas, defaults as canvasDefaults } from './canvas/canvas.ts';
import { mayAnimate, runLayout } from './canvas/layouts.ts';
import { wireKeyboard } from './chrome/keyboard.ts';
import { mountToolbar } from './chrome/toolbar.ts';
import { createCorpusWiring } from './corpus-wiring.ts';
import { byId, fill, h } from './dom.ts';
import { mountMinimap } from './canvas/minimap.ts';
import { mountAddDocument } from './panels/add-document.ts';
import { createDetails } from './panels/details.ts';
import { confirmInPage } from './panels/confirm.ts';
import { createFilters } from './panels/filters.ts';
import { showIntro } from './panels/intro.ts';
import { createSearch } from './panels/search.ts';
import { createStatus } from './panels/status.ts';
import { api, DEFAULT_DOCUMENT, loadGraph, takePrefetchedGraph } from './prefetch.ts';
import { GRAPH, THEMES } from './graphql-documents.ts';
import { parseState, serializeState, type ViewState } from './state/url-state.ts';
import type { Subgraph } from './types.ts';
import { mountViews } from './views/view-host.ts';

export const defaults = {
  /** The document drawn when the URL names none (see prefetch.ts). */
  document: DEFAULT_DOCUMENT,
};

/** Timings the benchmark and the end-to-end tests read (window.instrumentGraph). */
const metrics: Record<string, number> = {};
const status = createStatus();
api.onBusy(status.busy);
const describe = (e: Error) =>
  e instanceof ApiError && e.kind === 'graphql' ? `The API refused the request: ${e.message}` : e.message;
const onError = (e: Error) => status.error(describe(e));

let app: App | undefined;
const need = () => app!;
const details = createDetails(
  api,
  {
    navigate: (id) => void need().select(id),
    citers: (id) => void need().update({ trace: { mode: 'citers', target: id } }),
    cocited: (id) => void need().update({ trace: { mode: 'cocited', target: id } }),
    theme: (id) => void need().update({ theme: id }),
    read: (symbol) => void need().update({ view: 'reading', doc: symbol }),
    timeline: (id) => void need().update({ view: 'timeline', timeline: id }),
    chain: (symbol) => void need().update({ view: 'chain', chain: symbol }),
    showDocument: (symbol) =>
      void need().update({
        view: 'graph',
        doc: symbol === defaults.document ? null : symbol,
        selected: null,
        focus: [],
        trace: null,
      }),
    compare: (symbol) => void need().update({ view: 'compare', compareA: symbol, compareB: null }),
  },
  onError,
);
const corpus = createCorpusWiring(api, need);
const filters = createFilters((f) => void need().update(f));
const search = createSearch(
  api,
  (hit) => void need().update({ selected: hit.node.id, view: 'graph', trace: null }),
  onError,
);
const views = mountViews({
  api,
  go: (patch) => void need().update(patch),
  select: (id) => void need().update({ selected: id }),
  canvas: () => need().canvas,
  onError,
});
const toolbar = mountToolbar(need, onError);
const syncChrome = (state: ViewState) => {
  toolbar.sync(state);
  corpus.sync(state);
};
const analysis = createAnalysisPanel(byId('sidebar'), {
  select: (id) => void need().select(id),
  // A cluster is marked until the next tap on the canvas.
  highlight: (ids) => {
    const c = need().canvas;
    c.highlight(ids);
    c.cy.one('tap', () => c.clearHighlight());
  },
  relabel: () => need().canvas.relabelNow(),
});

async function boot(): Promise<void> {
  status.clear();
  const state = parseState(location.search);
  fill(byId('details-body'), h('p', { class: 'loading' }, 'Loading the graph…'));
  let graph: Subgraph;
  try {
    const answer = takePrefetchedGraph() ?? loadGraph(state.doc);
    graph = (await answer).graph;
    // A database without the default document still has something to show: its whole graph.
    if (graph.nodes.length === 0 && !state.doc) graph = (await api.request(GRAPH, { document: null })).graph;
  } catch (error) {
    status.error(`Cannot load the graph. ${describe(error as Error)}`, () => void boot());
    fill(byId('details-body'), h('p', { class: 'empty' }, 'The graph could not be loaded. See the message above.'));
    return;
  }
  metrics.dataLoaded = performance.now();
  if (graph.nodes.length === 0)
    status.info(
      state.doc ? `No graph for document ${state.doc}.` : 'The graph is empty: no document has been loaded yet.',
    );
  const webgl = new URLSearchParams(location.search).get('renderer') === 'webgl';
  const canvas = new Canvas(
    byId('cy'),
    graph,
    {
      onSelect: (id) => void need().select(id),
      onExpand: (id) => void need().expand(id),
      onBoxSelect: () => syncChrome(need().state),
    },
    { ...canvasDefaults, webgl },
  );
  // First paint fast: fcose's draft pass (spectral, ~0.1 s) is drawn at once, and the full
  // pass then polishes it from there with animation, so nodes move only a little. With motion
  // reduced, nothing moves: the full pass runs before the first paint.
  metrics.canvasCreated = performance.now();
  // Positions computed ahead of time (very large graphs, where fcose would take minutes) are used as they are.
  const precomputed =
    graph.nodes.length > 0 && graph.nodes.every((n) => typeof n.data?.x === 'number' && typeof n.data?.y === 'number');
  const polish = state.layout === 'fcose' && !precomputed && mayAnimate(canvas.cy);
  if (precomputed) canvas.cy.fit(undefined, 24);
  else await runLayout(canvas.cy, state.layout, { animate: false, randomize: true, draft: polish });
  metrics.layoutDone = performance.now();
  // `polished`: the first layout is final (at once when no animated pass follows).
  if (!polish) metrics.polished = metrics.layoutDone;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  metrics.firstRender = performance.now();
  metrics.nodes = canvas.cy.nodes().length;
  if (polish)
    void runLayout(canvas.cy, 'fcose', { animate: true, randomize: false }).then(
      () => (metrics.polished = performance.now()),
    );
  app = new App(state, {
    api,
    canvas,
    details,
    filters,
    onError,
    showView: (s) => void views.show(s),
    showIntro: () => showIntro(need()),
    syncChrome,
    applyTime: corpus.applyTime,
    confirm: confirmInPage,
  });
  (window as unknown as { instrumentGraph: unknown }).instrumentGraph = { cy: canvas.cy, app, metrics };
  analysis.attach(canvas.cy);
  mountMinimap(canvas.cy, byId('stage'));
  await app.apply(null, state);
  metrics.ready = performance.now();
  void loadSidebarData();
}

async function loadSidebarData(): Promise<void> {
  try {
    const [{ themes }] = await Promise.all([api.request(THEMES), corpus.mountChrome()]);
    filters.setThemes(themes);
  } catch (error) {
    onError(error as Error);
  }
}

wireKeyboard(() => app, search);
void boot();
// A document just added opens in the graph; the page is loaded afresh so the picker lists it.
void mountAddDocument({ onLoaded: (loaded) => location.assign(`?doc=${encodeURIComponent(loaded.symbol)}`) });
// Keeps the canonical URL (defaults dropped) without adding a history entry.
history.replaceState(null, '', serializeState(parseState(location.search)) || location.pathname);
