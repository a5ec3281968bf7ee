// The cross-document views' pure parts: the since-filter, co-citation → elements, compare →
// columns, the timeline's scale and rows, the chain's positions, and the URL fields they add.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { chainColumns, chainElements, chainPositions } from '../../../client/src/corpus/chain-data.ts';
import {
  coCitationElements,
  groupByDocument,
  markAll,
  pairRows,
  type CoCitationAnswer,
} from '../../../client/src/corpus/cocitation-data.ts';
import { compareColumns, entryCounts, type Comparison } from '../../../client/src/corpus/compare-data.ts';
import { sortDocuments } from '../../../client/src/corpus/documents.ts';
import { dateRange, hiddenAt, sinceIndex, sinceOf, undatedAmong } from '../../../client/src/corpus/since-filter.ts';
import {
  eventDescription,
  eventLabel,
  layoutTimeline,
  timeScale,
  yearTicks,
  type TimelineEvent,
} from '../../../client/src/corpus/timeline-data.ts';
import { timeFilterText } from '../../../client/src/panels/time-filter.ts';
import { ALL_DOCUMENTS, graphDocument } from '../../../client/src/scope.ts';
import { defaults, parseState, serializeState } from '../../../client/src/state/url-state.ts';
import type { Subgraph } from '../../../client/src/types.ts';

describe('the since-filter', () => {
  const dated = {
    nodes: [
      { id: 'uncac', data: { since: '2003-10-31', adopted: '2003-10-31' } },
      { id: 'npt', data: { since: '1968-07-01' } },
      { id: 'A/RES/80/24#op-1', data: { since: '2025-12-01' } },
      { id: 'unodc', data: {} },
    ],
    edges: [{ id: 'CITES:A/RES/80/24#op-1->npt', data: { since: '2025-12-01' } }],
  };
  const index = sinceIndex(dated);

  it('hides only what is known to come after the date', () => {
    const elements = [...dated.nodes, ...dated.edges];
    expect([...hiddenAt(elements, index, '2002-12-31')].sort()).toEqual([
      'A/RES/80/24#op-1',
      'CITES:A/RES/80/24#op-1->npt',
      'uncac',
    ]);
    expect([...hiddenAt(elements, index, '2003-10-31')]).not.toContain('uncac');
    expect(hiddenAt(elements, index, '2030-01-01').size).toBe(0);
    expect(hiddenAt(elements, index, null).size).toBe(0);
    // unknown dates stay
    expect(hiddenAt(elements, index, '1900-01-01').has('unodc')).toBe(false);
  });

  it('names the nodes of unknown date, to be drawn as undated rather than as existing at every date', () => {
    expect([...undatedAmong(dated.nodes, index)]).toEqual(['unodc']);
    expect([
      ...undatedAmong(
        [
          { id: 'added-later', data: { adopted: '1990-01-01' } },
          { id: 'bare', data: {} },
        ],
        index,
      ),
    ]).toEqual(['bare']);
  });

  it('falls back on a node’s own dates when the index does not know it (added by expand)', () => {
    expect(sinceOf({ openedForSignature: '1980-01-01', enteredIntoForce: '1990-01-01' })).toBe('1980-01-01');
    expect(sinceOf({ date: '2025-12-01T00:00:00Z' })).toBe('2025-12-01');
    expect(sinceOf({ title: 'x' })).toBeNull();
    expect(hiddenAt([{ id: 'new', data: { adopted: '2010-01-01' } }], index, '2005-01-01')).toEqual(new Set(['new']));
  });

  it('gives the slider its ends', () => {
    expect(dateRange(index)).toEqual({ min: '1968-07-01', max: '2025-12-01' });
    expect(dateRange(new Map())).toBeNull();
  });
});

describe('co-citation', () => {
  const answer: CoCitationAnswer = {
    nodes: [
      { id: 'npt', kind: 'instrument', label: 'NPT', data: { paragraphCount: 10 } },
      { id: 'ctbt', kind: 'instrument', label: 'CTBT', data: { paragraphCount: 4 } },
      { id: 'A/RES/S-10/2', kind: 'resolution', label: 'A/RES/S-10/2', data: { paragraphCount: 6 } },
    ],
    edges: [
      {
        id: 'e1',
        source: 'npt',
        target: 'ctbt',
        type: 'CO_CITED',
        data: { weight: 2, paragraphs: ['A/RES/80/24#op-1', 'A/RES/80/24#op-3'] },
      },
      {
        id: 'e2',
        source: 'npt',
        target: 'A/RES/S-10/2',
        type: 'CO_CITED',
        data: { weight: 5, paragraphs: ['A/RES/80/17#preamble-2', 'A/RES/80/24#preamble-5'] },
      },
      { id: 'dangling', source: 'npt', target: 'gone', type: 'CO_CITED', data: { weight: 9 } },
    ],
    totalPairs: 3,
    truncated: false,
  };

  it('draws heavier pairs wider and more cited targets larger, and drops dangling edges', () => {
    const els = coCitationElements(answer);
    const edge = (id: string) => els.find((e) => e.data.id === id)!.data;
    expect(edge('e2').width).toBeGreaterThan(edge('e1').width);
    expect(els.find((e) => e.data.id === 'dangling')).toBeUndefined();
    const node = (id: string) => els.find((e) => e.data.id === id)!.data;
    expect(node('npt').size).toBeGreaterThan(node('ctbt').size);
    // builds a headless graph as is
    const cy = cytoscape({ headless: true, elements: els });
    expect(cy.getElementById('npt').degree(false)).toBe(2);
  });

  it('lists pairs heaviest first and groups their paragraphs by document', () => {
    expect(pairRows(answer).map((r) => r.edgeId)).toEqual(['e2', 'e1']);
    expect(groupByDocument(['A/RES/80/17#preamble-2', 'A/RES/80/24#preamble-5', 'A/RES/80/24#op-1'])).toEqual([
      { symbol: 'A/RES/80/17', paragraphs: ['A/RES/80/17#preamble-2'] },
      { symbol: 'A/RES/80/24', paragraphs: ['A/RES/80/24#preamble-5', 'A/RES/80/24#op-1'] },
    ]);
  });

  it('marks both cited surfaces in a sentence', () => {
    const runs = markAll('Recalling the NPT and the CTBT, and the NPT again', ['NPT', 'CTBT', 'NPT']);
    expect(runs.filter((r) => r.marked).map((r) => r.text)).toEqual(['NPT', 'CTBT']);
    expect(runs.map((r) => r.text).join('')).toBe('Recalling the NPT and the CTBT, and the NPT again');
    expect(markAll('nothing here', ['NPT'])).toEqual([{ text: 'nothing here', marked: false }]);
  });
});

describe('compare', () => {
  const t = (id: string, a: number, b: number) => ({
    target: { id, kind: 'instrument', label: id.toUpperCase() },
    paragraphsInA: a,
    paragraphsInB: b,
  });
  const c: Comparison = {
    a: { symbol: 'A/RES/80/14', title: 'Pelindaba' },
    b: { symbol: 'A/RES/80/15', title: 'Tlatelolco' },
    both: [t('pelindaba', 11, 1), t('npt', 1, 2)],
    onlyA: [t('cairo', 1, 0)],
    onlyB: [t('tlatelolco', 0, 13), t('bangkok', 0, 1)],
  };

  it('makes three columns with counts per side', () => {
    const s = compareColumns(c);
    expect(s.columns.map((col) => [col.key, col.count])).toEqual([
      ['both', 2],
      ['onlyA', 1],
      ['onlyB', 2],
    ]);
    expect(s.columns[0]).toMatchObject({ paragraphsA: 12, paragraphsB: 3 });
    expect(s.columns[2]).toMatchObject({ heading: 'Only A/RES/80/15 cites', paragraphsA: 0, paragraphsB: 14 });
    expect(s).toMatchObject({ targetsA: 3, targetsB: 4, overlap: 2 / 5 });
    expect(entryCounts(s.columns[0].entries[0]!, 'both')).toBe('A 11 ¶ · B 1 ¶');
    expect(entryCounts(s.columns[2].entries[0]!, 'onlyB')).toBe('13 ¶');
  });

  it('says nothing is shared when nothing is cited', () => {
    expect(compareColumns({ ...c, both: [], onlyA: [], onlyB: [] }).overlap).toBe(0);
  });
});

describe('the timeline', () => {
  const ev = (date: string | null, kind: TimelineEvent['kind'], label = 'UNCAC', doc?: string): TimelineEvent => ({
    date,
    kind,
    node: { id: label.toLowerCase(), kind: 'instrument', label },
    document: doc ? { symbol: doc } : null,
    paragraphCount: doc ? 2 : null,
  });

  it('maps dates onto whole years, left to right', () => {
    const scale = timeScale(['2003-10-31', '2005-12-14'], 800)!;
    expect(scale.x('2003-01-01')).toBeCloseTo(40);
    expect(scale.x('2005-12-31')).toBeCloseTo(760);
    expect(scale.x('2003-10-31')).toBeLessThan(scale.x('2003-12-09'));
    expect(timeScale([], 800)).toBeNull();
    // a long span is wider than the screen (it scrolls), so years stay apart
    expect(timeScale(['1945-06-26', '2025-12-01'], 600)!.width).toBeGreaterThan(2000);
  });

  it('ticks years at a step that keeps them apart', () => {
    const ticks = yearTicks(timeScale(['1945-06-26', '2025-12-01'], 600)!);
    const gaps = ticks.slice(1).map((t, i) => t.x - ticks[i]!.x);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(64);
    expect(ticks.every((t) => t.year % 5 === 0)).toBe(true);
  });

  it('packs labels into rows so none overlap, and keeps undated events for the table', () => {
    const events = [
      ev('2003-10-31', 'adopted'),
      ev('2003-12-09', 'openedForSignature'),
      ev('2005-12-14', 'enteredIntoForce'),
      ev(null, 'cited', 'UNCAC', 'E/CN.15/2005/5'),
    ];
    const layout = layoutTimeline(events, 600);
    expect(layout.placed.map((p) => p.event.kind)).toEqual(['adopted', 'openedForSignature', 'enteredIntoForce']);
    expect(layout.undated).toHaveLength(1);
    const [adopted, opened, force] = layout.placed;
    expect(opened!.row).not.toBe(adopted!.row); // five weeks apart: the labels would touch
    expect(force!.row).toBe(0);
    expect(force!.x).toBeGreaterThan(opened!.x);
    expect(layout.width).toBeGreaterThanOrEqual(force!.x + 14 + force!.label.length * 6);
    expect(eventLabel(ev('2025-12-01', 'cited', 'NPT', 'A/RES/80/24'))).toBe('A/RES/80/24 cites NPT');
  });

  it('draws undated events in their own lane right of every dated label, one a row', () => {
    const events = [
      ev('2003-10-31', 'adopted'),
      ev('2005-12-14', 'enteredIntoForce'),
      ev(null, 'cited', 'UNCAC', 'E/CN.15/2005/5'),
      ev(null, 'cited', 'UNCAC', 'A/RES/1/1'),
    ];
    const layout = layoutTimeline(events, 600);
    const lastDatedEnd = Math.max(...layout.placed.map((p) => p.x + 14 + p.label.length * 6.6));
    expect(layout.undatedX).toBeGreaterThan(lastDatedEnd);
    expect(layout.undatedPlaced.map((p) => [p.x, p.row])).toEqual([
      [layout.undatedX, 0],
      [layout.undatedX, 1],
    ]);
    const last = layout.undatedPlaced.at(-1)!;
    expect(layout.width).toBeGreaterThanOrEqual(last.x + last.label.length * 6.6);
    expect(layout.height).toBeGreaterThan(last.y);
    expect(layoutTimeline([ev('2003-10-31', 'adopted')], 600).undatedX).toBeNull();
    // Nothing dated: the lane is the whole drawing.
    expect(layoutTimeline([ev(null, 'cited', 'UNCAC', 'E/CN.15/2005/5')], 600).undatedPlaced).toHaveLength(1);
  });

  it("marks a date read from a document's text as inferred", () => {
    const inferred = { ...ev('2005-04-25', 'cited', 'UNCAC', 'E/CN.15/2005/5'), inferred: true };
    expect(eventLabel(inferred)).toBe('E/CN.15/2005/5 cites UNCAC (date inferred)');
    expect(eventDescription(inferred)).toMatch(/^2005-04-25 \(inferred\): /);
  });
});

describe('the time filter in words', () => {
  it('says how many nodes of unknown date it hid, or drew faded', () => {
    expect(timeFilterText(null)).toBe('Showing every date.');
    expect(timeFilterText('1945-12-31', { hidden: 40, undated: 3, undatedShown: false })).toBe(
      'Showing what existed or was cited by 1945-12-31: 40 elements dated later hidden; 3 nodes of unknown date hidden too (tick the box to see them).',
    );
    expect(timeFilterText('1945-12-31', { hidden: 1, undated: 1, undatedShown: true })).toBe(
      'Showing what existed or was cited by 1945-12-31: 1 element dated later hidden; 1 node of unknown date drawn faded and dashed.',
    );
    expect(timeFilterText('1945-12-31', { hidden: 2, undated: 0, undatedShown: false })).toBe(
      'Showing what existed or was cited by 1945-12-31: 2 elements dated later hidden.',
    );
  });
});

describe('the resolution chain', () => {
  const node = (id: string, step: number, loaded = false) => ({
    id,
    kind: 'resolution' as const,
    label: id,
    data: { step, loaded },
  });
  const chain: Subgraph = {
    nodes: [
      node('A/RES/80/24', 0, true),
      node('A/RES/79/50', -1),
      node('A/RES/78/10', -2),
      node('A/RES/9/1', -1),
      node('A/RES/81/1', 1, true),
    ],
    edges: [
      {
        id: 'r1',
        source: 'A/RES/80/24',
        target: 'A/RES/79/50',
        type: 'RECALLS',
        data: { paragraphs: ['A/RES/80/24#preamble-1'] },
      },
      { id: 'r2', source: 'A/RES/79/50', target: 'A/RES/78/10', type: 'RECALLS', data: {} },
    ],
  };

  it('puts earlier steps to the left and orders a step by symbol', () => {
    const at = chainPositions(chain);
    expect(at.get('A/RES/78/10')!.x).toBeLessThan(at.get('A/RES/79/50')!.x);
    expect(at.get('A/RES/79/50')!.x).toBeLessThan(at.get('A/RES/80/24')!.x);
    expect(at.get('A/RES/80/24')!.x).toBeLessThan(at.get('A/RES/81/1')!.x);
    expect(chainColumns(chain).map((c) => [c.step, c.nodes.map((n) => n.id)])).toEqual([
      [-2, ['A/RES/78/10']],
      [-1, ['A/RES/9/1', 'A/RES/79/50']],
      [0, ['A/RES/80/24']],
      [1, ['A/RES/81/1']],
    ]);
  });

  it('splits a long step into side-by-side columns that stay left of the next step', () => {
    const many: Subgraph = {
      nodes: [node('A/RES/80/24', 0, true), ...Array.from({ length: 30 }, (_, i) => node(`A/RES/${i + 40}/1`, -1))],
      edges: [],
    };
    const at = chainPositions(many);
    const back = [...at].filter(([id]) => id !== 'A/RES/80/24').map(([, p]) => p);
    expect(new Set(back.map((p) => p.x)).size).toBe(3);
    expect(Math.max(...back.map((p) => p.x))).toBeLessThan(at.get('A/RES/80/24')!.x);
    expect(Math.max(...back.map((p) => Math.abs(p.y)))).toBeLessThan(300);
  });

  it('marks resolutions that are not loaded, and lays out headlessly with presets', () => {
    const els = chainElements(chain);
    expect(els.find((e) => e.data.id === 'A/RES/79/50')!.classes).toContain('not-loaded');
    expect(els.find((e) => e.data.id === 'A/RES/80/24')!.classes).toContain('start');
    const cy = cytoscape({ headless: true, elements: els, layout: { name: 'preset' } });
    expect(cy.getElementById('A/RES/79/50').position('x')).toBeLessThan(cy.getElementById('A/RES/80/24').position('x'));
  });
});

describe('the URL and the document scope', () => {
  it('round-trips the new fields and drops bad values', () => {
    const state = {
      ...defaults,
      view: 'timeline' as const,
      doc: ALL_DOCUMENTS,
      asOf: '2003-12-31',
      minWeight: 3,
      compareA: 'A/RES/80/14',
      compareB: 'A/RES/80/15',
      timeline: 'uncac',
      chain: 'A/RES/80/24',
    };
    expect(parseState(serializeState(state))).toEqual(state);
    expect(serializeState(state)).toContain('doc=*');
    expect(parseState('?asof=2003-13-45&minw=0')).toMatchObject({ asOf: null, minWeight: defaults.minWeight });
    expect(parseState('?asof=yesterday&minw=abc')).toMatchObject({ asOf: null, minWeight: 2 });
  });

  it('asks for the whole corpus only for doc=*', () => {
    expect(graphDocument(ALL_DOCUMENTS)).toBeNull();
    expect(graphDocument(null)).toBe('E/CN.15/2005/5');
    expect(graphDocument('A/RES/80/24')).toBe('A/RES/80/24');
  });

  it('orders documents by date (undated last)', () => {
    const docs = sortDocuments([
      { symbol: 'E/CN.15/2005/5', title: 'Bangkok', date: null, paragraphCount: 50 },
      { symbol: 'A/RES/80/10', title: '', date: '2025-11-26', paragraphCount: 1 },
      { symbol: 'A/RES/80/8', title: '', date: '2025-11-26', paragraphCount: 1 },
      { symbol: 'A/RES/80/1', title: '', date: '2025-09-19', paragraphCount: 1 },
    ]);
    expect(docs.map((d) => d.symbol)).toEqual(['A/RES/80/1', 'A/RES/80/8', 'A/RES/80/10', 'E/CN.15/2005/5']);
  });
});
