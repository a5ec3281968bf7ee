// The canvas operations on a headless Cytoscape: filters, focus, hide with undo, add.
import { afterEach, describe, expect, it } from 'vitest';
import { Canvas } from '../../../client/src/canvas/canvas.ts';
import { fixture, ids } from './fixture.ts';

const { p } = ids;
let canvas: Canvas | undefined;
afterEach(() => canvas?.destroy());
const make = () => (canvas = new Canvas(undefined, fixture, { onSelect: () => {}, onExpand: () => {} }));
const shown = (c: Canvas) => new Set(c.visible().map((e) => e.id()));

describe('Canvas', () => {
  it('filters by kind and relationship type', () => {
    const c = make();
    c.applyFilters(['footnote'], ['MENTIONS'], null);
    expect(shown(c).has(`${ids.doc}#fn-5`)).toBe(false);
    expect(shown(c).has('e13')).toBe(false);
    expect(shown(c).has('uncac')).toBe(true);
    c.applyFilters([], [], null);
    expect(shown(c).has(`${ids.doc}#fn-5`)).toBe(true);
  });

  it('filters by theme: only its paragraphs and what they link to', () => {
    const c = make();
    c.applyFilters([], [], 'corruption');
    const s = shown(c);
    expect(s.has(p('op-23'))).toBe(true);
    expect(s.has(p('preamble-9'))).toBe(true);
    expect(s.has(p('op-12'))).toBe(false);
    expect(s.has('uncac')).toBe(true); // cited by op-23
    expect(s.has('cbd')).toBe(false);
    expect(s.has(ids.doc)).toBe(true);
  });

  it('focuses on a node’s neighbourhood', () => {
    const c = make();
    c.setFocus([p('op-12')]);
    const s = shown(c);
    expect(s.has('cbd')).toBe(true);
    expect(s.has('uncac')).toBe(false);
    c.setFocus([]);
    expect(shown(c).has('uncac')).toBe(true);
  });

  it('focuses on several nodes at once: the union of their neighbourhoods', () => {
    const c = make();
    c.setFocus([p('op-12'), p('op-23')]);
    const s = shown(c);
    expect(s.has('cbd')).toBe(true); // cited by op-12
    expect(s.has('uncac')).toBe(true); // cited by op-23
    c.setFocus([p('op-12'), 'no-such-node']);
    expect(c.focus).toEqual([p('op-12')]);
    expect(shown(c).has('uncac')).toBe(false);
  });

  it('hides exactly the elements a link names, and says which are hidden', () => {
    const c = make();
    c.hide(['cbd']);
    c.setHidden(['uncac', p('op-12')]);
    expect(c.hiddenIds()).toEqual(['uncac', p('op-12')].sort());
    expect(shown(c).has('cbd')).toBe(true);
    expect(shown(c).has('uncac')).toBe(false);
  });

  it('gives every node’s position and puts nodes back where a scene had them', () => {
    const c = make();
    const before = c.positionsById();
    expect(Object.keys(before).sort()).toEqual(
      c.cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    );
    c.placeAt({ cbd: { x: 1234, y: -56 }, 'not-drawn': { x: 1, y: 1 } });
    expect(c.cy.getElementById('cbd').position()).toEqual({ x: 1234, y: -56 });
    expect(c.positionsById().uncac).toEqual(before.uncac);
  });

  it('lists the nodes a box selected, not the edges, nor nodes off the screen', () => {
    const c = make();
    c.cy.elements().unselect();
    c.cy.getElementById('cbd').select();
    c.cy.getElementById('uncac').select();
    c.cy.edges().first().select();
    c.cy.getElementById(p('op-12')).select();
    c.hide([p('op-12')]);
    expect(c.selectedNodeIds().sort()).toEqual(['cbd', 'uncac']);
  });

  it('hides, and restores a snapshot with what was added since removed again', () => {
    const c = make();
    const before = c.snapshot();
    c.hide(['uncac']);
    const added = c.add({
      nodes: [{ id: 'new', kind: 'body', label: 'New', data: null }],
      edges: [{ id: 'enew', source: p('op-4'), target: 'new', type: 'MENTIONS', data: null }],
    });
    expect(added).toEqual(['new']);
    expect(shown(c).has('uncac')).toBe(false);
    const after = c.snapshot();
    c.restore(before);
    expect(c.has('new')).toBe(false);
    expect(shown(c).has('uncac')).toBe(true);
    c.restore(after);
    expect(c.has('new') && c.has('enew')).toBe(true);
    expect(shown(c).has('uncac')).toBe(false);
  });

  it('highlights a set and dims the rest, with the edges between the set', () => {
    const c = make();
    c.highlight(['uncac', p('op-4'), p('op-23')]);
    expect(c.cy.getElementById('e6').hasClass('highlight')).toBe(true);
    expect(c.cy.getElementById('cbd').hasClass('dimmed')).toBe(true);
    c.clearHighlight();
    expect(c.cy.elements('.dimmed').length).toBe(0);
  });
});
