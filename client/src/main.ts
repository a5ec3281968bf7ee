// Wires the explorer together: API, canvas, panels, views, URL and keyboard. Behaviour lives in
// the modules; this file only connects them.
import { ApiError } from './api.ts';
import { App } from './app.ts';
import { createCorpusWiring } from './corpus-wiring.ts';
import { byId, fill, h } from './dom.ts';
import { ARROW_KEYS, type Direction, neighbourInDirection } from './graph/arrow-nav.ts';
import { Canvas, defaults as canvasDefaults } from './graph/canvas.ts';
import { defaults as layoutDefaults, LAYOUTS, LAYOUT_LABEL, runLayout } from './layouts.ts';
import { mountAddDocument } from './panels/add-document.ts';
import { createDetails } from './panels/details.ts';
import { createFilters } from './panels/filters.ts';
import { createSearch } from './panels/search.ts';
import { createStatus } from './panels/status.ts';
import { mostCited } from './panels/trace.ts';
import { api, DEFAULT_DOCUMENT, loadGraph, takePrefetchedGraph } from './prefetch.ts';
import { GRAPH, THEMES } from './graphql-documents.ts';
import { ALL_DOCUMENTS, parseState, serializeState, VIEWS, type ViewState } from './state/url-state.ts';
import type { NodeSingular } from 'cytoscape';
import type { Subgraph } from './types.ts';
import { createMatrixView } from './views/matrix.ts';
import { createReadingView } from './views/reading.ts';

export const defaults = {
  /** The document drawn when the URL names none (see prefetch.ts). */
  document: DEFAULT_DOCUMENT,
};

/** Timings the benchmark and the end-to-end tests read (window.instrumentGraph). */
const metrics: Record<string, number> = {};
const status = createStatus();
api.onBusy(status.busy);
const describe = (e: Error) => (e instanceof ApiError && e.kind === 'graphql' ? `The API refused the request: ${e.message}` : e.message);
const onError = (e: Error) => status.error(describe(e));

let app: App | undefined;
const need = () => app!;
const details = createDetails(api, {
  navigate: (id) => void need().select(id),
  citers: (id) => void need().update({ trace: { mode: 'citers', target: id } }),
  cocited: (id) => void need().update({ trace: { mode: 'cocited', target: id } }),
  theme: (id) => void need().update({ theme: id }),
  read: (symbol) => void need().update({ view: 'reading', doc: symbol }),
  timeline: (id) => void need().update({ view: 'timeline', timeline: id }),
  chain: (symbol) => void need().update({ view: 'chain', chain: symbol }),
  showDocument: (symbol) => void need().update({ view: 'graph', doc: symbol === defaults.document ? null : symbol, selected: null, focus: null, trace: null }),
  compare: (symbol) => void need().update({ view: 'compare', compareA: symbol, compareB: null }),
}, onError);
const corpus = createCorpusWiring(api, need, onError);
const filters = createFilters((f) => void need().update(f));
const search = createSearch(api, (hit) => void need().update({ selected: hit.node.id, view: 'graph', trace: null }), onError);
const reading = createReadingView(byId('reading'), api, (id) => void need().select(id), onError);
const matrix = createMatrixView(byId('matrix'), (id) => void need().update({ selected: id, view: 'graph' }));
let firstDocument: string | null = null;
let pathFrom: string | null = null;
let pathTo: string | null = null;

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
  if (graph.nodes.length === 0) status.info(state.doc ? `No graph for document ${state.doc}.` : 'The graph is empty: no document has been loaded yet.');
  const webgl = new URLSearchParams(location.search).get('renderer') === 'webgl';
  const canvas = new Canvas(byId('cy'), graph, { onSelect: (id) => void need().select(id), onExpand: (id) => void need().expand(id) }, { ...canvasDefaults, webgl });
  // First paint fast: fcose's draft pass (spectral, ~0.1 s) is drawn at once, and the full
  // pass then polishes it from there with animation, so nodes move only a little.
  metrics.canvasCreated = performance.now();
  // Positions computed ahead of time (very large graphs, where fcose would take minutes) are used as they are.
  const precomputed = graph.nodes.length > 0 && graph.nodes.every((n) => typeof n.data?.x === 'number' && typeof n.data?.y === 'number');
  const polish = state.layout === 'fcose' && !isLarge(canvas) && !precomputed;
  if (precomputed) canvas.cy.fit(undefined, 24);
  else await runLayout(canvas.cy, state.layout, { animate: false, randomize: true, draft: polish });
  metrics.layoutDone = performance.now();
  await new Promise((resolve) => requestAnimationFrame(resolve));
  metrics.firstRender = performance.now();
  metrics.nodes = canvas.cy.nodes().length;
  if (polish) void runLayout(canvas.cy, 'fcose', { animate: true, randomize: false }).then(() => (metrics.polished = performance.now()));
  app = new App(state, { api, canvas, details, filters, onError, showView, showIntro, syncChrome, applyTime: corpus.applyTime });
  (window as unknown as { instrumentGraph: unknown }).instrumentGraph = { cy: canvas.cy, app, metrics };
  await app.apply(null, state);
  metrics.ready = performance.now();
  void loadSidebarData();
}

const isLarge = (canvas: Canvas) => canvas.cy.nodes().length > layoutDefaults.largeGraph;

async function loadSidebarData(): Promise<void> {
  try {
    const [{ themes }, documents] = await Promise.all([api.request(THEMES), corpus.mountChrome()]);
    filters.setThemes(themes);
    firstDocument = documents[0]?.symbol ?? null;
  } catch (error) {
    onError(error as Error);
  }
}

function showIntro(): void {
  const a = need();
  const top = mostCited(a.canvas);
  fill(byId('details-body'),
    h('h2', { id: 'details-title', tabindex: '-1' }, 'Who cites what'),
    h('p', {}, 'Each ', h('b', {}, 'paragraph'), ' (blue box) links to the ', h('b', {}, 'instruments'), ' (orange diamonds), resolutions and documents it cites. Click a shape to read it; click a line for the exact words; double-click to expand.'),
    top.length ? [h('h3', {}, 'Which paragraphs cite…'),
      h('ul', { class: 'starters' }, top.map((n) => h('li', {},
        h('button', { type: 'button', onclick: () => void a.update({ trace: { mode: 'citers', target: n.id } }) }, `${n.label}`),
        h('span', { class: 'count' }, ` ${n.count} paragraph${n.count === 1 ? '' : 's'}`))))] : h('p', { class: 'empty' }, 'Nothing is cited in this graph.'),
    h('p', { class: 'hint' }, 'Press / to search, Esc to clear. The Reading view shows the text with its citations; the Matrix view, paragraphs × instruments.'));
}

function showView(state: ViewState): void {
  for (const view of VIEWS) byId(view === 'graph' ? 'cy' : view).toggleAttribute('hidden', view !== 'graph' && view !== state.view);
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-view]')) b.setAttribute('aria-pressed', String(b.dataset.view === state.view));
  if (state.view === 'reading') {
    const named = state.doc && state.doc !== ALL_DOCUMENTS ? state.doc : null;
    const symbol = named ?? (firstDocument && !need().canvas.has(defaults.document) ? firstDocument : defaults.document);
    if (symbol) void reading.show(symbol);
    else fill(byId('reading'), h('p', { class: 'empty' }, 'No document to read.'));
  }
  if (state.view === 'matrix') {
    const visible = need().canvas.visible();
    matrix.render(
      visible.nodes().map((n) => ({ id: n.id(), kind: String(n.data('kind')), label: String(n.data('fullLabel') ?? n.data('label')), order: n.data('order') })),
      visible.edges().map((e) => ({ id: e.id(), source: String(e.data('source')), target: String(e.data('target')), type: String(e.data('type')), via: e.data('via') })));
  }
  void corpus.showView(state);
}

function syncChrome(state: ViewState): void {
  const a = need();
  const sel = state.selected ? a.canvas.cy.getElementById(state.selected) : null;
  const node = !!sel && sel.nonempty() && sel.isNode();
  (byId('layout') as HTMLSelectElement).value = state.layout;
  const enable = (id: string, on: boolean) => ((byId(id) as HTMLButtonElement).disabled = !on);
  enable('btn-expand', node);
  enable('btn-hide', !!sel && sel.nonempty());
  enable('btn-focus', node || !!state.focus);
  byId('btn-focus').textContent = state.focus ? 'Unfocus' : 'Focus';
  enable('btn-undo', a.canUndo);
  enable('btn-redo', a.canRedo);
  enable('btn-citers', node);
  enable('btn-cocited', node);
  enable('btn-path-from', node);
  enable('btn-path-to', node);
  enable('btn-path', !!pathFrom && !!pathTo && pathFrom !== pathTo);
  enable('btn-clear-trace', !!state.trace);
  const label = (id: string | null) => (id ? String(a.canvas.cy.getElementById(id).data('fullLabel') ?? id) : '—');
  byId('path-from').textContent = label(pathFrom);
  byId('path-to').textContent = label(pathTo);
  corpus.sync(state);
}

function wireControls(): void {
  const layout = byId<HTMLSelectElement>('layout');
  fill(layout, LAYOUTS.map((l) => h('option', { value: l }, LAYOUT_LABEL[l])));
  layout.addEventListener('change', () => void need().update({ layout: layout.value as ViewState['layout'] }));
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-view]')) {
    b.addEventListener('click', () => void need().update({ view: b.dataset.view as ViewState['view'] }));
  }
  const selected = () => need().state.selected;
  const on = (id: string, fn: () => void) => byId(id).addEventListener('click', fn);
  on('btn-fit', () => need().canvas.cy.animate({ fit: { eles: need().canvas.visible(), padding: 24 } }, { duration: 300 }));
  on('btn-expand', () => selected() && void need().expand(selected()!));
  on('btn-hide', () => selected() && need().hide(selected()!));
  on('btn-focus', () => need().focus(need().state.focus ? null : selected()));
  on('btn-undo', () => need().undoStep());
  on('btn-redo', () => need().undoStep(true));
  on('btn-citers', () => selected() && void need().update({ trace: { mode: 'citers', target: selected()! } }));
  on('btn-cocited', () => selected() && void need().update({ trace: { mode: 'cocited', target: selected()! } }));
  on('btn-path-from', () => { pathFrom = selected(); syncChrome(need().state); });
  on('btn-path-to', () => { pathTo = selected(); syncChrome(need().state); });
  on('btn-path', () => {
    const any = byId<HTMLInputElement>('path-any').checked;
    if (pathFrom && pathTo) void need().update({ trace: any ? { mode: 'path', from: pathFrom, to: pathTo, any } : { mode: 'path', from: pathFrom, to: pathTo } });
  });
  on('btn-clear-trace', () => void need().update({ trace: null }));
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    b.addEventListener('click', async () => {
      (byId('export-menu') as HTMLDetailsElement).open = false;
      try {
        const { buildExport, download } = await import('./export/index.ts');
        download(await buildExport(need().canvas.cy, b.dataset.export as 'png'));
      } catch (error) {
        onError(error as Error);
      }
    });
  }
}

/**
 * Where an arrow key goes: to the selected node's visible neighbour that way; with nothing
 * selected, to the most cited node drawn, so the keyboard has a place to start.
 */
function arrowTarget(a: App, selected: string | null, direction: Direction): string | null {
  const cy = a.canvas.cy;
  const el = selected ? cy.getElementById(selected) : null;
  if (!el || el.empty() || !el.isNode()) {
    const start = a.canvas.visible().nodes().max((n) => Number(n.data('cited') ?? 0)).ele;
    return start?.id() ?? null;
  }
  const from = el as unknown as NodeSingular;
  const neighbours = from.neighborhood().nodes().filter((n) => n.visible()).map((n) => ({ id: n.id(), ...(n as NodeSingular).position() }));
  return neighbourInDirection(from.position(), neighbours, direction);
}

function wireKeyboard(): void {
  document.addEventListener('keydown', (e) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement;
    if (e.key === '/' && !typing) {
      e.preventDefault();
      search.focus();
    } else if (e.key === 'Escape' && !typing && app) {
      search.clear();
      void app.update({ selected: null, trace: null });
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !typing && app) {
      e.preventDefault();
      app.undoStep(e.shiftKey);
    }
  });
  byId('cy').addEventListener('keydown', (e) => {
    const id = app?.state.selected;
    if (app && ARROW_KEYS[e.key]) {
      e.preventDefault();
      const next = arrowTarget(app, id ?? null, ARROW_KEYS[e.key]!);
      if (next) void app.select(next);
      return;
    }
    if (!app || !id) return;
    if (e.key === 'Enter') void app.expand(id);
    else if (e.key === 'Delete' || e.key === 'Backspace') app.hide(id);
    else if (e.key.toLowerCase() === 'f') app.focus(app.state.focus ? null : id);
  });
  window.addEventListener('popstate', () => {
    if (app) void app.update(parseState(location.search), false);
  });
}

wireControls();
wireKeyboard();
void boot();
// A document just added opens in the graph; the page is loaded afresh so the picker lists it.
void mountAddDocument({ onLoaded: (loaded) => location.assign(`?doc=${encodeURIComponent(loaded.symbol)}`) });
// Keeps the canonical URL (defaults dropped) without adding a history entry.
history.replaceState(null, '', serializeState(parseState(location.search)) || location.pathname);
