// Centrality measures of what is drawn, from Cytoscape.js's own graph algorithms: degree (how many
// links a node has), PageRank (how much it is cited by what is itself cited) and betweenness (how
// often it lies on the shortest road between two others). Each is computed over a collection,
// normally the visible elements, so a measure follows the filters, focus and expansions.
import type { CollectionReturnValue, NodeSingular } from 'cytoscape';

export const MEASURES = ['degree', 'pagerank', 'betweenness'] as const;
export type Measure = (typeof MEASURES)[number];

export const MEASURE_LABEL: Record<Measure, string> = {
  degree: 'Links (degree)',
  pagerank: 'PageRank',
  betweenness: 'Betweenness',
};

/** What each measure means, for the panel's help text. */
export const MEASURE_HINT: Record<Measure, string> = {
  degree: 'links to and from the node in view',
  pagerank: 'cited by what is itself much cited (links followed in their direction); × the average node',
  betweenness: 'lies on many shortest roads between other nodes (a bridge)',
};

export const defaults = {
  /** PageRank's damping: the chance of following a link rather than jumping anywhere. */
  dampingFactor: 0.85,
  precision: 1e-6,
};

/** Scores of every node of `eles`, counting only the edges of `eles` (self-loops left out). */
export function computeScores(eles: CollectionReturnValue, measure: Measure, options = defaults): Map<string, number> {
  const nodes = eles.nodes();
  const edges = eles.edges().filter((e) => e.data('source') !== e.data('target'));
  const scores = new Map<string, number>();
  if (measure === 'degree') {
    for (const n of nodes) scores.set(n.id(), 0);
    for (const e of edges) {
      for (const end of [String(e.data('source')), String(e.data('target'))])
        if (scores.has(end)) scores.set(end, scores.get(end)! + 1);
    }
    return scores;
  }
  const graph = nodes.union(edges);
  if (measure === 'pagerank') {
    const result = graph.pageRank({ dampingFactor: options.dampingFactor, precision: options.precision });
    for (const n of nodes) scores.set(n.id(), result.rank(n));
    return scores;
  }
  const result = graph.betweennessCentrality({ directed: false });
  for (const n of nodes) scores.set(n.id(), result.betweenness(n as NodeSingular));
  return scores;
}

export interface Ranked {
  id: string;
  score: number;
}

/** The `limit` highest scores, highest first; ties in id order so the list is stable. */
export function topRanked(scores: ReadonlyMap<string, number>, limit = 20): Ranked[] {
  return [...scores]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/**
 * Scores scaled to 0–1 between the lowest and the highest, so the top node is 1 and the least 0
 * (PageRank gives every node a floor; sizes should show the differences, not the floor).
 */
export function normalise(scores: ReadonlyMap<string, number>): Map<string, number> {
  const values = [...scores.values()];
  const max = Math.max(0, ...values);
  const min = Math.min(max, ...values);
  return new Map([...scores].map(([id, s]) => [id, max > min ? (s - min) / (max - min) : 0]));
}
