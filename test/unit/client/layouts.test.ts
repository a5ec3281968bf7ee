// Layouts run headlessly; assertions are relations between positions, never pixels.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { documentOrderPositions, readingOrder } from '../../../client/src/canvas/document-order.ts';
import { toElements } from '../../../client/src/canvas/elements.ts';
import { CONCENTRIC_RANK, layoutOptions, registerLayouts } from '../../../client/src/canvas/layouts.ts';
import { fixture, ids } from './fixture.ts';

const { p, doc } = ids;
let cy: Core | undefined;
afterEach(() => cy?.destroy());

function graph(): Core {
  registerLayouts();
  cy = cytoscape({ headless: true, elements: toElements(fixture), styleEnabled: true });
  return cy;
}

function run(c: Core, name: Parameters<typeof layoutOptions>[0]): void {
  c.layout(layoutOptions(name, c, { animate: false, randomize: true })).run();
}

const pos = (c: Core, id: string) => c.getElementById(id).position();

describe('document-order layout', () => {
  it('reads paragraphs top to bottom in their order', () => {
    const c = graph();
    run(c, 'document');
    expect(pos(c, p('preamble-9')).y).toBeLessThan(pos(c, p('op-4')).y);
    expect(pos(c, p('op-4')).y).toBeLessThan(pos(c, p('op-12')).y);
    expect(pos(c, p('op-12')).y).toBeLessThan(pos(c, p('op-23')).y);
  });

  it('puts cited instruments beside (right of) the paragraphs, level with their citers', () => {
    const c = graph();
    run(c, 'document');
    const op12 = pos(c, p('op-12'));
    for (const id of ['unesco-1970-convention', 'cites', 'cbd']) expect(pos(c, id).x).toBeGreaterThan(op12.x);
    // UNCAC is cited by ¶ 4 and ¶ 23, so it stands between them.
    expect(pos(c, 'uncac').y).toBeGreaterThan(pos(c, p('op-4')).y);
    expect(pos(c, 'uncac').y).toBeLessThan(pos(c, p('op-23')).y);
  });

  it('puts footnotes, bodies and themes on the left, and the document above', () => {
    const c = graph();
    run(c, 'document');
    const x = pos(c, p('op-12')).x;
    expect(pos(c, `${doc}#fn-5`).x).toBeLessThan(x);
    expect(pos(c, 'unodc').x).toBeLessThan(pos(c, `${doc}#fn-5`).x);
    expect(pos(c, 'corruption').x).toBeLessThan(pos(c, 'unodc').x);
    expect(pos(c, doc).y).toBeLessThan(pos(c, p('preamble-9')).y);
  });

  it('follows NEXT edges when paragraphs carry no order, and spreads a crowded column', () => {
    const nodes = [{ id: 'b', kind: 'paragraph' }, { id: 'a', kind: 'paragraph' }, { id: 'i', kind: 'instrument' }, { id: 'j', kind: 'instrument' }];
    const edges = [
      { source: 'a', target: 'b', type: 'NEXT' },
      { source: 'a', target: 'i', type: 'CITES' },
      { source: 'a', target: 'j', type: 'CITES' },
    ];
    expect(readingOrder(nodes, edges)).toEqual(['a', 'b']);
    const at = documentOrderPositions(nodes, edges, { minGap: 40 });
    expect(Math.abs(at.get('i')!.y - at.get('j')!.y)).toBeGreaterThanOrEqual(40);
  });
});

describe('concentric layout', () => {
  it('puts instruments nearer the centre than paragraphs, and paragraphs nearer than bodies', () => {
    const c = graph();
    run(c, 'concentric');
    const centre = c.nodes().boundingBox({});
    const cx = (centre.x1 + centre.x2) / 2;
    const cyy = (centre.y1 + centre.y2) / 2;
    const r = (id: string) => Math.hypot(pos(c, id).x - cx, pos(c, id).y - cyy);
    expect(CONCENTRIC_RANK.instrument).toBeGreaterThan(CONCENTRIC_RANK.paragraph!);
    expect(r('uncac')).toBeLessThan(r(p('op-12')));
    expect(r(p('op-12'))).toBeLessThan(r('unodc'));
  });
});

describe('fcose layout', () => {
  it('runs headlessly and keeps linked nodes nearer than unlinked ones on average', () => {
    const c = graph();
    run(c, 'fcose');
    const d = (a: string, b: string) => Math.hypot(pos(c, a).x - pos(c, b).x, pos(c, a).y - pos(c, b).y);
    expect(Number.isFinite(pos(c, 'cbd').x)).toBe(true);
    expect(d(p('op-12'), 'cbd')).toBeLessThan(d('cbd', 'unodc'));
  });

  it('lays out only what is visible: filtered nodes stay where they were', () => {
    const c = graph();
    c.getElementById('unodc').position({ x: 9999, y: 9999 }).addClass('filtered');
    run(c, 'fcose');
    expect(pos(c, 'unodc')).toEqual({ x: 9999, y: 9999 });
  });
});

describe('hierarchical layout', () => {
  it('runs dagre left to right: citing paragraphs before the instruments they cite', async () => {
    const dagre = (await import('cytoscape-dagre')).default;
    cytoscape.use(dagre);
    const c = graph();
    run(c, 'hierarchical');
    expect(pos(c, p('op-12')).x).toBeLessThan(pos(c, 'cbd').x);
    expect(pos(c, doc).x).toBeLessThan(pos(c, p('op-12')).x);
  });
});
