// Titles by their grammar: a head noun, the capitalised words before it and its title-case
// continuation after it. A table of sentences and the titles a reader finds in them, then
// properties over generated sentences: a title never ends on a function word and never crosses
// a sentence end.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTitles } from '../../../seed/stages/find-titles.ts';

const titlesIn = (text: string): string[] => findTitles(text, []).map((t) => t.surface);

describe('titles end where their grammar ends', () => {
  const cases: [string, string, string[]][] = [
    [
      'lower-case words and commas inside a title',
      'Recalling the Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, supplementing the Convention,',
      [
        'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition',
      ],
    ],
    [
      'an enumeration and "and on" inside a title',
      'Recalling the Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction,',
      [
        'Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction',
      ],
    ],
    [
      'never the words after it',
      'Noting the jurisdiction conferred by the Rome Statute and by the Security Council,',
      ['Rome Statute'],
    ],
    [
      'a comma before a new phrase ends it',
      'Recalling the Convention on Island Safety, General Assembly resolution 10/1,',
      ['Convention on Island Safety'],
    ],
    [
      'a sentence end ends it',
      'States ratified the Treaty on Lighthouses. Member States welcomed it.',
      ['Treaty on Lighthouses'],
    ],
    [
      'a body named after an instrument is not a longer title',
      'Welcoming the work of the Non-Proliferation Treaty Review Conference,',
      ['Non-Proliferation Treaty'],
    ],
    [
      'a short name in brackets closes the title',
      'Recalling the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba) in Cairo,',
      ['African Nuclear-Weapon-Free Zone Treaty'],
    ],
    [
      'a numbered title',
      'Recalling Agenda 21 and the African Union Agenda 2063,',
      ['Agenda 21', 'African Union Agenda 2063'],
    ],
    [
      'a title with a place',
      'Welcoming the Treaty on a Nuclear-Weapon-Free Zone in Central Asia,',
      ['Treaty on a Nuclear-Weapon-Free Zone in Central Asia'],
    ],
    [
      'an outcome document',
      'Recalling the Final Document of the 2010 Review Conference of the Parties,',
      ['Final Document of the 2010 Review Conference of the Parties'],
    ],
    [
      'an amendment',
      'Welcoming the entry into force of the Doha Amendment to the Kyoto Protocol,',
      ['Doha Amendment to the Kyoto Protocol'],
    ],
    [
      'a programme of action',
      'Recalling the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects,',
      [
        'Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects',
      ],
    ],
    [
      'an organization before a title is its author',
      'Reaffirming the World Health Organization End TB Strategy and the World Trade Organization Doha Declaration on Public Health,',
      ['End TB Strategy', 'Doha Declaration on Public Health'],
    ],
    [
      'a quoted title ends at its closing quote',
      'Noting resolution 69.2, entitled “Committing to the Global Strategy for Women’s, Children’s and Adolescents’ Health”, and the Committee,',
      ['Global Strategy for Women’s, Children’s and Adolescents’ Health'],
    ],
    [
      'persons with disabilities',
      'Recalling the Convention on the Rights of Persons with Disabilities and the work of the Committee,',
      ['Convention on the Rights of Persons with Disabilities'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(titlesIn(text)).toEqual(expected));
});

describe('title boundaries, on generated sentences', () => {
  const capitalised = fc.constantFrom(
    'United',
    'Nations',
    'Island',
    'Safety',
    'Lighthouses',
    'Marine',
    'Pollution',
    'Their',
    'Parts',
    'Rights',
    'Women',
    'Central',
    'Asia',
  );
  const functionWord = fc.constantFrom(
    'of',
    'on',
    'for',
    'against',
    'to',
    'and',
    'or',
    'the',
    'in',
    'by',
    'with',
    'from',
    'at',
    'between',
  );
  const other = fc.constantFrom(
    'adopted',
    'welcomes',
    'States',
    'it',
    'which',
    'were',
    'its',
    'entry',
    'into',
    'force',
    '2010',
    '1982',
    'No.',
    ',',
    '(ATT)',
  );
  const head = fc.constantFrom(
    'Convention',
    'Protocol',
    'Treaty',
    'Statute',
    'Agreement',
    'Declaration',
    'Programme of Action',
    'Final Document',
    'Amendment',
    'Guidelines',
  );
  const word = fc.oneof(capitalised, functionWord, other, head);
  const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((ws) => ws.join(' ').replace(/ ,/g, ','));
  const text = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => `${ss.join('. ')}.`);
  const lowerFunction = /\b(?:of|on|for|against|to|and|or|the|in|by|with|from|at|between|a)$/;

  it('never ends a title on a lower-case function word', () => {
    fc.assert(
      fc.property(text, (t) => findTitles(t, []).every((found) => !lowerFunction.test(found.surface))),
      { numRuns: 2000 },
    );
  });

  it('never crosses a sentence end', () => {
    fc.assert(
      fc.property(text, (t) => findTitles(t, []).every((found) => !/[.;:]\s/.test(found.surface))),
      { numRuns: 2000 },
    );
  });

  it('never ends on a comma or starts or ends with a space, and holds its head noun', () => {
    fc.assert(
      fc.property(text, (t) =>
        findTitles(t, []).every(
          (found) =>
            found.surface === found.surface.trim() &&
            !/,$/.test(found.surface) &&
            t.slice(found.start, found.end) === found.surface &&
            /Convention|Protocol|Treaty|Statute|Agreement|Declaration|Programme of Action|Document|Amendment|Guidelines/.test(
              found.surface,
            ),
        ),
      ),
      { numRuns: 2000 },
    );
  });
});
