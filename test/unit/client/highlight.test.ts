import { describe, expect, it } from 'vitest';
import { context, segmentText, type Span } from '../../../client/src/panels/highlight.ts';
import { citationMatrix, cellKey } from '../../../client/src/views/matrix-data.ts';
import { toElements } from '../../../client/src/canvas/elements.ts';
import { fixture, ids } from './fixture.ts';

const text = 'bearing in mind the Convention on Biological Diversity, we call';
const start = text.indexOf('Convention');
const end = text.indexOf(',');
const span = (over: Partial<Span>): Span => ({ start, end, target: 'cbd', kind: 'citation', key: 'c1', ...over });

describe('segmentText', () => {
  it('cuts the text at a citation and keeps every character', () => {
    const segs = segmentText(text, [span({})]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.find((s) => s.spans.length)?.text).toBe('Convention on Biological Diversity');
  });

  it('puts a footnote marker right after the words of a footnote citation', () => {
    const segs = segmentText(text, [span({}), span({ key: 'c2', footnote: '7' })]);
    const marked = segs.find((s) => s.spans.length)!;
    expect(marked.spans).toHaveLength(2);
    expect(marked.markers).toEqual(['7']);
    expect(marked.end).toBe(end);
  });

  it('splits overlapping citations into runs covered by one or both', () => {
    const inner = { start: text.indexOf('Biological'), end, target: 'x', kind: 'citation' as const, key: 'c3' };
    const segs = segmentText(text, [span({}), inner]);
    const covered = segs.filter((s) => s.spans.length);
    expect(covered.map((s) => [s.text, s.spans.length])).toEqual([
      ['Convention on ', 1],
      ['Biological Diversity', 2],
    ]);
    // The outer (longer) citation is listed first.
    expect(covered[1]!.spans[0]!.key).toBe('c1');
  });

  it('ignores spans outside the text', () => {
    expect(segmentText('short', [span({ start: 2, end: 99 })])).toEqual([
      { text: 'short', start: 0, end: 5, spans: [], markers: [] },
    ]);
  });
});

describe('context', () => {
  it('shows the words with text around them, cut at word boundaries', () => {
    const c = context(text, start, end, 12);
    expect(c.match).toBe('Convention on Biological Diversity');
    expect(c.before.startsWith('… ')).toBe(true);
    expect(c.before.endsWith('the ')).toBe(true);
    expect(c.after.startsWith(',')).toBe(true);
  });
});

describe('citationMatrix', () => {
  const els = toElements(fixture);
  const nodes = els
    .filter((e) => e.group === 'nodes')
    .map((e) => e.data as { id: string; kind: string; label: string; order?: number });
  const edges = els
    .filter((e) => e.group === 'edges')
    .map((e) => e.data as { id: string; source: string; target: string; type: string; via?: string });

  it('has a row per citing paragraph and a column per cited target', () => {
    const m = citationMatrix(nodes, edges);
    expect(m.rows.map((r) => r.id)).toEqual([ids.p('op-4'), ids.p('op-12'), ids.p('op-23')]);
    expect(m.cols[0]!.id).toBe('uncac'); // cited by two paragraphs, the most
    expect(m.cells.get(cellKey(ids.p('op-4'), 'A/RES/58/4'))?.viaFootnote).toBe(true);
    expect(m.cells.has(cellKey(ids.p('op-12'), 'uncac'))).toBe(false);
  });

  it('sorts rows by citations or by a column, and columns by name', () => {
    expect(citationMatrix(nodes, edges, { by: 'total' }).rows[0]!.id).toBe(ids.p('op-4')); // ties on 3 broken by order
    expect(
      citationMatrix(nodes, edges, { by: 'column', column: 'uncac' })
        .rows.slice(0, 2)
        .map((r) => r.id),
    ).toEqual([ids.p('op-4'), ids.p('op-23')]);
    expect(citationMatrix(nodes, edges, { by: 'order' }, 'label').cols.map((c) => c.label)).toEqual(
      [...citationMatrix(nodes, edges).cols.map((c) => c.label)].sort((a, b) => a.localeCompare(b)),
    );
  });
});

describe('citationMatrix cells', () => {
  it('marks a cell as footnote-only only when no citation in it is in the text', () => {
    const nodes = [
      { id: 'p', kind: 'paragraph', label: '¶ 1', order: 1 },
      { id: 'i', kind: 'instrument', label: 'I' },
    ];
    const both = citationMatrix(nodes, [
      { id: 'a', source: 'p', target: 'i', type: 'CITES', via: 'text' },
      { id: 'b', source: 'p', target: 'i', type: 'CITES', via: 'footnote' },
    ]);
    expect(both.cells.get(cellKey('p', 'i'))).toEqual({ edges: ['a', 'b'], viaFootnote: false });
    expect(both.rows[0]!.total).toBe(1);
    const only = citationMatrix(nodes, [{ id: 'b', source: 'p', target: 'i', type: 'CITES', via: 'footnote' }]);
    expect(only.cells.get(cellKey('p', 'i'))?.viaFootnote).toBe(true);
  });
});
