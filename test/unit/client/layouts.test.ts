// Layouts run headlessly; assertions are relations between positions, never pixels.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { documentOrderPositions, readingOrder } from '../../../client/src/canvas/document-order.ts';
import { toElements } from '../../../client/src/canvas/elements.ts';
import { hierarchyPositions, hierarchyRanks } from '../../../client/src/canvas/hierarchy.ts';
import {
  CONCENTRIC_RANK,
  freeSpotsAround,
  layoutOptions,
  placeAround,
  registerLayouts,
} from '../../../client/src/canvas/layouts.ts';
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
    const nodes = [
      { id: 'b', kind: 'paragraph' },
      { id: 'a', kind: 'paragraph' },
      { id: 'i', kind: 'instrument' },
      { id: 'j', kind: 'instrument' },
    ];
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

describe('document-order layout, crowded', () => {
  it('gives large cited nodes room of their own, with a label’s room between', () => {
    const cited = Array.from({ length: 5 }, (_, i) => ({ id: `i${i}`, kind: 'instrument', size: 40 + 20 * i }));
    const edges = cited.map((n) => ({ source: 'a', target: n.id, type: 'CITES' }));
    const at = documentOrderPositions([{ id: 'a', kind: 'paragraph', order: 1 }, ...cited], edges, {
      minGap: 10,
      labelRoom: 16,
    });
    const column = cited.map((n) => ({ y: at.get(n.id)!.y, half: n.size / 2 })).sort((a, b) => a.y - b.y);
    for (let i = 1; i < column.length; i++)
      expect(column[i]!.y - column[i]!.half - (column[i - 1]!.y + column[i - 1]!.half)).toBeGreaterThanOrEqual(
        16 - 1e-9,
      );
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
  it('runs left to right: the document, then its paragraphs in reading order down their column, then what they cite', () => {
    const c = graph();
    run(c, 'hierarchical');
    expect(pos(c, doc).x).toBeLessThan(pos(c, p('op-12')).x);
    expect(pos(c, p('op-12')).x).toBeLessThan(pos(c, 'cbd').x);
    // One column, read top to bottom.
    const column = [p('preamble-9'), p('op-4'), p('op-12'), p('op-23')].map((id) => pos(c, id));
    expect(new Set(column.map((at) => at.x)).size).toBe(1);
    for (let i = 1; i < column.length; i++) expect(column[i]!.y).toBeGreaterThan(column[i - 1]!.y);
    // What ¶ 4 alone cites (UNTOC) stands above what ¶ 4 and ¶ 23 cite (UNCAC); UNCAC is adopted
    // by A/RES/58/4, which stands one column further.
    expect(pos(c, 'untoc').y).toBeLessThan(pos(c, 'uncac').y);
    expect(pos(c, 'A/RES/58/4').x).toBeGreaterThan(pos(c, 'uncac').x);
    // Nothing stands above the first paragraph's row.
    for (const n of c.nodes()) expect(n.position().y).toBeGreaterThanOrEqual(pos(c, p('preamble-9')).y);
  });
});

describe('hierarchy (pure)', () => {
  const para = (id: string, order: number, document = 'D') => ({ id, kind: 'paragraph', order, document });
  it('keeps each document’s paragraphs together and in reading order, whatever order they arrive in', () => {
    const nodes = [
      para('b3', 3, 'B'),
      para('a2', 2, 'A'),
      para('b1', 1, 'B'),
      para('a1', 1, 'A'),
      { id: 'A', kind: 'document' },
      { id: 'B', kind: 'document' },
    ];
    const edges = ['a1', 'a2']
      .map((t) => ({ source: 'A', target: t, type: 'HAS_PARAGRAPH' }))
      .concat(['b1', 'b3'].map((t) => ({ source: 'B', target: t, type: 'HAS_PARAGRAPH' })));
    const at = hierarchyPositions(nodes, edges);
    const ys = ['b1', 'b3', 'a1', 'a2'].map((id) => at.get(id)!.y);
    expect([...ys].sort((x, y) => x - y)).toEqual(ys);
    // Each document heads its own paragraphs, one column to their left.
    expect(at.get('B')!.y).toBe(at.get('b1')!.y);
    expect(at.get('A')!.y).toBe(at.get('a1')!.y);
    expect(at.get('A')!.x).toBeLessThan(at.get('a1')!.x);
  });

  it('breaks a cycle of citations instead of failing, and ranks a chain left to right', () => {
    const nodes = ['r1', 'r2', 'r3'].map((id) => ({ id, kind: 'resolution' }));
    const edges = [
      { source: 'r1', target: 'r2', type: 'CITES' },
      { source: 'r2', target: 'r3', type: 'CITES' },
      { source: 'r3', target: 'r1', type: 'CITES' },
    ];
    const ranks = hierarchyRanks(nodes, edges);
    expect(ranks.get('r1')).toBeLessThan(ranks.get('r2')!);
    expect(ranks.get('r2')).toBeLessThan(ranks.get('r3')!);
  });

  it('never puts two nodes of a column closer than the gap, and reading order does not make columns', () => {
    const nodes = [
      ...Array.from({ length: 30 }, (_, i) => para(`p${i}`, i)),
      ...Array.from({ length: 12 }, (_, i) => ({ id: `i${i}`, kind: 'instrument' })),
    ];
    const edges = [
      ...Array.from({ length: 29 }, (_, i) => ({ source: `p${i}`, target: `p${i + 1}`, type: 'NEXT' })),
      ...Array.from({ length: 12 }, (_, i) => ({ source: 'p3', target: `i${i}`, type: 'CITES' })),
    ];
    const at = hierarchyPositions(nodes, edges, { minGap: 40 });
    expect(new Set(Array.from({ length: 30 }, (_, i) => at.get(`p${i}`)!.x)).size).toBe(1);
    const column = Array.from({ length: 12 }, (_, i) => at.get(`i${i}`)!.y).sort((a, b) => a - b);
    for (let i = 1; i < column.length; i++) expect(column[i]! - column[i - 1]!).toBeGreaterThanOrEqual(40);
    // The crowd spreads both ways from its citer, not only down.
    expect(column[0]!).toBeLessThan(at.get('p3')!.y);
    expect(column.at(-1)!).toBeGreaterThan(at.get('p3')!.y);
  });

  it('gives large nodes room of their own: no two overlap, with room for a label between', () => {
    const documents = Array.from({ length: 6 }, (_, i) => ({ id: `d${i}`, kind: 'document', size: 20 + i * 20 }));
    const nodes = [para('p0', 0), ...documents];
    const edges = Array.from({ length: 6 }, (_, i) => ({ source: 'p0', target: `d${i}`, type: 'CITES' }));
    const at = hierarchyPositions(nodes, edges, { minGap: 10, labelRoom: 16 });
    const column = documents.map((n) => ({ y: at.get(n.id)!.y, half: n.size / 2 })).sort((a, b) => a.y - b.y);
    for (let i = 1; i < column.length; i++)
      expect(column[i]!.y - column[i]!.half - (column[i - 1]!.y + column[i - 1]!.half)).toBeGreaterThanOrEqual(
        16 - 1e-9,
      );
  });
});

describe('expansion places new nodes beside their parent', () => {
  const overlapFree = (discs: { x: number; y: number; r: number }[], gap: number) => {
    for (let i = 0; i < discs.length; i++)
      for (let j = i + 1; j < discs.length; j++) {
        const [a, b] = [discs[i]!, discs[j]!];
        if (Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)) < a.r + b.r + gap - 1e-9) return false;
      }
    return true;
  };

  it('finds places clear of every node and of each other, near the parent, in a crowd', () => {
    // A 9×9 grid of nodes, 60 apart, the parent in the middle of it.
    const occupied = Array.from({ length: 81 }, (_, i) => ({ x: (i % 9) * 60, y: Math.floor(i / 9) * 60, r: 13 }));
    const centre = { x: 240, y: 240, r: 20 };
    const others = occupied.filter((d) => d.x !== 240 || d.y !== 240);
    const radii = Array.from({ length: 25 }, () => 13);
    const spots = freeSpotsAround(centre, radii, others, { gap: 14, step: 0.5 });
    expect(spots).toHaveLength(25);
    expect(overlapFree([centre, ...others, ...spots.map((s) => ({ ...s, r: 13 }))], 14)).toBe(true);
    // Beside the parent: the nearest free ring, not the far edge of the canvas.
    for (const s of spots) expect(Math.hypot(s.x - centre.x, s.y - centre.y)).toBeLessThan(400);
  });

  it('keeps clear of a large parent on every side, its corners too', () => {
    const centre = { x: 0, y: 0, r: 55 };
    const spots = freeSpotsAround(
      centre,
      Array.from({ length: 16 }, () => 14),
      [],
      { gap: 14, step: 0.5 },
    );
    expect(overlapFree([centre, ...spots.map((s) => ({ ...s, r: 14 }))], 14)).toBe(true);
  });

  it('starts on the side away from the rest of the graph', () => {
    const others = [
      { x: -300, y: 0, r: 20 },
      { x: -250, y: 40, r: 20 },
    ];
    const [first] = freeSpotsAround({ x: 0, y: 0, r: 20 }, [13], others);
    expect(first!.x).toBeGreaterThan(0);
  });

  it('moves no node already drawn, and places the new ones off every other node', () => {
    const c = graph();
    run(c, 'document');
    const before = new Map(c.nodes().map((n) => [n.id(), { ...n.position() }]));
    c.add([
      { group: 'nodes', data: { id: 'new-1', kind: 'instrument' } },
      { group: 'nodes', data: { id: 'new-2', kind: 'resolution' } },
    ]);
    placeAround(c, 'uncac', ['new-1', 'new-2']);
    for (const [id, at] of before) expect(pos(c, id)).toEqual(at);
    for (const id of ['new-1', 'new-2']) {
      const at = pos(c, id);
      for (const [other, o] of before)
        expect(Math.hypot(at.x - o.x, at.y - o.y), `${id} against ${other}`).toBeGreaterThan(20);
      expect(Math.hypot(at.x - pos(c, 'uncac').x, at.y - pos(c, 'uncac').y)).toBeLessThan(200);
    }
  });
});
