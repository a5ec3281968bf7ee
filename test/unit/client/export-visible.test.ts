// An export holds exactly what the user sees: the visible nodes and the edges between them. The
// GraphML is read back with a real XML parser, as Gephi or networkx would read it.
import { XMLParser } from 'fast-xml-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { buildExport } from '../../../client/src/export/index.ts';
import { Canvas } from '../../../client/src/canvas/canvas.ts';
import { fixture, ids } from './fixture.ts';

let canvas: Canvas | undefined;
afterEach(() => canvas?.destroy());

function hiddenThemesAndOneInstrument(): Canvas {
  canvas = new Canvas(undefined, fixture, { onSelect: () => {}, onExpand: () => {} });
  // The default view hides themes; the user then hides UNCAC too.
  canvas.applyFilters(['theme'], [], null);
  canvas.hide(['uncac']);
  return canvas;
}

const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe('exports of the visible view', () => {
  it('GraphML: every edge’s two ends are nodes of the file, and the nodes are the visible ones', async () => {
    const c = hiddenThemesAndOneInstrument();
    const file = await buildExport(c.cy, 'graphml');
    const xml = await file.blob.text();
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const graph = doc.graphml.graph;
    const nodes = new Set(asList<{ id: string }>(graph.node).map((n) => n.id));
    const edges = asList<{ source: string; target: string }>(graph.edge);
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) {
      expect(nodes, `edge ${e.source} -> ${e.target}`).toContain(e.source);
      expect(nodes, `edge ${e.source} -> ${e.target}`).toContain(e.target);
    }
    expect(nodes.has('corruption')).toBe(false);
    expect(nodes.has('uncac')).toBe(false);
    expect(nodes).toEqual(
      new Set(
        c
          .visible()
          .nodes()
          .map((n) => n.id()),
      ),
    );
    // Every edge between two visible nodes is kept.
    expect(edges.length).toBe(c.visible().edges().length);
  });

  it('JSON: the same nodes and edges, none dangling', async () => {
    const c = hiddenThemesAndOneInstrument();
    const sub = JSON.parse(await (await buildExport(c.cy, 'json')).blob.text()) as {
      nodes: { id: string }[];
      edges: { source: string; target: string }[];
    };
    const nodes = new Set(sub.nodes.map((n) => n.id));
    expect(nodes.has(ids.doc)).toBe(true);
    for (const e of sub.edges) expect(nodes.has(e.source) && nodes.has(e.target)).toBe(true);
    expect(sub.edges.some((e) => e.target === 'corruption' || e.target === 'uncac')).toBe(false);
  });
});
