// A resolution chain laid out left to right: the step (-n back, 0 the start, +n forward) is the
// column, and the resolutions of one step are stacked in symbol order. Pure, for tests.
import type { ElementDefinition } from 'cytoscape';
import type { Subgraph } from '../types.ts';

export const defaults = {
  /** Pixels between steps, and between resolutions of one step. */
  columnGap: 230,
  rowGap: 40,
  /** A step with more resolutions than this is split into side-by-side sub-columns this tall. */
  perColumn: 12,
  /** Pixels between the sub-columns of one step (labels sit to the right of each node). */
  subColumnGap: 190,
};

export interface ChainNode {
  id: string;
  label: string;
  step: number;
  loaded: boolean;
  title: string | null;
  date: string | null;
}

const bySymbol = (a: ChainNode, b: ChainNode) => a.label.localeCompare(b.label, 'en', { numeric: true });

export function chainNodes(sub: Subgraph): ChainNode[] {
  return sub.nodes.map((n) => ({
    id: n.id,
    label: n.label,
    step: Number(n.data?.step ?? 0),
    loaded: n.data?.loaded === true,
    title: typeof n.data?.title === 'string' ? n.data.title : null,
    date: typeof n.data?.date === 'string' ? n.data.date : typeof n.data?.adopted === 'string' ? n.data.adopted : null,
  }));
}

/** The steps in order, each with its resolutions in symbol order: the list the view also shows. */
export function chainColumns(sub: Subgraph): { step: number; nodes: ChainNode[] }[] {
  const steps = new Map<number, ChainNode[]>();
  for (const n of chainNodes(sub)) steps.set(n.step, [...(steps.get(n.step) ?? []), n]);
  return [...steps].sort(([a], [b]) => a - b).map(([step, nodes]) => ({ step, nodes: nodes.sort(bySymbol) }));
}

/**
 * x grows with the step (a step's sub-columns side by side), y is centred on the axis within a
 * sub-column: a long step (a resolution recalling 40 others) stays readable instead of a tall line.
 */
export function chainPositions(sub: Subgraph, options = defaults): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  let x = 0;
  for (const { nodes } of chainColumns(sub)) {
    const columns = Math.ceil(nodes.length / options.perColumn);
    nodes.forEach((n, i) => {
      const column = Math.floor(i / options.perColumn);
      const inColumn = Math.min(options.perColumn, nodes.length - column * options.perColumn);
      positions.set(n.id, {
        x: x + column * options.subColumnGap,
        y: ((i % options.perColumn) - (inColumn - 1) / 2) * options.rowGap,
      });
    });
    x += (columns - 1) * options.subColumnGap + options.columnGap;
  }
  return positions;
}

/** Elements with preset positions; resolutions whose text is not loaded carry class `not-loaded`. */
export function chainElements(sub: Subgraph, options = defaults): ElementDefinition[] {
  const positions = chainPositions(sub, options);
  const ids = new Set(sub.nodes.map((n) => n.id));
  const nodes: ElementDefinition[] = chainNodes(sub).map((n) => ({
    group: 'nodes',
    data: { id: n.id, kind: 'resolution', label: n.label, fullLabel: n.label, step: n.step, loaded: n.loaded },
    position: positions.get(n.id)!,
    classes: `resolution ${n.loaded ? 'loaded' : 'not-loaded'}${n.step === 0 ? ' start' : ''}`,
  }));
  const edges: ElementDefinition[] = sub.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({
      group: 'edges',
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        type: e.type,
        paragraphs: (e.data?.paragraphs as string[] | undefined) ?? [],
      },
      classes: e.type,
    }));
  return [...nodes, ...edges];
}
