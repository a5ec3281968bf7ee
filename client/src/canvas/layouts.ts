// The four layouts as typed option objects. fcose ships in the main bundle because it draws the
// first screen; hierarchical and document order are our own placements (hierarchy.ts,
// document-order.ts), run as preset layouts.
import cytoscape from 'cytoscape';
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { kindOfLabel } from '../../../graph/model.ts';
import { documentOrderPositions, type DocumentOrderOptions } from './document-order.ts';
import { applyImportance } from './importance.ts';
import { hierarchyPositions, type HierarchyOptions } from './hierarchy.ts';
import { prefersReducedMotion } from './motion.ts';
import { kindStyle } from './style.ts';

const KIND_SIZE = (kind: string) => kindStyle(kind).size;

export const LAYOUTS = ['fcose', 'concentric', 'hierarchical', 'document'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export const LAYOUT_LABEL: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  concentric: 'Concentric by kind',
  hierarchical: 'Hierarchical',
  document: 'Document order',
};

export const defaults = {
  /** Layout changes animate so the eye can follow nodes to their new places (unless motion is reduced). */
  animate: true,
  animationDuration: 450,
  padding: 24,
  /**
   * Hierarchical and document order are long by nature (a column of fifty paragraphs): fitted
   * whole, no label could be read. They open at this zoom at least, on their start (top left),
   * and Fit shows the whole.
   */
  readableZoom: 0.8,
  /** Above this many nodes, animation and fcose's quality pass cost more than they show. */
  largeGraph: 1500,
  document: {} as Partial<DocumentOrderOptions>,
  hierarchy: {} as Partial<HierarchyOptions>,
};
export type LayoutDefaults = typeof defaults;

/** Ring of each kind in the concentric layout: the cited instruments at the centre. */
export const CONCENTRIC_RANK: Record<string, number> = {
  [kindOfLabel.Instrument]: 6,
  [kindOfLabel.Group]: 5,
  [kindOfLabel.Resolution]: 5,
  [kindOfLabel.Document]: 4,
  [kindOfLabel.Paragraph]: 3,
  [kindOfLabel.Footnote]: 2,
  [kindOfLabel.Body]: 1,
  [kindOfLabel.Theme]: 1,
};

let registered = false;
/** One registration point for the extensions, as cytoscape's extension convention asks. */
export function registerLayouts(cy: typeof cytoscape = cytoscape): void {
  if (registered) return;
  cy.use(fcose);
  registered = true;
}

export interface RunOptions {
  /** False on first load: draw the final picture at once instead of animating from nowhere. */
  animate?: boolean;
  /** Keep current positions as the starting point (fcose), so a re-layout does not scramble. */
  randomize?: boolean;
  fit?: boolean;
  /** fcose's quick spectral pass only: a first picture in a tenth of the time. */
  draft?: boolean;
}

/**
 * Whether a layout of this graph may move its nodes on screen: not when the reader asks for
 * reduced motion, nor for a large graph, where animation costs more than it shows.
 */
export function mayAnimate(cy: Core, options: LayoutDefaults = defaults): boolean {
  return cy.nodes().length <= options.largeGraph && !prefersReducedMotion();
}

export function layoutOptions(
  name: LayoutName,
  cy: Core,
  run: RunOptions = {},
  options: LayoutDefaults = defaults,
): LayoutOptions {
  const large = cy.nodes().length > options.largeGraph;
  const animate = (run.animate ?? options.animate) && mayAnimate(cy, options);
  const common = {
    animate,
    animationDuration: options.animationDuration,
    padding: options.padding,
    fit: run.fit ?? true,
  };
  const visible = cy.elements().not('.filtered, .hidden, .untimely, .collapsed');
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        eles: visible,
        quality: large || run.draft ? 'draft' : 'default',
        randomize: run.randomize ?? false,
        nodeDimensionsIncludeLabels: !large,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 70,
        nodeSeparation: 60,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        eles: visible,
        concentric: (node: NodeSingular) => CONCENTRIC_RANK[node.data('kind') as string] ?? 0,
        levelWidth: () => 1,
        minNodeSpacing: 14,
        avoidOverlap: true,
      } as LayoutOptions;
    case 'hierarchical':
    case 'document': {
      // Sizes follow citations in view (importance.ts): set them now, so the placement makes room for the real sizes.
      applyImportance(cy);
      const nodes = visible.nodes().map((n) => ({
        id: n.id(),
        kind: n.data('kind') as string,
        order: n.data('order'),
        document: n.data('document'),
        size: n.outerHeight() || 0,
      }));
      const edges = visible.edges().map((e) => ({
        source: e.data('source') as string,
        target: e.data('target') as string,
        type: e.data('type') as string,
      }));
      const positions =
        name === 'hierarchical'
          ? hierarchyPositions(nodes, edges, options.hierarchy)
          : documentOrderPositions(nodes, edges, options.document);
      return {
        name: 'preset',
        ...common,
        fit: false,
        eles: visible,
        positions: (n: NodeSingular) => positions.get(n.id()) ?? n.position(),
      } as LayoutOptions;
    }
  }
}

/** Runs a layout and resolves when it has stopped (after its animation, if any). */
export async function runLayout(cy: Core, name: LayoutName, run: RunOptions = {}): Promise<void> {
  await new Promise<void>((resolve) => {
    const layout = cy.layout(layoutOptions(name, cy, run));
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
  if ((name === 'hierarchical' || name === 'document') && (run.fit ?? true)) {
    const shown = cy.elements().not('.filtered, .hidden, .untimely, .collapsed');
    // Both read from their root, the loaded document with the most paragraphs: the hierarchy from
    // the top left; document order from the top, its column of paragraphs in the
    // middle, so what they cite (on the right) and who they mention (on the left) show beside them.
    const root = shown.nodes('[paragraphCount]').max((n) => Number(n.data('paragraphCount'))).ele;
    fitReadable(cy, shown, defaults, root, name === 'hierarchical' ? 'left' : 0.5);
  }
}

/**
 * Fits the elements when that leaves them readable; else zooms to `readableZoom` with the root at
 * the top, at the left or at a share of the width (else the elements' top left), so the first
 * picture can be read.
 */
export function fitReadable(
  cy: Core,
  eles: ReturnType<Core['elements']>,
  options: LayoutDefaults = defaults,
  root?: NodeSingular,
  rootAt: 'left' | number = 'left',
): void {
  if (eles.empty()) return;
  const box = eles.boundingBox({});
  const pad = options.padding;
  const fitZoom = Math.min((cy.width() - 2 * pad) / (box.w || 1), (cy.height() - 2 * pad) / (box.h || 1));
  if (fitZoom >= options.readableZoom) {
    cy.fit(eles, pad);
    return;
  }
  const zoom = Math.min(options.readableZoom, cy.maxZoom());
  if (root?.nonempty()) {
    const at = root.position();
    const x = rootAt === 'left' ? pad + 40 - zoom * (at.x - root.outerWidth() / 2) : rootAt * cy.width() - zoom * at.x;
    cy.viewport({ zoom, pan: { x, y: pad - zoom * (at.y - root.outerHeight() / 2) } });
  } else cy.viewport({ zoom, pan: { x: pad - zoom * box.x1, y: pad - zoom * box.y1 } });
}

export interface Disc {
  x: number;
  y: number;
  /** Half the node's larger side: the node stands in a square of twice this. */
  r: number;
}

export const placement = {
  /** Free space kept between a new node and any other. */
  gap: 14,
  /** Angle step on a ring, as a share of the room a node needs there (finer finds more spots). */
  step: 0.5,
};

/**
 * Places for new nodes beside a centre node: on rings outward from it, starting on the side away
 * from the rest of the graph and alternating either way from there, each place clear of every
 * existing node and of the places already chosen by at least `gap`. Pure: discs in, points out.
 */
export function freeSpotsAround(
  centre: Disc,
  radii: number[],
  occupied: Disc[],
  options = placement,
): { x: number; y: number }[] {
  const taken = [centre, ...occupied];
  // Nodes are squares, diamonds or circles: a place is clear when the boxes around them, `gap` apart, do not meet.
  const clear = (x: number, y: number, r: number) =>
    taken.every((d) => Math.max(Math.abs(d.x - x), Math.abs(d.y - y)) >= d.r + r + options.gap);
  // Outward: from the middle of what is drawn towards the centre node.
  const mid = occupied.length
    ? {
        x: occupied.reduce((s, d) => s + d.x, 0) / occupied.length,
        y: occupied.reduce((s, d) => s + d.y, 0) / occupied.length,
      }
    : centre;
  const outward =
    Math.hypot(centre.x - mid.x, centre.y - mid.y) > 1 ? Math.atan2(centre.y - mid.y, centre.x - mid.x) : 0;
  const spots: { x: number; y: number }[] = [];
  for (const r of radii) {
    let ring = centre.r + r + options.gap;
    for (let found = false; !found; ring += r + options.gap) {
      const step = (options.step * (2 * r + options.gap)) / ring;
      const count = Math.floor(Math.PI / step);
      for (let k = 0; k <= 2 * count && !found; k++) {
        // 0, +1, −1, +2, −2, …: nearest the outward direction first.
        const angle = outward + (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * step;
        const x = centre.x + ring * Math.cos(angle);
        const y = centre.y + ring * Math.sin(angle);
        if (!clear(x, y, r)) continue;
        spots.push({ x, y });
        taken.push({ x, y, r });
        found = true;
      }
    }
  }
  return spots;
}

/** A node's radius for placement: its drawn size, or its kind's size with room to grow where nothing is drawn yet. */
function discOf(n: NodeSingular): Disc {
  const drawn = Math.max(n.outerWidth() || 0, n.outerHeight() || 0) / 2;
  const base = (Number(n.data('size')) || KIND_SIZE(String(n.data('kind')))) / 2;
  return { ...n.position(), r: Math.max(drawn, base) };
}

/**
 * New nodes go beside the node they came from, in free places found by `freeSpotsAround`; every
 * node already drawn keeps its place (what the user arranged stays arranged), and none overlaps.
 */
export function placeAround(cy: Core, centreId: string, newIds: string[]): void {
  const centre = cy.getElementById(centreId) as unknown as NodeSingular;
  if (centre.empty() || newIds.length === 0) return;
  // Sizes as they will be with the new nodes in view: the centre grows with the citations they bring.
  applyImportance(cy);
  const fresh = new Set(newIds);
  const occupied = cy
    .nodes()
    .filter((n) => n.visible() && !fresh.has(n.id()) && n.id() !== centreId)
    .map(discOf);
  const nodes = newIds.map((id) => cy.getElementById(id) as unknown as NodeSingular).filter((n) => n.nonempty());
  const spots = freeSpotsAround(
    discOf(centre),
    nodes.map((n) => discOf(n).r),
    occupied,
  );
  cy.batch(() => nodes.forEach((n, i) => void n.position(spots[i]!)));
}
