// A document that prints no date takes the best date its own sentences give, marked as inferred;
// sentences about other texts and meetings, and meetings still to come, give none.
import { describe, expect, it } from 'vitest';
import { documentInfo, inferDate } from '../../../seed/stages/document-info.ts';

describe('inferDate', () => {
  const dated: [string, string[], string][] = [
    [
      'a congress held from one day to another',
      [
        'The Eleventh United Nations Congress on Crime Prevention and Criminal Justice was held in Bangkok from 18 to 25 April 2005.',
      ],
      '2005-04-25',
    ],
    ['a meeting across two months', ['The Conference was held at Geneva from 30 March to 2 April 2009.'], '2009-04-02'],
    [
      'a meeting across the new year',
      ['The Forum took place in Nairobi from 28 December 2014 to 3 January 2015.'],
      '2015-01-03',
    ],
    [
      'a meeting on one day',
      ['The high-level meeting was held at United Nations Headquarters on 21 September 2016.'],
      '2016-09-21',
    ],
    ['a meeting on two days', ['The special session was convened in Vienna on 24 and 25 June 2019.'], '2019-06-25'],
    ['a dash between the days', ['The Summit was held in Doha from 12–19 April 2015.'], '2015-04-19'],
    [
      "a declaration's collective opening",
      [
        'We, the Heads of State and Government, gathered in Rio de Janeiro from 20 to 22 June 2012, with the full participation of civil society,',
      ],
      '2012-06-22',
    ],
    [
      "a declaration's preamble",
      [
        'We, the States Members of the United Nations,',
        'Having assembled at the Twelfth United Nations Congress in Salvador, Brazil, from 12 to 19 April 2010 to decide to take action,',
      ],
      '2010-04-19',
    ],
    [
      'a session of the body that speaks',
      [
        'The Commission on Narcotic Drugs, at its sixty-second session, held in Vienna from 14 to 22 March 2019, adopted the following declaration.',
      ],
      '2019-03-22',
    ],
    ['an adoption line', ['Adopted at the 8th plenary meeting, on 25 April 2005.'], '2005-04-25'],
    [
      'the text itself adopted',
      ['The present Declaration was adopted by acclamation on 27 March 2015, at the closing meeting.'],
      '2015-03-27',
    ],
  ];
  it.each(dated)('dates %s', (_, paragraphs, date) => {
    expect(inferDate(paragraphs)?.date).toBe(date);
  });

  const undated: [string, string[]][] = [
    [
      "a cited resolution's date",
      [
        'In its resolution 59/151 of 20 December 2004, the General Assembly requested the Commission to give priority to the matter.',
      ],
    ],
    ['a recalled meeting', ['Recalling that the Tenth Congress was held in Vienna from 10 to 17 April 2000,']],
    [
      'a recalled conference held on a date',
      [
        'Recalling the World Summit on Sustainable Development, held in Johannesburg from 26 August to 4 September 2002,',
      ],
    ],
    [
      'an operative paragraph about another meeting',
      ['Notes that the Forum was held in Istanbul from 2 to 5 June 2014;'],
    ],
    ['a meeting still to come', ['The Thirteenth Congress is to be held in Doha from 12 to 19 April 2015.']],
    ['a meeting that will take place', ['The next session will take place in Vienna from 14 to 18 May 2018.']],
    [
      "an instrument's adoption and entry into force",
      ['The Convention, adopted by the General Assembly on 15 November 2000, entered into force on 29 September 2003.'],
    ],
    ['a meeting without a year', ['The Congress was held in Bangkok from 18 to 25 April.']],
    ['no sentence about a meeting', ['Greatly concerned by the expansion of transnational organized crime,']],
  ];
  it.each(undated)('gives no date for %s', (_, paragraphs) => {
    expect(inferDate(paragraphs)).toBeUndefined();
  });

  it("prefers the text's own adoption to the meeting that made it, and says which words it read", () => {
    const found = inferDate([
      'The Congress was held in Kyoto from 7 to 12 March 2021.',
      'Adopted at the 6th plenary meeting, on 8 March 2021.',
    ]);
    expect(found).toEqual({ date: '2021-03-08', evidence: 'Adopted at the 6th plenary meeting, on 8 March 2021' });
  });

  it('takes the first meeting of the document over a later one it mentions in passing', () => {
    expect(
      inferDate([
        'The Congress was held in Kyoto from 7 to 12 March 2021.',
        'A preparatory meeting was held in Bangkok on 3 January 2021.',
      ])?.date,
    ).toBe('2021-03-12');
  });
});

describe('documentInfo', () => {
  const base = {
    front: [],
    furniture: [{ kind: 'symbol' as const, text: 'E/CN.15/2005/5', line: 1 }],
    firstTitle: 'Bangkok Declaration',
    hasNote: false,
  };

  it('marks a date read from the text as inferred, with its words', () => {
    const info = documentInfo({ ...base, paragraphs: ['The Congress was held in Bangkok from 18 to 25 April 2005.'] });
    expect(info).toMatchObject({
      date: '2005-04-25',
      dateInferred: true,
      dateEvidence: 'was held in Bangkok from 18 to 25 April 2005',
    });
  });

  it('keeps a printed date, not marked as inferred', () => {
    const info = documentInfo({
      ...base,
      front: ['2 May 2005'],
      paragraphs: ['The Congress was held in Bangkok from 18 to 25 April 2005.'],
    });
    expect(info.date).toBe('2005-05-02');
    expect(info.dateInferred).toBeUndefined();
  });
});
