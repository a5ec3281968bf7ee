// Labels by importance, sizes by citations, and the overview's documents opening into their
// paragraphs, on a headless Cytoscape: relations, not pixels.
import { afterEach, describe, expect, it } from 'vitest';
import { Canvas } from '../../../client/src/canvas/canvas.ts';
import { citedCounts, sizeFor } from '../../../client/src/canvas/importance.ts';
import { countOverlaps, labelBox, labelParagraphs, pickLabels, type Box } from '../../../client/src/canvas/labels.ts';
import type { Subgraph } from '../../../client/src/types.ts';
import { fixture, ids } from './fixture.ts';

let canvas: Canvas | undefined;
afterEach(() => canvas?.destroy());
const make = (sub: Subgraph) => (canvas = new Canvas(undefined, sub, { onSelect: () => {}, onExpand: () => {} }));

describe('pickLabels', () => {
  const box = (x: number, y: number, w = 40, h = 10): Box => ({ x1: x, y1: y, x2: x + w, y2: y + h });
  it('keeps the higher priority of two overlapping labels and every label that overlaps none', () => {
    const kept = pickLabels([
      { id: 'minor', priority: 1, box: box(10, 0) },
      { id: 'major', priority: 5, box: box(0, 0) },
      { id: 'apart', priority: 0, box: box(200, 200) },
    ]);
    expect(kept).toEqual(new Set(['major', 'apart']));
  });
  it('never keeps two overlapping labels, whatever the crowd', () => {
    const candidates = Array.from({ length: 300 }, (_, i) => ({
      id: `n${i}`,
      priority: i % 7,
      box: box((i * 37) % 400, (i * 53) % 300, 30 + (i % 50), 12),
    }));
    const kept = candidates.filter((c) => pickLabels(candidates).has(c.id));
    expect(kept.length).toBeGreaterThan(10);
    expect(countOverlaps(kept.map((c) => c.box))).toBe(0);
  });
  it('places a label centred under its node', () => {
    const b = labelBox({ x: 100, y: 50 }, 20, 60, 10, 3, 0);
    expect(b.x1).toBe(70);
    expect(b.x2).toBe(130);
    expect(b.y1).toBe(63);
  });
});

const overview: Subgraph = {
  nodes: [
    { id: 'A/RES/80/1', kind: 'document', label: 'A/RES/80/1', data: { paragraphCount: 2 } },
    { id: ids.doc, kind: 'document', label: ids.doc, data: { paragraphCount: 4 } },
    { id: 'uncac', kind: 'instrument', label: 'UNCAC', data: null },
    { id: 'bangkok', kind: 'instrument', label: 'Bangkok Declaration', data: null },
  ],
  edges: [
    {
      id: 'a',
      source: 'A/RES/80/1',
      target: 'uncac',
      type: 'CITES',
      data: { weight: 2, self: false, aggregate: true },
    },
    { id: 'b', source: ids.doc, target: 'uncac', type: 'CITES', data: { weight: 3, self: false, aggregate: true } },
    { id: 'c', source: ids.doc, target: 'bangkok', type: 'CITES', data: { weight: 4, self: true, aggregate: true } },
  ],
};

describe('importance', () => {
  it('counts citing paragraphs through the overview’s weights and leaves out a document citing itself', () => {
    const c = make(overview);
    c.relabelNow();
    const counts = citedCounts(c.cy);
    expect(counts.get('uncac')).toBe(5);
    expect(counts.get('bangkok')).toBeUndefined();
    expect(c.cy.getElementById('uncac').data('size')).toBe(sizeFor('instrument', 5));
    expect(sizeFor('instrument', 5)).toBeGreaterThan(sizeFor('instrument', 0));
  });
  it('counts only what is visible: hiding a citer shrinks its targets', () => {
    const c = make(overview);
    c.hide([ids.doc]);
    expect(citedCounts(c.cy).get('uncac')).toBe(2);
  });
});

/** The Bangkok fixture as the API gives a document's graph: each paragraph names its document. */
const documentGraph: Subgraph = {
  nodes: fixture.nodes.map((n) => (n.kind === 'paragraph' ? { ...n, data: { ...n.data, document: ids.doc } } : n)),
  edges: fixture.edges,
};

describe('the overview', () => {
  it('opens a document into its paragraphs in place of its weighted edges, and closes again', () => {
    const c = make(overview);
    expect(c.isOverviewDocument(ids.doc)).toBe(true);
    expect(c.isOverviewDocument('uncac')).toBe(false);
    const added = c.openDocument(ids.doc, documentGraph);
    expect(added).toContain(ids.p('op-23'));
    const shown = () => new Set(c.visible().map((e) => e.id()));
    expect(shown().has('b')).toBe(false); // the weighted edge steps aside for the paragraphs' own
    expect(shown().has('a')).toBe(true);
    c.closeDocument(ids.doc);
    expect(c.has(ids.p('op-23'))).toBe(false);
    expect(shown().has('b')).toBe(true);
  });
  it('names the document in paragraph labels when more than one is loaded, and not otherwise', () => {
    const single = make(fixture);
    labelParagraphs(single.cy);
    expect(single.cy.getElementById(ids.p('op-12')).data('label')).toBe('¶ 12');
    single.destroy();
    const c = make(overview);
    c.openDocument(ids.doc, documentGraph);
    labelParagraphs(c.cy);
    expect(c.cy.getElementById(ids.p('op-12')).data('label')).toBe(`${ids.doc} ¶ 12`);
  });
});
