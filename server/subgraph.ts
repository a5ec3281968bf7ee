// Turns the node and relationship rows of graph, neighborhood and path into Cytoscape-shaped
// nodes and edges: short labels, plus the properties the client draws and filters by in `data`.
import type { Row } from '../graph/database.ts';
import type { Plain } from '../graph/values.ts';
import type { GraphEdge, GraphNode, Subgraph } from './generated/resolvers-types.ts';
import { kindOf, labelOf, labelText, relationshipId, type NodeRecord } from './cypher-rows.ts';
import { Label } from '../graph/model.ts';

/** Properties of no use to a drawing: bookkeeping (titleKeys: identity keys), search text, and long texts fetched on demand. */
const HIDDEN = new Set(['labels', 'aliasText', 'titleKeys', 'contentHash', 'file', 'sources', 'line']);

export interface EdgeRow {
  type: string;
  source: string;
  target: string;
  props: { [key: string]: Plain };
}

export function graphNode(node: NodeRecord): GraphNode {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (HIDDEN.has(key) || value === null || value === undefined) continue;
    if (key === 'text' && labelOf(node) === Label.Paragraph) continue;
    if (key === 'themes' && Array.isArray(value) && value.length === 0) continue;
    data[key] = value;
  }
  return { id: node.id, kind: kindOf(node), label: labelText(node), data };
}

export function graphEdge(edge: EdgeRow): GraphEdge {
  return {
    id: relationshipId(edge.type, edge.source, edge.target, edge.props),
    source: edge.source,
    target: edge.target,
    type: edge.type,
    data: edge.props,
  };
}

/**
 * A subgraph from up to limit + 1 node rows (one more than the limit means the query was cut)
 * and relationship rows, keeping only the edges whose two ends are among the nodes kept.
 */
export function subgraph(nodes: NodeRecord[], edges: EdgeRow[], limit: number, total = nodes.length): Subgraph {
  const truncated = nodes.length > limit;
  const kept = (truncated ? nodes.slice(0, limit) : nodes).map(graphNode);
  const ids = new Set(kept.map((n) => n.id));
  const seen = new Set<string>();
  const keptEdges: GraphEdge[] = [];
  for (const row of edges) {
    if (!ids.has(row.source) || !ids.has(row.target)) continue;
    const edge = graphEdge(row);
    if (seen.has(edge.id)) continue;
    seen.add(edge.id);
    keptEdges.push(edge);
  }
  return {
    nodes: kept,
    edges: keptEdges,
    truncated,
    omitted: truncated ? Math.max(total, nodes.length) - kept.length : 0,
  };
}

/** The `nodes` and `edges` columns of a subgraph query row, and `total` where the query counts what it cut. */
export function subgraphOf(row: Row, limit: number): Subgraph {
  const nodes = (row.nodes ?? []) as unknown as NodeRecord[];
  const total = typeof row.total === 'number' ? row.total : nodes.length;
  return subgraph(nodes, (row.edges ?? []) as unknown as EdgeRow[], limit, total);
}
