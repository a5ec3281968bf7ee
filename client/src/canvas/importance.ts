// Style by data: how often each node is cited in the current scope (the visible edges, weighted by
// the number of citing paragraphs an overview edge stands for, a document citing itself left out)
// sets its size, and an edge's weight sets its width.
import type { Core } from 'cytoscape';
import { Rel } from '../../../graph/model.ts';
import { sizeScores } from '../analysis/size-by.ts';
import { kindStyle } from './style.ts';
import { visibleElements } from './visible.ts';

const CITING = new Set<string>([Rel.CITES, Rel.MENTIONS, Rel.REFERENCES]);

/** Times each node is cited by the visible edges: an edge counts its weight (1 when it has none); self-citations count 0. */
export function citedCounts(cy: Core): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of visibleElements(cy).edges()) {
    if (!CITING.has(String(e.data('type'))) || e.data('self') === true) continue;
    const target = String(e.data('target'));
    counts.set(target, (counts.get(target) ?? 0) + Number(e.data('weight') ?? 1));
  }
  return counts;
}

/** A node's drawn size: its kind's base size, grown with the square root of its citations (area follows count). */
export function sizeFor(kind: string, cited: number): number {
  const base = kindStyle(kind).size;
  return Math.round(Math.min(base * 3, base * (1 + Math.sqrt(cited) / 3)));
}

/** A node's drawn size for a measure scaled to 0–1 (analysis/size-by.ts): up to three times its base, area following the score. */
export function sizeForScore(kind: string, scaled: number): number {
  const base = kindStyle(kind).size;
  return Math.round(base * (1 + 2 * Math.sqrt(Math.max(0, scaled))));
}

/**
 * Writes `cited` and `size` into every node's data, for the stylesheet and the label order; when
 * the user sizes by another measure (degree, PageRank, betweenness), `score` too, and the size follows it.
 */
export function applyImportance(cy: Core): void {
  const counts = citedCounts(cy);
  const scores = sizeScores(cy);
  cy.batch(() => {
    for (const n of cy.nodes()) {
      const cited = counts.get(n.id()) ?? 0;
      const kind = String(n.data('kind'));
      const score = scores?.scaled.get(n.id());
      if (scores) n.data({ cited, score: score ?? 0, size: sizeForScore(kind, score ?? 0) });
      else {
        n.data({ cited, size: sizeFor(kind, cited) });
        if (n.data('score') !== undefined) n.removeData('score');
      }
    }
  });
  // The analysis panel's ranked list follows what is in view.
  cy.emit('importance');
}
