// Which labels the canvas draws. Labels keep a constant size on screen (their font grows in model
// units as the view zooms out), so at a low zoom only the most important fit and the rest appear as
// the user zooms in; a greedy pass in order of importance keeps a label only where it overlaps no
// label already kept, so no two drawn labels ever overlap. The placement itself is a pure function.
import type { Core, NodeSingular } from 'cytoscape';
import { kindOfLabel } from '../../../graph/model.ts';
import { labelScale } from './style.ts';

export const defaults = {
  /** Label size on screen, in CSS pixels, at any zoom. */
  screenFontSize: 11,
  /** Never smaller than this in model units (zoomed far in, labels stop growing on screen). */
  minModelFontSize: 6,
  /** Free space kept around each label, in screen pixels. */
  gap: 2,
};

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  /** Higher goes first. */
  priority: number;
  box: Box;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The ids whose labels are drawn: by priority, each only where it overlaps none kept before. */
export function pickLabels(candidates: readonly LabelCandidate[]): Set<string> {
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  // A coarse grid of kept boxes, so each test looks at the neighbours only.
  const cell = Math.max(1, ...order.slice(0, 50).map((c) => Math.max(c.box.x2 - c.box.x1, c.box.y2 - c.box.y1)));
  const grid = new Map<string, Box[]>();
  const cells = (b: Box) => {
    const keys: string[] = [];
    for (let i = Math.floor(b.x1 / cell); i <= Math.floor(b.x2 / cell); i++)
      for (let j = Math.floor(b.y1 / cell); j <= Math.floor(b.y2 / cell); j++) keys.push(`${i},${j}`);
    return keys;
  };
  const kept = new Set<string>();
  for (const c of order) {
    const keys = cells(c.box);
    if (keys.some((k) => grid.get(k)?.some((b) => overlaps(b, c.box)))) continue;
    kept.add(c.id);
    for (const k of keys) grid.set(k, [...(grid.get(k) ?? []), c.box]);
  }
  return kept;
}

/** How many pairs of boxes overlap: what the benchmark reports (0 is the goal). */
export function countOverlaps(boxes: readonly Box[]): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!, boxes[j]!)) n++;
  return n;
}

/** A node's importance for its label: the selection first, then documents, then the most cited (or the highest scored). */
export function labelPriority(n: NodeSingular): number {
  if (n.selected()) return 1e9;
  const kind = String(n.data('kind'));
  // Sized by a measure (analysis/size-by.ts), the largest nodes' labels come first.
  const score = n.data('score');
  if (typeof score === 'number') return score * 1e6 + (kind === kindOfLabel.Document ? 1 : 0);
  const cited = Number(n.data('cited') ?? 0);
  return (kind === kindOfLabel.Document ? 1e6 : 0) + cited * 10 + (kind === kindOfLabel.Paragraph ? 0 : 1);
}

/**
 * Paragraph labels name their document whenever more than one document is on the canvas
 * ("A/RES/80/1 ¶ 6"); with one document they stay short ("¶ 6").
 */
export function labelParagraphs(cy: Core): void {
  // Loaded documents (a referenced one that was never loaded has no paragraphs and no count).
  const documents = new Set<string>();
  for (const n of cy.nodes()) {
    if (n.data('kind') === kindOfLabel.Document && n.data('paragraphCount') != null) documents.add(n.id());
    else if (n.data('kind') === kindOfLabel.Paragraph && n.data('document')) documents.add(String(n.data('document')));
  }
  const many = documents.size > 1;
  cy.batch(() => {
    for (const n of cy.nodes(`.${kindOfLabel.Paragraph}, .${kindOfLabel.Footnote}`)) {
      const base = String(n.data('baseLabel') ?? n.data('label'));
      if (n.data('baseLabel') === undefined) n.data('baseLabel', base);
      const doc = n.data('document');
      n.data('label', many && doc ? `${String(doc)} ${base}` : base);
    }
  });
}

/**
 * Where a label is drawn: centred under its node (text-valign bottom), one line high. Computed
 * here rather than asked of Cytoscape, whose label boxes are only brought up to date by a redraw.
 */
export function labelBox(
  at: { x: number; y: number },
  nodeHeight: number,
  textWidth: number,
  fontSize: number,
  margin: number,
  pad: number,
): Box {
  const top = at.y + nodeHeight / 2 + margin;
  const height = fontSize * 1.25;
  return { x1: at.x - textWidth / 2 - pad, y1: top - pad, x2: at.x + textWidth / 2 + pad, y2: top + height + pad };
}

let context: CanvasRenderingContext2D | null | undefined;
/** Text width at a font size: measured on a canvas in a browser, estimated elsewhere (headless tests). */
function textMeasurer(fontSize: number): (text: string) => number {
  if (context === undefined)
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * fontSize * 0.6;
  // Cytoscape's default label font.
  context.font = `${fontSize}px Helvetica Neue, Helvetica, sans-serif`;
  const ctx = context;
  return (text) => ctx.measureText(text).width + 2;
}

/** Sets the font for the current zoom, then draws only the labels that do not overlap. */
export function declutter(cy: Core, options = defaults): void {
  // Nothing is drawn without a screen (headless, as in the unit tests): no labels to place.
  if (cy.nodes().empty() || !(cy as unknown as { styleEnabled(): boolean }).styleEnabled()) return;
  const zoom = cy.zoom();
  const fontSize = Math.max(options.minModelFontSize, options.screenFontSize / zoom);
  const pad = options.gap / zoom;
  const shown = cy.nodes().filter((n) => n.visible());
  labelScale.fontSize = fontSize;
  labelScale.margin = 3 * (fontSize / options.screenFontSize);
  cy.batch(() => {
    cy.nodes('.no-label').removeClass('no-label');
    cy.style().update();
  });
  const candidates: LabelCandidate[] = [];
  const measure = textMeasurer(fontSize);
  for (const n of shown) {
    const label = String(n.data('label') ?? '');
    if (!label) continue;
    candidates.push({
      id: n.id(),
      priority: labelPriority(n),
      box: labelBox(n.position(), n.outerHeight(), measure(label), fontSize, labelScale.margin, pad),
    });
  }
  const keep = pickLabels(candidates);
  cy.batch(() => {
    for (const c of candidates) if (!keep.has(c.id)) cy.getElementById(c.id).addClass('no-label');
  });
}
