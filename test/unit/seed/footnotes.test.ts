// Markers: glued to words, punctuation, brackets or years, or set off by a space, and taken only
// when the footnote exists on the page; numbers in symbols, dates and counts stay in the text.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../seed/stages/clean.ts';
import { placeMarkers } from '../../../seed/stages/footnotes.ts';
import { segment } from '../../../seed/stages/segment.ts';

/** One operative paragraph followed by a footnote block holding `notes`. */
function mark(sentence: string, notes: string[]) {
  const doc = `The General Assembly,\n\n1. ${sentence}\n__________________\n${notes.join('\n')}\n`;
  const segmented = segment(cleanText(doc));
  const warnings: string[] = [];
  const { paragraphs, holders } = placeMarkers(segmented.paragraphs, segmented.blocks, warnings);
  const op = paragraphs.find((p) => p.id === 'op-1')!;
  return {
    text: op.text,
    markers: op.markers.map((m) => [m.footnote.marker, op.text.slice(0, m.offset).split(' ').at(-1)]),
    holders,
    warnings,
  };
}

describe('placeMarkers', () => {
  const cases: [string, string, string[], string, [string, string | undefined][]][] = [
    [
      'glued to a word',
      'the Convention against Corruption3 and more;',
      ['3 Resolution 58/4, annex.'],
      'the Convention against Corruption and more;',
      [['3', 'Corruption']],
    ],
    [
      'after a full stop',
      'the Prevention of Crime.4',
      ['4 Resolution 2002/13, annex.'],
      'the Prevention of Crime.',
      [['4', 'Crime.']],
    ],
    [
      'after a comma',
      'the Eleventh Congress,1 we decide;',
      ['1 A/CONF.203/1.'],
      'the Eleventh Congress, we decide;',
      [['1', 'Congress,']],
    ],
    [
      'after a bracket',
      'the Treaty (Treaty of Tlatelolco)1 was opened;',
      ['1 Treaty Series.'],
      'the Treaty (Treaty of Tlatelolco) was opened;',
      [['1', 'Tlatelolco)']],
    ],
    [
      'spaced after a comma',
      'the treaties of Rarotonga, 3 Bangkok4 and others;',
      ['3 Yearbook.', '4 Series.'],
      'the treaties of Rarotonga, Bangkok and others;',
      [
        ['3', 'Rarotonga,'],
        ['4', 'Bangkok'],
      ],
    ],
    [
      'glued to a year',
      'the Convention of 19721 and the other;',
      ['1 Series.'],
      'the Convention of 1972 and the other;',
      [['1', '1972']],
    ],
    [
      'a symbol keeps its numbers',
      'resolution 59/151 of 20 December 2004;',
      ['1 Note.'],
      'resolution 59/151 of 20 December 2004;',
      [],
    ],
    [
      'dates and counts are not markers',
      'held from 18 to 25 April 2005, the 13 steps;',
      ['13 Note.', '18 Note.'],
      'held from 18 to 25 April 2005, the 13 steps;',
      [],
    ],
    ['a number without its footnote stays', 'Goal 5 and principle 7;', ['1 Note.'], 'Goal 5 and principle 7;', []],
    [
      'a document addendum is not a marker',
      'A/CONF.203/RPM.3/1 and Corr.1 apply;',
      ['1 Note.'],
      'A/CONF.203/RPM.3/1 and Corr.1 apply;',
      [],
    ],
    [
      'a star glued to a title',
      'the Programme of Action* is adopted;',
      ['* A/CONF.1/1.'],
      'the Programme of Action is adopted;',
      [['*', 'Action']],
    ],
    [
      'four glued digits are not a marker',
      'the Convention1234 applies;',
      ['1 Note.', '12 Note.', '123 Note.'],
      'the Convention1234 applies;',
      [],
    ],
    [
      'after closing quotes, spaced or glued',
      'the “Pact”, 2 and the Code’12 apply;',
      ['2 Note.', '12 Note.'],
      'the “Pact”, and the Code’ apply;',
      [
        ['2', '“Pact”,'],
        ['12', 'Code’'],
      ],
    ],
    [
      'a number opening the paragraph is not a marker',
      '12 of the Congress;1',
      ['1 Note.', '12 Note.'],
      '12 of the Congress;',
      [['1', 'Congress;']],
    ],
  ];
  it.each(cases)('%s', (_name, sentence, notes, text, markers) => {
    const result = mark(sentence, notes);
    expect(result.text).toBe(text);
    expect(result.markers).toEqual(markers);
  });

  it('ties each footnote to the paragraph that holds its marker, per page when numbers restart', () => {
    const doc = [
      'The General Assembly,',
      '',
      '1. First the Convention on Alpha1 applies;',
      '__________________',
      '1 Series one.',
      '2/3',
      '',
      '2. Then the Convention on Beta1 applies.',
      '__________________',
      '1 Series two.',
    ].join('\n');
    const segmented = segment(cleanText(doc));
    const { paragraphs } = placeMarkers(segmented.paragraphs, segmented.blocks, []);
    expect(paragraphs.map((p) => p.markers.map((m) => m.footnote.text))).toEqual([['Series one.'], ['Series two.']]);
  });

  it('ties a * note whose mark was lost to the title, with a warning', () => {
    const doc = 'Ocean Affairs\n\nNote by the Secretariat\n\n1. The note text.\n__________________\n* E/1999/1.\n';
    const segmented = segment(cleanText(doc));
    const warnings: string[] = [];
    const { holders } = placeMarkers(segmented.paragraphs, segmented.blocks, warnings);
    expect([...holders.values()]).toEqual(['title-1']);
    expect(warnings[0]).toMatch(/^line 7: footnote \*/);
  });
});
