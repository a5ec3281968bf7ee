// The mini-map's geometry: the whole graph fits in it, the screen's part is outlined where it is,
// and a click there centres the view on that point.
import { describe, expect, it } from 'vitest';
import { contains, fitTransform, panTo, toMinimap, toModel, viewportRect } from '../../../client/src/canvas/minimap.ts';

describe('mini-map geometry', () => {
  const box = { x1: -500, y1: 0, x2: 1500, y2: 1000 };
  const t = fitTransform(box, 200, 130, 6);

  it('fits the whole graph inside, proportions kept, centred', () => {
    const a = toMinimap(t, { x: box.x1, y: box.y1 });
    const b = toMinimap(t, { x: box.x2, y: box.y2 });
    for (const p of [a, b]) {
      expect(p.x).toBeGreaterThanOrEqual(6 - 1e-9);
      expect(p.x).toBeLessThanOrEqual(194 + 1e-9);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(130);
    }
    // 2:1 model box in a wider-than-2:1 map: full width used, height centred.
    expect(b.x - a.x).toBeCloseTo(188);
    expect((b.x - a.x) / (b.y - a.y)).toBeCloseTo(2);
    expect(a.y + b.y).toBeCloseTo(130);
  });

  it('outlines the part of the model on screen', () => {
    const r = viewportRect(t, { x1: 0, y1: 0, x2: 500, y2: 250 });
    const topLeft = toMinimap(t, { x: 0, y: 0 });
    expect(r.x1).toBeCloseTo(topLeft.x);
    expect(r.x2 - r.x1).toBeCloseTo(500 * t.scale);
    expect(r.y2 - r.y1).toBeCloseTo(250 * t.scale);
  });

  it('maps a click back to the model point under it, and pans to centre it', () => {
    const model = { x: 1200, y: 300 };
    const back = toModel(t, toMinimap(t, model));
    expect(back.x).toBeCloseTo(1200);
    expect(back.y).toBeCloseTo(300);
    const pan = panTo(model, 0.5, 800, 600);
    // At that pan, the model point is drawn at the screen's centre.
    expect(pan.x + 0.5 * model.x).toBe(400);
    expect(pan.y + 0.5 * model.y).toBe(300);
  });

  it('tells a screen that holds the whole graph (no mini-map needed) from one that does not', () => {
    expect(contains({ x1: -600, y1: -10, x2: 1600, y2: 1100 }, box)).toBe(true);
    expect(contains({ x1: 0, y1: 0, x2: 500, y2: 250 }, box)).toBe(false);
  });
});
