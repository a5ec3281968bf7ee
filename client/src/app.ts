// The application's state and the actions that change it. Every change goes through `update`,
// which applies only what differs and writes the URL, so back/forward and shared links replay
// the same path as clicks do.
import type cytoscape from 'cytoscape';
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import type { Api } from './api.ts';
import { countBy } from './canvas/elements.ts';
import type { Canvas } from './canvas/canvas.ts';
import { placeAround, runLayout } from './canvas/layouts.ts';
import type { Details } from './panels/details.ts';
import { type FiltersPanel, themeCounts } from './panels/filters.ts';
import { kindOfLabel } from '../../graph/model.ts';
import { runTrace } from './panels/trace.ts';
import { loadGraph } from './prefetch.ts';
import { GRAPH, NEIGHBORHOOD } from './graphql-documents.ts';
import { Expander } from './scene/expander.ts';
import { EVERY_LINK, type Expansion, withExpansion } from './scene/expansion.ts';
import type { Scene } from './scene/scene-file.ts';
import { UndoStack } from './state/undo.ts';
import { parseState, sameState, serializeState, type ViewState } from './state/url-state.ts';
import type { NodeKind } from './types.ts';

export interface AppParts {
  api: Api;
  canvas: Canvas;
  details: Details;
  filters: FiltersPanel;
  onError(error: Error): void;
  /** Views other than the graph and the chrome that depends on the state. */
  showView(state: ViewState): void;
  showIntro(): void;
  syncChrome(state: ViewState): void;
  /** The time filter: hides what did not exist by `asOf` (null shows everything again). */
  applyTime(asOf: string | null, doc: string | null): Promise<void>;
  /** Asks the user before a big change (a large expand); resolves true to go ahead. */
  confirm(message: string, action: string): Promise<boolean>;
}

/** One undo step: what the canvas held, and the expansions that drew it. */
interface Step {
  canvas: ReturnType<Canvas['snapshot']>;
  expanded: Expansion[];
}

export class App {
  private readonly undo = new UndoStack<Step>();
  private readonly expander: Expander;
  /** The links an expand follows, as chosen in the toolbar: every link, or one type and direction. */
  expandWith: Omit<Expansion, 'id'> = EVERY_LINK;
  constructor(
    public state: ViewState,
    private readonly parts: AppParts,
  ) {
    this.expander = new Expander(parts);
  }

  get canvas(): Canvas {
    return this.parts.canvas;
  }

  /**
   * Moves to a new state. `push` adds a history entry; 'replace' rewrites the current one (what an
   * expand changes is kept in the link without a step of its own); false writes nothing, for a
   * state that came from the URL (popstate, first load).
   */
  async update(patch: Partial<ViewState>, push: boolean | 'replace' = true): Promise<void> {
    const prev = this.state;
    const next = { ...prev, ...patch };
    // Another document starts without the old one's expansions and hidden nodes.
    if (patch.doc !== undefined && patch.doc !== prev.doc) {
      next.expanded = patch.expanded ?? [];
      next.hidden = patch.hidden ?? [];
    }
    this.state = next;
    if (push === 'replace') history.replaceState(null, '', serializeState(next) || location.pathname);
    else if (push && !sameState(prev, next)) history.pushState(null, '', serializeState(next) || location.pathname);
    await this.apply(prev, next);
  }

  async apply(prev: ViewState | null, next: ViewState): Promise<void> {
    const { canvas } = this.parts;
    const changed = <K extends keyof ViewState>(k: K) => !prev || JSON.stringify(prev[k]) !== JSON.stringify(next[k]);
    try {
      const reloaded = !!prev && changed('doc');
      if (reloaded) await this.loadDocument(next);
      if (reloaded || changed('hiddenKinds') || changed('hiddenRels') || changed('theme')) {
        canvas.applyFilters(next.hiddenKinds, next.hiddenRels, next.theme);
        this.refreshCounts();
      }
      if ((changed('asOf') || reloaded) && (next.asOf || prev?.asOf)) {
        await this.parts.applyTime(next.asOf, next.doc);
        this.refreshCounts();
      }
      if (changed('open') || reloaded) await this.syncOpenDocuments(next.open);
      if (changed('expanded') || reloaded) {
        await this.expander.replay(next.expanded);
        this.afterAdd();
      }
      if (changed('hidden') || changed('expanded') || reloaded) {
        canvas.setHidden(next.hidden);
        this.refreshCounts();
      }
      if (changed('focus') || changed('expanded') || reloaded) canvas.setFocus(next.focus);
      // The details panel follows the filters: a selection they take off the canvas is let go.
      if (
        next.selected &&
        prev?.selected === next.selected &&
        canvas.has(next.selected) &&
        !canvas.visible().getElementById(next.selected).nonempty()
      ) {
        next.selected = null;
        history.replaceState(null, '', serializeState(next) || location.pathname);
      }
      if (changed('layout') && prev) await runLayout(canvas.cy, next.layout, { animate: true });
      if (changed('selected')) await this.showSelection(next.selected);
      if (changed('trace')) {
        if (next.trace) await runTrace(next.trace, this.traceDeps());
        else {
          canvas.clearHighlight();
          if (prev?.trace && !next.selected) this.parts.showIntro();
        }
      }
      if (!next.selected && !next.trace && (!prev || reloaded || changed('selected'))) this.parts.showIntro();
      // The link names what is really hidden: selecting a hidden node shows it again, and a link's
      // hidden ids that name nothing drawn are dropped.
      const hidden = canvas.hiddenIds();
      if (hidden.join(',') !== [...next.hidden].sort().join(',')) {
        next.hidden = hidden;
        history.replaceState(null, '', serializeState(next) || location.pathname);
      }
      // The latest state, not this call's: an earlier apply that finishes late (a first load still
      // laying out while the user clicks on) must not leave the view and toolbar of a past state.
      this.parts.showView(this.state);
      this.parts.syncChrome(this.state);
    } catch (error) {
      this.parts.onError(error as Error);
    }
  }

  /** The document picker: the canvas gets the other graph, and what named old elements is dropped. */
  private async loadDocument(next: ViewState): Promise<void> {
    const { canvas } = this.parts;
    const { graph } = await loadGraph(next.doc);
    this.undo.clear();
    this.expander.reset();
    canvas.reset(graph);
    canvas.applyFilters(next.hiddenKinds, next.hiddenRels, next.theme);
    await runLayout(canvas.cy, next.layout, { animate: false, randomize: true });
  }

  private traceDeps() {
    return {
      api: this.parts.api,
      canvas: () => this.parts.canvas,
      details: this.parts.details,
      navigate: (id: string) => void this.select(id),
      clear: () => void this.update({ trace: null }),
      added: () => this.afterAdd(),
    };
  }

  private async showSelection(id: string | null): Promise<void> {
    const { canvas, details, api } = this.parts;
    if (id && !canvas.has(id)) {
      // A node from search or a link that is not drawn yet: bring it in with its neighbours.
      const { neighborhood } = await api.request(NEIGHBORHOOD, { id, depth: 1 });
      if (neighborhood.nodes.length) {
        this.recordStep();
        canvas.add(neighborhood);
        this.afterAdd();
        await runLayout(canvas.cy, this.state.layout, { animate: true, fit: false });
      }
    }
    canvas.select(id);
    if (!id) return;
    const el = canvas.cy.getElementById(id) as cytoscape.SingularElementReturnValue;
    if (el.empty()) return details.show('Not found', `Nothing has the id ${id}.`);
    canvas.reveal(id);
    if (el.group() === 'edges') {
      const edge = el as unknown as EdgeSingular;
      const ref = (n: NodeSingular) => ({
        id: n.id(),
        kind: n.data('kind') as NodeKind,
        label: (n.data('fullLabel') ?? n.data('label')) as string,
      });
      await details.showEdge({
        id,
        type: el.data('type') as string,
        data: el.data() as Record<string, unknown>,
        source: ref(edge.source()),
        target: ref(edge.target()),
      });
    } else await details.showNode(id);
  }

  select(id: string | null): Promise<void> {
    return this.update({ selected: id, view: id && this.state.view === 'reading' ? 'graph' : this.state.view });
  }

  /** Expands a node through the links chosen in the toolbar. */
  async expand(id: string): Promise<void> {
    const { canvas } = this.parts;
    // In the overview, a document opens into its paragraphs with one gesture, and closes with the
    // same; the URL keeps the open ones (`open=`), so back, forward and shared links replay it.
    if (canvas.isOverviewDocument(id)) {
      const open = this.state.open.includes(id) ? this.state.open.filter((d) => d !== id) : [...this.state.open, id];
      await this.update({ open });
      return;
    }
    await this.expandAll([id]);
  }

  /**
   * Expands several nodes at once (the box selection's bulk action) as one undo step. When more
   * than a few dozen nodes would be added, the user is told how many and asked first.
   */
  async expandAll(ids: string[], how: Omit<Expansion, 'id'> = this.expandWith): Promise<void> {
    const { canvas } = this.parts;
    try {
      // The overview's documents in a box selection open into their paragraphs, as Enter opens one.
      const documents = ids.filter((id) => canvas.isOverviewDocument(id) && !this.state.open.includes(id));
      if (documents.length > 0) await this.update({ open: [...this.state.open, ...documents] });
      const expansions = ids.filter((id) => !canvas.isOverviewDocument(id)).map((id) => ({ id, ...how }));
      if (expansions.length === 0 || !(await this.expander.expand(expansions, () => this.recordStep()))) return;
      this.afterAdd();
      await this.update(
        { expanded: expansions.reduce(withExpansion, this.state.expanded), hidden: canvas.hiddenIds() },
        'replace',
      );
    } catch (error) {
      this.parts.onError(error as Error);
    }
  }

  /** Opens a saved scene: its link's state, then its positions and viewport over the layout. */
  async openScene(scene: Scene): Promise<void> {
    await this.update(parseState(scene.link));
    const cy = this.parts.canvas.cy;
    cy.stop(true);
    this.parts.canvas.placeAt(scene.positions);
    cy.viewport({ zoom: scene.viewport.zoom, pan: scene.viewport.pan });
  }

  /** Opens and closes the overview's documents to match the state's `open` list. */
  private async syncOpenDocuments(open: string[]): Promise<void> {
    const { canvas, api } = this.parts;
    const wanted = new Set(open.filter((d) => canvas.isOverviewDocument(d)));
    for (const doc of [...canvas.openDocuments]) if (!wanted.has(doc)) canvas.closeDocument(doc);
    for (const doc of wanted) {
      if (canvas.openDocuments.has(doc)) continue;
      const { graph } = await api.request(GRAPH, { document: doc });
      placeAround(canvas.cy, doc, canvas.openDocument(doc, graph));
    }
    this.afterAdd();
  }

  /** Hides elements (the selection, or a box selection's nodes) as one undo step. */
  hide(ids: string[]): void {
    this.recordStep();
    this.parts.canvas.hide(ids);
    this.refreshCounts();
    void this.update({ selected: null, hidden: this.parts.canvas.hiddenIds() });
  }

  /** Focus mode on these nodes' neighbourhoods; none ends it. */
  focus(ids: string[]): void {
    this.recordStep();
    void this.update({ focus: ids });
  }

  private recordStep(): void {
    this.undo.record({ canvas: this.parts.canvas.snapshot(), expanded: this.state.expanded });
  }

  undoStep(redo = false): void {
    const canvas = this.parts.canvas;
    const now = { canvas: canvas.snapshot(), expanded: this.state.expanded };
    const step = redo ? this.undo.redo(now) : this.undo.undo(now);
    if (!step) return;
    canvas.restore(step.canvas);
    this.expander.reset(step.expanded);
    canvas.applyFilters(this.state.hiddenKinds, this.state.hiddenRels, this.state.theme);
    if (this.state.asOf) void this.parts.applyTime(this.state.asOf, this.state.doc).then(() => this.refreshCounts());
    this.refreshCounts();
    void this.update({
      focus: step.canvas.focus,
      expanded: step.expanded,
      hidden: canvas.hiddenIds(),
      selected: this.state.selected && canvas.has(this.state.selected) ? this.state.selected : null,
    });
  }

  get canUndo(): boolean {
    return this.undo.canUndo;
  }
  get canRedo(): boolean {
    return this.undo.canRedo;
  }

  private afterAdd(): void {
    const s = this.state;
    this.parts.canvas.applyFilters(s.hiddenKinds, s.hiddenRels, s.theme);
    this.parts.canvas.setFocus(s.focus);
    if (s.asOf) void this.parts.applyTime(s.asOf, s.doc).then(() => this.refreshCounts());
    this.refreshCounts();
  }

  refreshCounts(): void {
    const cy = this.parts.canvas.cy;
    const visible = this.parts.canvas.visible();
    const tally = (all: Map<string, number>, shown: Map<string, number>) =>
      new Map([...all].map(([k, total]) => [k, { total, visible: shown.get(k) ?? 0 }]));
    const kindOf = (e: { data(k: string): unknown }) => String(e.data('kind'));
    const typeOf = (e: { data(k: string): unknown }) => String(e.data('type'));
    // Themes in view: the paragraphs on the canvas that hide, focus or time do not take away (the theme filter itself does not count).
    const paragraphs = cy.nodes(`.${kindOfLabel.Paragraph}`).not('.hidden, .unfocused, .untimely, .collapsed');
    this.parts.filters.render(this.state, {
      kinds: tally(countBy(cy.nodes(), kindOf), countBy(visible.nodes(), kindOf)),
      rels: tally(countBy(cy.edges(), typeOf), countBy(visible.edges(), typeOf)),
      themes: themeCounts(paragraphs.map((p) => p.data('themes'))),
    });
  }
}
