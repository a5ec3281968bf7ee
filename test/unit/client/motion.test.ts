// Reduced motion on a headless Cytoscape: with the system's setting on, each kind of viewport
// move lands at once where the glide would end. (A headless Cytoscape runs no animation; the
// glide without the setting is checked in the browser, test/e2e/explorer.e2e.test.ts.)
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { moveViewport } from '../../../client/src/canvas/motion.ts';

let cy: Core | undefined;
afterEach(() => {
  cy?.destroy();
  vi.unstubAllGlobals();
});

function graph(): Core {
  cy = cytoscape({
    headless: true,
    elements: [
      { data: { id: 'a' }, position: { x: 0, y: 0 } },
      { data: { id: 'b' }, position: { x: 400, y: 200 } },
    ],
  });
  return cy;
}
const reduceMotion = (reduce: boolean) =>
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: reduce && query.includes('reduce') }));

describe('moveViewport with reduced motion', () => {
  it('centres an element at a zoom at once', () => {
    reduceMotion(true);
    const c = graph();
    moveViewport(c, { center: { eles: c.getElementById('b') }, zoom: 2 }, 300);
    expect(c.animated()).toBe(false);
    expect(c.zoom()).toBe(2);
    expect(c.getElementById('b').renderedPosition()).toEqual({ x: c.width() / 2, y: c.height() / 2 });
  });

  it('sets a zoom and a pan at once', () => {
    reduceMotion(true);
    const c = graph();
    moveViewport(c, { zoom: 0.5, pan: { x: 30, y: -40 } }, 350);
    expect(c.animated()).toBe(false);
    expect({ zoom: c.zoom(), pan: c.pan() }).toEqual({ zoom: 0.5, pan: { x: 30, y: -40 } });
  });

  it('fits elements at once, as cy.fit does', () => {
    reduceMotion(true);
    const c = graph();
    c.viewport({ zoom: 3, pan: { x: 500, y: 500 } });
    moveViewport(c, { fit: { eles: c.elements(), padding: 24 } }, 300);
    expect(c.animated()).toBe(false);
    const after = { zoom: c.zoom(), pan: c.pan() };
    c.fit(c.elements(), 24);
    expect(after).toEqual({ zoom: c.zoom(), pan: c.pan() });
  });
});
