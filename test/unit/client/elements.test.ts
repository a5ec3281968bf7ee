import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { countBy, edgeLabel, toElements, toSubgraph } from '../../../client/src/canvas/elements.ts';
import { fixture, ids } from './fixture.ts';

describe('toElements', () => {
  const elements = toElements(fixture);

  it('maps every node with its kind as data and class, API data kept', () => {
    const op12 = elements.find((e) => e.data.id === ids.p('op-12'))!;
    expect(op12.group).toBe('nodes');
    expect(op12.data).toMatchObject({ kind: 'paragraph', label: '¶ 12', order: 15, section: 'operative' });
    expect(op12.classes).toBe('paragraph');
  });

  it('puts nodes before edges and drops edges whose ends are missing', () => {
    const groups = elements.map((e) => e.group);
    expect(groups.lastIndexOf('nodes')).toBeLessThan(groups.indexOf('edges'));
    expect(elements.some((e) => e.data.id === 'e18')).toBe(false);
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(fixture.edges.length - 1);
  });

  it('loads into a headless Cytoscape without complaint', () => {
    const cy = cytoscape({ headless: true, elements });
    expect(cy.nodes()).toHaveLength(fixture.nodes.length);
    expect(cy.getElementById(ids.p('op-12')).outgoers('edge.CITES')).toHaveLength(3);
    cy.destroy();
  });

  it('skips what the canvas already has, but keeps edges that join old and new nodes', () => {
    const known = new Set([ids.doc, ids.p('op-4'), 'e2']);
    const more = toElements(
      { nodes: [{ id: 'untoc', kind: 'instrument', label: 'UNTOC', data: null }], edges: fixture.edges },
      known,
    );
    expect(more.map((e) => e.data.id)).toEqual(['untoc', 'e5']);
  });

  it('lets the API fields win over free-form data with the same name', () => {
    const [node] = toElements({
      nodes: [{ id: 'x', kind: 'body', label: 'X', data: { id: 'y', kind: 'z' } }],
      edges: [],
    });
    expect(node!.data).toMatchObject({ id: 'x', kind: 'body' });
  });

  it('takes precomputed positions from data.x and data.y', () => {
    const [node] = toElements({ nodes: [{ id: 'x', kind: 'body', label: 'X', data: { x: 10, y: 20 } }], edges: [] });
    expect(node!.position).toEqual({ x: 10, y: 20 });
  });
});

describe('edgeLabel', () => {
  it('quotes the cited words, notes the footnote, and cuts long surfaces', () => {
    expect(edgeLabel(fixture.edges[6]!)).toBe('“United Nations Convention against Corruption” [fn 3]');
    expect(edgeLabel(fixture.edges[8]!, 20)).toMatch(/^“Convention on Inter…”$/);
    expect(edgeLabel(fixture.edges[0]!)).toBe('has paragraph');
  });
});

describe('countBy and toSubgraph', () => {
  it('counts nodes per kind', () => {
    expect(countBy(fixture.nodes, (n) => n.kind).get('instrument')).toBe(5);
  });
  it('turns elements back into the API shape', () => {
    const back = toSubgraph(toElements(fixture) as { data: Record<string, unknown>; group?: string }[]);
    expect(back.nodes).toHaveLength(fixture.nodes.length);
    expect(back.edges.find((e) => e.id === 'e7')).toEqual(fixture.edges[6]);
    expect(back.nodes.find((n) => n.id === 'uncac')).toEqual(fixture.nodes.find((n) => n.id === 'uncac'));
  });
});
