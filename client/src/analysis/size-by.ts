// "Size by": which measure sets the nodes' size and the labels' order. Times cited (the default)
// is graph/importance.ts's own; the others come from measures.ts. The choice lives on the
// Cytoscape instance (its scratch), so the canvas that draws and the panel that chooses share it
// without knowing each other; scores are computed once per set of visible elements, not per zoom.
import type { Core } from 'cytoscape';
import { visibleElements } from '../canvas/visible.ts';
import { computeScores, type Measure, normalise } from './measures.ts';

export type SizeBy = 'cited' | Measure;

const KEY = '_sizeBy';
interface State {
  measure: SizeBy;
  /** The visible elements the scores were computed over, and the scores (raw and normalised). */
  over?: string;
  raw?: Map<string, number>;
  scaled?: Map<string, number>;
}

const state = (cy: Core): State => (cy.scratch(KEY) as State | undefined) ?? { measure: 'cited' };

export function setSizeBy(cy: Core, measure: SizeBy): void {
  cy.scratch(KEY, { measure } satisfies State);
}

export function sizeBy(cy: Core): SizeBy {
  return state(cy).measure;
}

/** What a set of elements is, as a key: its ids in order (cheap next to any of the measures). */
const keyOf = (ids: string[]) => `${ids.length}:${ids.join('\u0000')}`;

/**
 * The chosen measure's scores over the visible elements, raw and scaled to 0–1 (1 is the top node);
 * undefined when sizing by times cited.
 */
export function sizeScores(cy: Core): { raw: Map<string, number>; scaled: Map<string, number> } | undefined {
  const s = state(cy);
  if (s.measure === 'cited') return undefined;
  const visible = visibleElements(cy);
  const over = keyOf(visible.map((e) => e.id()));
  if (s.over !== over || !s.raw || !s.scaled) {
    s.raw = computeScores(visible, s.measure);
    s.scaled = normalise(s.raw);
    s.over = over;
    cy.scratch(KEY, s);
  }
  return { raw: s.raw, scaled: s.scaled };
}
