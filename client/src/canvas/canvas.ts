// The Cytoscape canvas and the operations the UI performs on it: add, select, hide, focus,
// filter, highlight, snapshot/restore. It knows nothing of panels or the URL.
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, NodeSingular, Position } from 'cytoscape';
import { Rel, kindOfLabel } from '../../../graph/model.ts';
import { toElements } from './elements.ts';
import { registerLayouts } from './layouts.ts';
import { moveViewport } from './motion.ts';
import type { CanvasSnapshot } from '../state/undo.ts';
import { stylesheet } from './style.ts';
import { applyImportance } from './importance.ts';
import { declutter, labelParagraphs } from './labels.ts';
import { OFF, visibleElements } from './visible.ts';
import type { Subgraph } from '../types.ts';

export const defaults = {
  /** Above this many elements, draw a texture while panning and hide edges while zooming. */
  largeGraph: 2000,
  minZoom: 0.05,
  maxZoom: 4,
  /** Wheel zoom step; Cytoscape's default is too quick on touchpads. */
  wheelSensitivity: 0.4,
  /** Cytoscape's WebGL renderer (3.31+) instead of the 2D canvas (`?renderer=webgl`; measured in bench:client). */
  webgl: false,
};

export { OFF } from './visible.ts';

export interface CanvasHandlers {
  onSelect(id: string | null): void;
  onExpand(id: string): void;
  /** A box selection (shift-drag) ended with these nodes selected. */
  onBoxSelect?(ids: string[]): void;
}

export type Snapshot = CanvasSnapshot & { focus: string[] };

export class Canvas {
  readonly cy: Core;
  /** Every element ever loaded, so undo can put back what expand or hide took away. */
  private readonly registry = new Map<string, ElementDefinition>();
  private readonly positions = new Map<string, Position>();
  /** The focused nodes (focus mode shows only their neighbourhoods); empty: no focus. */
  focus: string[] = [];

  constructor(container: HTMLElement | undefined, sub: Subgraph, handlers: CanvasHandlers, options = defaults) {
    registerLayouts();
    const elements = toElements(sub);
    for (const el of elements) this.registry.set(String(el.data.id), el);
    const large = elements.length > options.largeGraph;
    this.cy = cytoscape({
      container,
      headless: container === undefined,
      elements,
      style: stylesheet(undefined, large),
      minZoom: options.minZoom,
      maxZoom: options.maxZoom,
      wheelSensitivity: options.wheelSensitivity,
      boxSelectionEnabled: true,
      selectionType: 'single',
      // Large graphs: draw a cached bitmap while the view moves, and skip edges during zoom.
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      hideLabelsOnViewport: large,
      pixelRatio: large ? 1 : 'auto',
      // The WebGL option is newer than @types/cytoscape.
      ...(options.webgl ? ({ renderer: { name: 'canvas', webgl: true } } as Record<string, unknown>) : {}),
    });
    this.wire(handlers);
    // After the first frame, not before it: the layout that follows relabels at its end anyway.
    this.relabel();
  }

  private relabelTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Sizes by citations in the current scope, paragraph labels with their document when several are
   * drawn, and only labels that do not overlap. Coalesced: many changes in a row relabel once.
   */
  relabel(delay = 0): void {
    this.relabelPending = true;
    clearTimeout(this.relabelTimer);
    this.relabelTimer = setTimeout(() => this.relabelNow(), delay);
  }

  /** True while a relabel is scheduled: tests and the benchmark wait for the labels to be placed. */
  relabelPending = false;

  relabelNow(): void {
    this.relabelPending = false;
    clearTimeout(this.relabelTimer);
    if (this.cy.destroyed()) return;
    applyImportance(this.cy);
    labelParagraphs(this.cy);
    declutter(this.cy);
  }

  private wire(handlers: CanvasHandlers): void {
    const cy = this.cy;
    cy.on('tap', 'node, edge', (event) => handlers.onSelect(event.target.id() as string));
    cy.on('tap', (event) => {
      if (event.target === cy) handlers.onSelect(null);
    });
    cy.on('dbltap', 'node', (event) => handlers.onExpand(event.target.id() as string));
    // Cytoscape tells each element a box selected apart; the handler hears once, after the last.
    let boxed: ReturnType<typeof setTimeout> | undefined;
    cy.on('boxselect', 'node', () => {
      clearTimeout(boxed);
      boxed = setTimeout(() => handlers.onBoxSelect?.(this.selectedNodeIds()), 0);
    });
    cy.on('mouseover', 'node, edge', (event) => event.target.addClass('hover'));
    cy.on('mouseout', 'node, edge', (event) => event.target.removeClass('hover'));
    // Labels follow the zoom (more appear as the user zooms in) and the layout's final places.
    let zoom = cy.zoom();
    cy.on('viewport', () => {
      if (cy.zoom() === zoom) return;
      zoom = cy.zoom();
      this.relabel(120);
    });
    cy.on('layoutstop', () => this.relabel());
    // The container changes size with the window (and the narrow layout, and a toolbar that wraps);
    // after it settles, a view that showed the whole graph is refitted, and one zoomed in to read
    // (hierarchical, document order, the user's own) keeps its zoom and its top left.
    const container = cy.container();
    if (container && typeof ResizeObserver !== 'undefined') {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let last = `${container.clientWidth}x${container.clientHeight}`;
      new ResizeObserver(() => {
        const size = `${container.clientWidth}x${container.clientHeight}`;
        if (size === last || container.clientWidth === 0) return;
        last = size;
        clearTimeout(timer);
        timer = setTimeout(() => {
          const shown = this.visible();
          const box = shown.boundingBox({});
          const view = cy.extent();
          const whole =
            shown.empty() || (view.x1 <= box.x1 && view.y1 <= box.y1 && view.x2 >= box.x2 && view.y2 >= box.y2);
          cy.resize();
          if (whole) cy.fit(shown, 24);
        }, 150);
      }).observe(container);
    }
  }

  /** Replaces everything drawn with another graph (the document picker): nothing old is kept. */
  reset(sub: Subgraph, options = defaults): void {
    const elements = toElements(sub);
    this.registry.clear();
    this.positions.clear();
    for (const el of elements) this.registry.set(String(el.data.id), el);
    this.focus = [];
    this.openDocuments.clear();
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
    });
    this.cy.style(stylesheet(undefined, elements.length > options.largeGraph));
    this.relabel();
  }

  /** The time filter: these ids are hidden as not yet existing (a class of its own, so it combines with the rest). */
  setUntimely(ids: ReadonlySet<string>): void {
    this.cy.batch(() => {
      this.cy.elements('.untimely').removeClass('untimely');
      for (const id of ids) this.cy.getElementById(id).addClass('untimely');
    });
    this.relabel();
  }

  /** The time filter: these nodes have no known date, and are drawn as undated while a date is chosen. */
  setUndated(ids: ReadonlySet<string>): void {
    this.cy.batch(() => {
      this.cy.elements('.undated').removeClass('undated');
      for (const id of ids) this.cy.getElementById(id).addClass('undated');
    });
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  /** Adds what is new in a subgraph; returns the ids of the nodes added. */
  add(sub: Subgraph): string[] {
    const known = new Set(this.cy.elements().map((e) => e.id()));
    const elements = toElements(sub, known);
    for (const el of elements) this.registry.set(String(el.data.id), el);
    // An element removed earlier comes back where it was.
    for (const el of elements) {
      const at = this.positions.get(String(el.data.id));
      if (at && el.group === 'nodes') el.position = at;
    }
    const added = this.cy.add(elements);
    this.relabel();
    return added.nodes().map((n) => n.id());
  }

  /** Documents of the overview opened into their paragraphs. */
  readonly openDocuments = new Set<string>();

  /** Whether a node is an overview document that can open into its paragraphs (or close again). */
  isOverviewDocument(id: string): boolean {
    return this.cy.getElementById(id).outgoers('edge[?aggregate]').nonempty();
  }

  /**
   * Opens an overview document in place: its paragraphs (and footnotes) join the canvas with their
   * own citation edges, and the document's weighted overview edges step aside while it is open.
   * Returns the ids of the nodes added.
   */
  openDocument(symbol: string, sub: Subgraph): string[] {
    this.openDocuments.add(symbol);
    const added = this.add(sub);
    this.cy.getElementById(symbol).outgoers('edge[?aggregate][type != "REFERENCES"]').addClass('collapsed');
    this.cy.getElementById(symbol).addClass('open');
    this.relabel();
    return added;
  }

  /** Closes an opened document: its paragraphs and footnotes leave, and its overview edges come back. */
  closeDocument(symbol: string): void {
    this.openDocuments.delete(symbol);
    const inside = this.cy
      .nodes(`.${kindOfLabel.Paragraph}, .${kindOfLabel.Footnote}`)
      .filter((n) => n.data('document') === symbol);
    inside.forEach((n) => void this.positions.set(n.id(), { ...n.position() }));
    this.cy.remove(inside);
    this.cy.getElementById(symbol).outgoers('edge[?aggregate][type != "REFERENCES"]').removeClass('collapsed');
    this.cy.getElementById(symbol).removeClass('open');
    this.relabel();
  }

  select(id: string | null): void {
    this.cy.elements(':selected').unselect();
    if (!id) return;
    const el = this.cy.getElementById(id);
    if (el.empty()) return;
    el.removeClass('hidden');
    el.select();
  }

  /** The visible nodes selected (one by a click, several by a box). */
  selectedNodeIds(): string[] {
    return this.visible()
      .nodes(':selected')
      .map((n) => n.id());
  }

  /** Pans (and zooms in, if far out) so an element is in view. */
  reveal(id: string): void {
    const el = this.cy.getElementById(id);
    if (el.empty()) return;
    const zoom = Math.max(this.cy.zoom(), 0.9);
    moveViewport(this.cy, { center: { eles: el }, zoom }, 300);
  }

  hide(ids: string[]): void {
    for (const id of ids) this.cy.getElementById(id).addClass('hidden');
    this.relabel();
  }

  /** Exactly these elements hidden by the user (a link's or a scene's `hide`). */
  setHidden(ids: readonly string[]): void {
    this.cy.batch(() => {
      this.cy.elements('.hidden').removeClass('hidden');
      for (const id of ids) this.cy.getElementById(id).addClass('hidden');
    });
    this.relabel();
  }

  /** The elements the user hid, sorted. */
  hiddenIds(): string[] {
    return this.cy
      .elements('.hidden')
      .map((e) => e.id())
      .sort();
  }

  /** Focus mode: everything outside the nodes' closed neighbourhoods is hidden (none given: no focus). */
  setFocus(ids: readonly string[]): void {
    this.focus = ids.filter((id) => this.has(id));
    this.cy.elements().removeClass('unfocused');
    this.relabel();
    if (this.focus.length === 0) return;
    const keep = this.cy.collection();
    for (const id of this.focus) keep.merge(this.cy.getElementById(id).closedNeighborhood());
    this.cy.elements().not(keep).addClass('unfocused');
  }

  /** Every node's model position, by id (a saved scene keeps them). */
  positionsById(): Record<string, Position> {
    return Object.fromEntries(this.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  }

  /** Puts the nodes named at their positions; others stay where they are. */
  placeAt(positions: Record<string, Position>): void {
    this.cy.batch(() => {
      for (const [id, at] of Object.entries(positions)) {
        const n = this.cy.getElementById(id);
        if (n.nonempty() && n.isNode()) n.position(at);
      }
    });
    this.relabel();
  }

  snapshot(): Snapshot {
    return {
      present: this.cy.elements().map((e) => e.id()),
      hidden: this.cy.elements('.hidden').map((e) => e.id()),
      focus: [...this.focus],
    };
  }

  restore(snapshot: Snapshot): void {
    const cy = this.cy;
    const present = new Set(snapshot.present);
    cy.batch(() => {
      const gone = cy.elements().filter((e) => !present.has(e.id()));
      gone.nodes().forEach((n) => void this.positions.set(n.id(), { ...n.position() }));
      cy.remove(gone);
      const missing = snapshot.present
        .filter((id) => !this.has(id))
        .map((id) => this.registry.get(id))
        .filter((e): e is ElementDefinition => !!e);
      for (const el of missing)
        if (el.group === 'nodes') el.position = this.positions.get(String(el.data.id)) ?? el.position;
      cy.add(missing.filter((e) => e.group === 'nodes'));
      cy.add(missing.filter((e) => e.group === 'edges'));
      cy.elements().removeClass('hidden');
      for (const id of snapshot.hidden) cy.getElementById(id).addClass('hidden');
    });
    this.setFocus(snapshot.focus);
  }

  /** Filters by kind, relationship and theme, as classes so they combine with hide and focus. */
  applyFilters(hiddenKinds: string[], hiddenRels: string[], theme: string | null): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass('filtered');
      const kinds = new Set(hiddenKinds);
      const rels = new Set(hiddenRels);
      cy.nodes()
        .filter((n) => kinds.has(n.data('kind') as string))
        .addClass('filtered');
      cy.edges()
        .filter((e) => rels.has(e.data('type') as string))
        .addClass('filtered');
      if (theme) this.filterByTheme(theme);
    });
    this.relabel();
  }

  private filterByTheme(theme: string): void {
    const addresses = (p: NodeSingular) =>
      p
        .outgoers(`edge.${Rel.ADDRESSES}`)
        .targets()
        .filter((t) => t.id() === theme)
        .nonempty() ||
      (Array.isArray(p.data('themes')) && (p.data('themes') as unknown[]).includes(theme));
    const paragraphs = this.cy.nodes(`.${kindOfLabel.Paragraph}`);
    const kept = paragraphs.filter((p) => addresses(p));
    paragraphs.not(kept).addClass('filtered');
    // Other nodes stay only if a kept paragraph links to them (documents always stay).
    const linked = kept.closedNeighborhood().nodes();
    this.cy.nodes().not(`.${kindOfLabel.Paragraph}, .${kindOfLabel.Document}`).not(linked).addClass('filtered');
  }

  /** Marks a set of elements and dims the rest; `cls` is 'highlight' or 'on-path'. */
  highlight(ids: string[], cls: 'highlight' | 'on-path' = 'highlight'): void {
    const cy = this.cy;
    cy.batch(() => {
      this.clearHighlight();
      const marked = cy.collection();
      for (const id of ids) marked.merge(cy.getElementById(id));
      // Edges between marked nodes are part of the story (citer → cited); a path brings its own.
      if (cls === 'highlight') marked.merge(marked.nodes().edgesWith(marked.nodes()));
      marked.addClass(cls);
      cy.elements().not(marked).addClass('dimmed');
    });
    this.frame(ids);
  }

  /** Pans and zooms to show a set of elements, never closer than `maxZoom` (a few nodes would fill the view). */
  frame(ids: string[], maxZoom = 1.3, padding = 60): void {
    const cy = this.cy;
    const eles = cy.collection();
    for (const id of ids) eles.merge(cy.getElementById(id));
    const shown = eles.not(OFF);
    if (shown.empty()) return;
    const box = shown.boundingBox({});
    const zoom = Math.max(
      cy.minZoom(),
      Math.min(maxZoom, (cy.width() - 2 * padding) / (box.w || 1), (cy.height() - 2 * padding) / (box.h || 1)),
    );
    const { x, y } = centre(box);
    cy.stop(true);
    moveViewport(cy, { zoom, pan: { x: cy.width() / 2 - zoom * x, y: cy.height() / 2 - zoom * y } }, 350);
  }

  clearHighlight(): void {
    this.cy.elements().removeClass('highlight on-path dimmed');
  }

  /** The elements a user currently sees: not filtered, hidden or out of focus. */
  visible() {
    return visibleElements(this.cy);
  }

  destroy(): void {
    clearTimeout(this.relabelTimer);
    this.cy.destroy();
  }
}

function centre(box: { x1: number; x2: number; y1: number; y2: number }): Position {
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}
