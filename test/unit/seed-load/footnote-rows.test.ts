// Footnote rows without a database: markers that repeat or are symbols load under distinct ids,
// and a citation made through a footnote names its footnote's node.
import { describe, expect, it } from 'vitest';
import { documentBatch, InvalidRecordError } from '../../../seed/load/document-batch.ts';
import type { Citation } from '../../../seed/extracted-document.ts';
import { cite, instrument, paragraph, record } from '../../int/seed/fixtures.ts';

const P = 'Recalls the Convention against Corruption,* and the Protocol;* see also the Pact.a';
const viaFootnote = (surface: string, marker: string, footnoteId?: string): Citation => ({
  ...cite(P, surface, instrument('uncac'), marker),
  ...(footnoteId ? { footnoteId } : {}),
});
const footnotes = [
  { id: 'fn-*', marker: '*', text: 'First star.', paragraph: 'op-1' },
  { id: 'fn-*-2', marker: '*', text: 'Second star.', paragraph: 'op-1' },
  { id: 'fn-a', marker: 'a', text: 'A lettered note.', paragraph: 'op-1' },
  { id: 'fn-1', marker: '1', text: 'One.', paragraph: null },
  { id: 'fn-1-2', marker: '1', text: 'One again, in the annex.', paragraph: null },
];

describe('footnote rows', () => {
  it('keep every footnote under its own id, markers as printed, in reading order', () => {
    const batch = documentBatch(record('TEST/F', [paragraph('op-1', P)], footnotes), 'f.txt');
    expect(batch.footnotes.map((f) => [f.id, f.marker, f.order])).toEqual([
      ['TEST/F#fn-*', '*', 0],
      ['TEST/F#fn-*-2', '*', 1],
      ['TEST/F#fn-a', 'a', 2],
      ['TEST/F#fn-1', '1', 3],
      ['TEST/F#fn-1-2', '1', 4],
    ]);
  });

  it('give each citation through a footnote the id of that footnote', () => {
    const citations = [viaFootnote('Protocol', '*', 'fn-*-2'), viaFootnote('Pact', 'a')];
    const batch = documentBatch(record('TEST/F', [paragraph('op-1', P, citations)], footnotes), 'f.txt');
    // The repeated "*" by its id; the lone "a" by its marker, the only footnote that has it.
    expect(batch.cites.instrument.map((c) => [c.surface, c.footnote, c.footnoteId])).toEqual([
      ['Protocol', '*', 'TEST/F#fn-*-2'],
      ['Pact', 'a', 'TEST/F#fn-a'],
    ]);
  });

  it('refuse a record whose footnote ids repeat, or whose citation names a footnote it lacks', () => {
    const twice = [...footnotes, { id: 'fn-a', marker: 'a', text: 'Again.', paragraph: null }];
    expect(() => documentBatch(record('TEST/F', [paragraph('op-1', P)], twice), 'f.txt')).toThrow(
      new InvalidRecordError('f.txt: footnote id "fn-a" occurs twice'),
    );
    const dangling = [paragraph('op-1', P, [viaFootnote('Pact', 'b', 'fn-b')])];
    expect(() => documentBatch(record('TEST/F', dangling, footnotes), 'f.txt')).toThrow(
      /f\.txt: a citation in paragraph "op-1" names footnote "fn-b", which the record lacks/,
    );
  });
});
