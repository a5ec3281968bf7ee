// Style by data: how often each node is cited in the current scope (the visible edges, weighted by
// the number of citing paragraphs an overview edge stands for, a document citing itself left out)
// sets its size, and an edge's weight sets its width.
import type { Core } from 'cytoscape';
import { Rel } from '../../../graph/model.ts';
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

/** Writes `cited` and `size` into every node's data, for the stylesheet and the label order. */
export function applyImportance(cy: Core): void {
  const counts = citedCounts(cy);
  cy.batch(() => {
    for (const n of cy.nodes()) {
      const cited = counts.get(n.id()) ?? 0;
      n.data({ cited, size: sizeFor(String(n.data('kind')), cited) });
    }
  });
}
