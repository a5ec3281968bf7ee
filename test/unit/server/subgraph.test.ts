import { describe, expect, it } from 'vitest';
import { subgraph } from '../../../server/subgraph.ts';

const p = (n: number) => ({
  id: `D#op-${n}`,
  labels: ['Paragraph', 'InstrumentGraph'],
  section: 'operative',
  number: n,
  localId: `op-${n}`,
  order: n,
  text: 'long text',
  document: 'D',
  themes: ['corruption'],
});
const uncac = {
  id: 'uncac',
  labels: ['Instrument', 'InstrumentGraph'],
  acronym: 'UNCAC',
  title: 'United Nations Convention against Corruption',
  aliasText: 'x',
  sources: ['y'],
  uncatalogued: false,
  instrumentKind: 'convention',
};

describe('subgraph', () => {
  it('shapes nodes for drawing, without bookkeeping or paragraph text', () => {
    const graph = subgraph([p(4), uncac], [], 10);
    expect(graph.nodes).toEqual([
      {
        id: 'D#op-4',
        kind: 'paragraph',
        label: '¶ 4',
        data: {
          id: 'D#op-4',
          section: 'operative',
          number: 4,
          localId: 'op-4',
          order: 4,
          document: 'D',
          themes: ['corruption'],
        },
      },
      {
        id: 'uncac',
        kind: 'instrument',
        label: 'UNCAC',
        data: {
          id: 'uncac',
          acronym: 'UNCAC',
          title: 'United Nations Convention against Corruption',
          uncatalogued: false,
          instrumentKind: 'convention',
        },
      },
    ]);
  });

  it('keeps only edges between kept nodes, once, with CITES provenance', () => {
    const cites = {
      type: 'CITES',
      source: 'D#op-4',
      target: 'uncac',
      props: { surface: 'Convention', start: 1, end: 11, via: 'text', footnote: null },
    };
    const graph = subgraph(
      [p(4), uncac, p(5)],
      [cites, cites, { type: 'NEXT', source: 'D#op-4', target: 'D#op-5', props: {} }],
      2,
    );
    expect(graph.truncated).toBe(true);
    expect(graph.nodes.map((n) => n.id)).toEqual(['D#op-4', 'uncac']);
    expect(graph.edges).toEqual([
      { id: 'CITES:D#op-4->uncac@1-11/text', source: 'D#op-4', target: 'uncac', type: 'CITES', data: cites.props },
    ]);
  });
});
