// Titles, anaphora, groups, bodies and footnote sources resolved against a small catalogue built
// here, plus the uncatalogued fallback. Expected targets come from the words of each sentence.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../seed/extract.ts';
import { kindFromWords } from '../../../seed/stages/find-references.ts';
import { themeMatcher } from '../../../seed/stages/themes.ts';
import { tinyCatalogue } from './tiny-catalogue.ts';

/** A one-paragraph resolution, with optional footnotes. */
function cites(sentence: string, notes: string[] = []) {
  const doc = `The General Assembly,\n\n1. ${sentence}\n${notes.length ? `__________________\n${notes.join('\n')}\n` : ''}`;
  const op = extractText(doc, { catalogue: tinyCatalogue() }).paragraphs.find((p) => p.id === 'op-1')!;
  for (const c of [...op.citations, ...op.mentions]) expect(op.text.slice(c.start, c.end)).toBe(c.surface);
  return op;
}
const summary = (op: ReturnType<typeof cites>) =>
  op.citations.map((c) => `${c.target.id}${c.via === 'footnote' ? ` (fn ${c.footnote})` : ''} "${c.surface}"`);

describe('instruments by title, acronym, variant and anaphora', () => {
  const cases: [string, string, string[]][] = [
    ['full title', 'Welcomes the Convention against Organized Crime;', ['toc "Convention against Organized Crime"']],
    ['acronym', 'Welcomes the CAOC;', ['toc "CAOC"']],
    [
      'a variant without an article',
      'Recalls the Convention on Protection of Heritage of Small Islands;',
      ['heritage "Convention on Protection of Heritage of Small Islands"'],
    ],
    [
      'that Convention, its Protocols',
      'Welcomes the Convention against Organized Crime and urges States to ratify that Convention and its Protocols;',
      [
        'toc "Convention against Organized Crime"',
        'toc "that Convention"',
        'toc-protocol-a "its Protocols"',
        'toc-protocol-b "its Protocols"',
      ],
    ],
    [
      'the Protocols thereto',
      'Welcomes the Convention against Organized Crime and the Protocols thereto;',
      [
        'toc "Convention against Organized Crime"',
        'toc-protocol-a "the Protocols thereto"',
        'toc-protocol-b "the Protocols thereto"',
      ],
    ],
    ['an anaphor without antecedent is dropped', 'Urges States to ratify that Convention;', []],
    [
      'an uncatalogued title',
      'Welcomes the Treaty on the Safety of Lighthouses;',
      ['uncatalogued:treaty-on-the-safety-of-lighthouses "Treaty on the Safety of Lighthouses"'],
    ],
    [
      'a group phrase is a group, not a treaty',
      'Urges States to join the international instruments on islands;',
      ['island-instruments "international instruments on islands"'],
    ],
    [
      'the Charter',
      'Acts in conformity with the Charter of the United Nations;',
      ['charter "Charter of the United Nations"'],
    ],
  ];
  it.each(cases)('%s', (_name, sentence, expected) => expect(summary(cites(sentence))).toEqual(expected));

  it('gives an uncatalogued instrument its kind from its words', () => {
    const op = cites('Welcomes the Declaration on Lighthouse Keepers;');
    expect(op.citations[0]!.target).toMatchObject({
      kind: 'instrument',
      subkind: 'declaration',
      uncatalogued: true,
      title: 'Declaration on Lighthouse Keepers',
    });
    expect(kindFromWords('Guidelines for the Prevention of Crime')).toBe('guidelines');
  });
});

describe('footnote sources', () => {
  it('maps a resolution footnote to the instruments in its annexes', () => {
    const op = cites('Welcomes the Convention against Organized Crime and its Protocols.1', [
      '1 General Assembly resolution 10/1, annexes I-III.',
    ]);
    const footnote = op.citations.find((c) => c.via === 'footnote')!;
    expect(footnote).toMatchObject({ surface: 'its Protocols', footnote: '1' });
    expect(footnote.target).toMatchObject({
      id: 'A/RES/10/1',
      kind: 'resolution',
      annex: 'I-III',
      annexInstruments: ['toc', 'toc-protocol-a', 'toc-protocol-b'],
    });
  });

  it('attaches a Treaty Series registration, and Ibid., to the instrument the marker follows', () => {
    const op = cites(
      'Recalls the Convention on the Protection of the Heritage of Small Islands1 and the Treaty on Lighthouses.2',
      ['1 United Nations, Treaty Series, vol. 100, No. 2000.', '2 Ibid., vol. 300, No. 4000.'],
    );
    expect(summary(op)).toEqual([
      'heritage "Convention on the Protection of the Heritage of Small Islands"',
      'heritage (fn 1) "Convention on the Protection of the Heritage of Small Islands"',
      'uncatalogued:treaty-on-lighthouses "Treaty on Lighthouses"',
      'uncatalogued:treaty-on-lighthouses (fn 2) "Treaty on Lighthouses"',
    ]);
    expect(op.citations[3]!.target.unts).toEqual({ volume: 300, number: 4000 });
  });

  it('reads documents, with their corrigenda, from a footnote on the word before the marker', () => {
    const op = cites('Takes note of the reports;1', ['1 A/9/1 and Corr.1.']);
    expect(summary(op)).toEqual(['A/9/1 (fn 1) "reports"', 'A/9/1/Corr.1 (fn 1) "reports"']);
  });
});

describe('bodies and short forms', () => {
  it('mentions a body by name, acronym and, after its name, its short form', () => {
    const op = cites(
      'Requests the Commission on Island Affairs and UNOFI to report, and asks the Commission and the Assembly to act;',
    );
    expect(op.mentions.map((m) => `${m.target.id} "${m.surface}"`)).toEqual([
      'commission "Commission on Island Affairs"',
      'office "UNOFI"',
      'commission "the Commission"',
    ]);
  });
});

describe('themes', () => {
  const match = themeMatcher(tinyCatalogue().themes);
  const cases: [string, string[]][] = [
    ['money laundering and islands', ['money-laundering', 'islands']],
    ['money-laundering', ['money-laundering']],
    ['islanders', []],
  ];
  it.each(cases)('%s', (text, expected) => expect(match(text)).toEqual(expected));
});
