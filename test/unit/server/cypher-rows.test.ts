import { describe, expect, it } from 'vitest';
import {
  kindOf,
  labelText,
  parseRelationshipId,
  relationshipId,
  type NodeRecord,
} from '../../../server/cypher-rows.ts';

const node = (label: string, props: Record<string, unknown>): NodeRecord =>
  ({ id: String(props.id ?? 'x'), labels: [label, 'InstrumentGraph'], ...props }) as NodeRecord;

describe('node labels', () => {
  it.each([
    [node('Paragraph', { section: 'operative', number: 12, localId: 'op-12' }), '¶ 12'],
    [node('Paragraph', { section: 'preamble', number: 7, localId: 'preamble-7' }), 'Preamble 7'],
    [node('Paragraph', { section: 'note', number: 2, localId: 'note-2' }), 'Note 2'],
    [node('Paragraph', { section: 'annex-operative', number: 7, localId: 'annex-op-7' }), 'Annex ¶ 7'],
    [node('Paragraph', { section: 'annex-preamble', number: 3, localId: 'annex-preamble-3' }), 'Annex preamble 3'],
    [node('Paragraph', { section: 'title', number: null, localId: 'title-2' }), 'Title 2'],
    [node('Footnote', { marker: '5' }), 'Footnote 5'],
    [node('Instrument', { acronym: 'UNCAC', shortTitle: 'x', title: 'y' }), 'UNCAC'],
    [
      node('Instrument', { shortTitle: 'Trafficking in Persons Protocol', title: 'Protocol to ...' }),
      'Trafficking in Persons Protocol',
    ],
    [node('Instrument', { title: 'Only a title' }), 'Only a title'],
    [node('Resolution', { symbol: 'A/RES/55/25' }), 'A/RES/55/25'],
    [node('Document', { symbol: 'E/CN.15/2005/5' }), 'E/CN.15/2005/5'],
    [node('Body', { acronym: 'UNODC', name: 'United Nations Office on Drugs and Crime' }), 'UNODC'],
    [node('Body', { name: 'Security Council' }), 'Security Council'],
    [node('Theme', { name: 'Corruption' }), 'Corruption'],
    [node('Group', { title: 'International drug control conventions' }), 'International drug control conventions'],
  ])('%# %s', (record, label) => {
    expect(labelText(record)).toBe(label);
  });

  it('gives the kind of the model label, ignoring the ownership label', () => {
    expect(kindOf({ id: 'a', labels: ['InstrumentGraph', 'Resolution'] })).toBe('resolution');
    expect(() => kindOf({ id: 'a', labels: ['InstrumentGraph'] })).toThrow(/none of the model's labels/);
  });

  it('names a citation by its ends, offsets and route', () => {
    expect(relationshipId('CITES', 'D#op-4', 'uncac', { start: 3, end: 9, via: 'footnote' })).toBe(
      'CITES:D#op-4->uncac@3-9/footnote',
    );
    expect(relationshipId('NEXT', 'D#op-4', 'D#op-5', {})).toBe('NEXT:D#op-4->D#op-5');
  });

  it('reads the parts of a citation or mention id back, symbols with slashes included', () => {
    const cited = relationshipId('CITES', 'A/RES/80/1#op-4', 'A/RES/55/25', { start: 3, end: 19, via: 'text' });
    expect(parseRelationshipId('CITES', cited)).toEqual({
      type: 'CITES',
      paragraph: 'A/RES/80/1#op-4',
      target: 'A/RES/55/25',
      start: 3,
      end: 19,
      via: 'text',
    });
    const named = relationshipId('MENTIONS', 'D#op-21', 'security-council', { start: 0, end: 16 });
    expect(parseRelationshipId('MENTIONS', named)).toEqual({
      type: 'MENTIONS',
      paragraph: 'D#op-21',
      target: 'security-council',
      start: 0,
      end: 16,
      via: null,
    });
    expect(parseRelationshipId('MENTIONS', cited)).toBeNull();
    expect(parseRelationshipId('CITES', 'CITES:D#op-4->uncac')).toBeNull();
  });
});
