// Pure mapping from API data to Cytoscape element JSON. No DOM and no Cytoscape instance here,
// so it runs in unit tests as is.
import type { EdgeDefinition, ElementDefinition, NodeDefinition } from 'cytoscape';
import { Rel } from '../../../graph/model.ts';
import type { GraphEdge, GraphNode, NodeKind, Subgraph } from '../types.ts';

export const defaults = {
  /** Edge labels longer than this are cut with an ellipsis; the full words stay in `surface`. */
  maxEdgeLabel: 48,
  /** Node labels longer than this are cut on the canvas; the whole label stays in `fullLabel`. */
  maxNodeLabel: 26,
};

/** Cuts a label at a word boundary with an ellipsis: canvas labels must stay short to stay legible. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A node's Cytoscape data: the API's free-form data first, so id/kind/label always win. */
export function nodeElement(node: GraphNode): NodeDefinition {
  const extra = node.data ?? {};
  const element: NodeDefinition = {
    group: 'nodes',
    data: {
      ...extra,
      id: node.id,
      kind: node.kind,
      label: shorten(node.label, defaults.maxNodeLabel),
      fullLabel: node.label,
    },
    classes: node.kind,
  };
  // Precomputed positions (large graphs laid out ahead of time) travel in data.x/data.y.
  if (typeof extra.x === 'number' && typeof extra.y === 'number') element.position = { x: extra.x, y: extra.y };
  return element;
}

export function edgeElement(edge: GraphEdge, options = defaults): EdgeDefinition {
  const extra = edge.data ?? {};
  return {
    group: 'edges',
    data: {
      ...extra,
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      label: edgeLabel(edge, options.maxEdgeLabel),
    },
    classes: edge.type,
  };
}

/** What an edge says when shown: the cited words for citations and mentions, else the relation. */
export function edgeLabel(edge: GraphEdge, max = defaults.maxEdgeLabel): string {
  const surface = edge.data?.surface;
  if ((edge.type === Rel.CITES || edge.type === Rel.MENTIONS) && typeof surface === 'string' && surface) {
    const words = surface.length > max ? `${surface.slice(0, max - 1).trimEnd()}…` : surface;
    const marker = edge.data?.via === 'footnote' && edge.data.footnote ? ` [fn ${String(edge.data.footnote)}]` : '';
    return `“${words}”${marker}`;
  }
  return edge.type.toLowerCase().replace(/_/g, ' ');
}

/**
 * Elements for a subgraph. Edges whose ends are neither in the subgraph nor in `known` are left
 * out: Cytoscape refuses dangling edges, and a partial answer should still draw.
 */
export function toElements(sub: Subgraph, known: ReadonlySet<string> = new Set()): ElementDefinition[] {
  const ids = new Set(known);
  const nodes: ElementDefinition[] = [];
  for (const node of sub.nodes) {
    if (ids.has(node.id) && !known.has(node.id)) continue; // duplicate within the answer
    ids.add(node.id);
    if (!known.has(node.id)) nodes.push(nodeElement(node));
  }
  const edges: ElementDefinition[] = [];
  const edgeIds = new Set<string>();
  for (const edge of sub.edges) {
    if (!ids.has(edge.source) || !ids.has(edge.target) || edgeIds.has(edge.id) || known.has(edge.id)) continue;
    edgeIds.add(edge.id);
    edges.push(edgeElement(edge));
  }
  return [...nodes, ...edges];
}

/** How many of each value a key takes: nodes per kind, edges per type. */
export function countBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** The shape the JSON export writes and the API returns: elements back to a Subgraph. */
export function toSubgraph(elements: { data: Record<string, unknown>; group?: string }[]): Subgraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const { data, group } of elements) {
    if (group === 'edges' || ('source' in data && 'target' in data)) {
      // `label` on an edge is ours (made by edgeLabel), not the API's, so it is not exported.
      const { id, source, target, type, label: _label, ...rest } = data;
      edges.push({ id: String(id), source: String(source), target: String(target), type: String(type), data: rest });
    } else {
      const { id, kind, label, fullLabel, ...rest } = data;
      nodes.push({ id: String(id), kind: kind as NodeKind, label: String(fullLabel ?? label), data: rest });
    }
  }
  return { nodes, edges };
}
