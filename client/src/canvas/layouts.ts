// The four layouts as typed option objects. fcose ships in the main bundle because it draws the
// first screen; dagre is loaded on first use so the first screen does not pay for it.
import cytoscape from 'cytoscape';
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { Rel, kindOfLabel } from '../../../graph/model.ts';
import { documentOrderPositions, type DocumentOrderOptions } from './document-order.ts';

export const LAYOUTS = ['fcose', 'concentric', 'hierarchical', 'document'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export const LAYOUT_LABEL: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  concentric: 'Concentric by kind',
  hierarchical: 'Hierarchical',
  document: 'Document order',
};

export const defaults = {
  /** Layout changes animate so the eye can follow nodes to their new places. */
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

let dagreReady: Promise<void> | undefined;
function loadDagre(): Promise<void> {
  dagreReady ??= import('cytoscape-dagre').then((m) => cytoscape.use(m.default));
  return dagreReady;
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

export function layoutOptions(name: LayoutName, cy: Core, run: RunOptions = {}, options: LayoutDefaults = defaults): LayoutOptions {
  const large = cy.nodes().length > options.largeGraph;
  const animate = (run.animate ?? options.animate) && !large;
  const common = { animate, animationDuration: options.animationDuration, padding: options.padding, fit: run.fit ?? true };
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
      // Ranks follow who cites whom. Reading order (NEXT) and footnote links would make a rank of
      // each paragraph, a chain fifty ranks wide, so they are drawn but do not rank.
      return {
        name: 'dagre',
        ...common,
        fit: false,
        eles: visible.not(`edge.${Rel.NEXT}, edge.${Rel.HAS_FOOTNOTE}`),
        rankDir: 'LR',
        nodeSep: 14,
        rankSep: 160,
      } as LayoutOptions;
    case 'document': {
      const nodes = visible.nodes().map((n) => ({ id: n.id(), kind: n.data('kind') as string, order: n.data('order') }));
      const edges = visible.edges().map((e) => ({ source: e.data('source') as string, target: e.data('target') as string, type: e.data('type') as string }));
      const positions = documentOrderPositions(nodes, edges, options.document);
      return { name: 'preset', ...common, fit: false, eles: visible, positions: (n: NodeSingular) => positions.get(n.id()) ?? n.position() } as LayoutOptions;
    }
  }
}

/** Runs a layout and resolves when it has stopped (after its animation, if any). */
export async function runLayout(cy: Core, name: LayoutName, run: RunOptions = {}): Promise<void> {
  if (name === 'hierarchical') await loadDagre();
  await new Promise<void>((resolve) => {
    const layout = cy.layout(layoutOptions(name, cy, run));
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
  if ((name === 'hierarchical' || name === 'document') && (run.fit ?? true)) {
    const shown = cy.elements().not('.filtered, .hidden, .untimely, .collapsed');
    // The hierarchy reads from its root, the loaded document with the most paragraphs, at the left.
    const root = name === 'hierarchical' ? shown.nodes('[paragraphCount]').max((n) => Number(n.data('paragraphCount'))).ele : undefined;
    fitReadable(cy, shown, defaults, root);
  }
}

/**
 * Fits the elements when that leaves them readable; else zooms to `readableZoom` on their top left
 * (where a document and its first paragraphs are), so the first picture can be read.
 */
export function fitReadable(cy: Core, eles: ReturnType<Core['elements']>, options: LayoutDefaults = defaults, root?: NodeSingular): void {
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
    cy.viewport({ zoom, pan: { x: pad + 40 - zoom * (at.x - root.outerWidth() / 2), y: cy.height() / 2 - zoom * at.y } });
  } else cy.viewport({ zoom, pan: { x: pad - zoom * box.x1, y: pad - zoom * box.y1 } });
}

/** New nodes go in a ring around the node they came from; everything else stays where it is. */
export function placeAround(cy: Core, centreId: string, newIds: string[], radius = 90): void {
  const centre = cy.getElementById(centreId);
  if (centre.empty() || newIds.length === 0) return;
  const { x, y } = centre.position();
  // Room for every new node on the ring: about 40 model pixels each.
  radius = Math.max(radius, (newIds.length * 40) / (2 * Math.PI));
  newIds.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / newIds.length;
    cy.getElementById(id).position({ x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) });
  });
}
