import { describe, expect, it } from 'vitest';
import { toGraphML } from '../../../client/src/export/graphml.ts';
import { toSvg } from '../../../client/src/export/svg.ts';
import { fixture } from './fixture.ts';

describe('toGraphML', () => {
  const xml = toGraphML(fixture);
  it('writes every node and edge with typed keys for their data', () => {
    expect(xml.match(/<node /g)).toHaveLength(fixture.nodes.length);
    expect(xml.match(/<edge /g)).toHaveLength(fixture.edges.length);
    expect(xml).toContain('<key id="e_start" for="edge" attr.name="start" attr.type="double"/>');
    expect(xml).toContain('<key id="n_kind" for="node" attr.name="kind" attr.type="string"/>');
  });
  it('escapes ids and text', () => {
    const out = toGraphML({ nodes: [{ id: 'a&b', kind: 'paragraph', label: '<¶ 1>', data: null }], edges: [] });
    expect(out).toContain('id="a&amp;b"');
    expect(out).toContain('&lt;¶ 1&gt;');
  });
});

describe('toSvg', () => {
  it('draws a shape and a label per node and a line per edge, inside the view box', () => {
    const svg = toSvg(
      [
        { id: 'p', kind: 'paragraph', label: '¶ 12', x: 0, y: 0, classes: [] },
        { id: 'i', kind: 'instrument', label: 'CBD & co', x: 200, y: 50, classes: ['highlight'] },
      ],
      [{ id: 'e', type: 'CITES', label: 'cites', source: { x: 0, y: 0 }, target: { x: 200, y: 50 }, classes: [] }],
    );
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="-40 -40 280 130"/);
    expect(svg.match(/<text /g)).toHaveLength(2);
    expect(svg).toContain('CBD &amp; co');
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg).toContain('<polygon'); // the instrument's diamond
  });
});
