// Anaphora restricted by a footnote, short forms resolved by the document's subject, plural heads
// distributed over lists, and the genre's ways of writing resolution and document symbols. Every
// expectation is derived from the words of the sentence and its footnote, never from positions.
import { describe, expect, it } from 'vitest';
import type { Catalogue, InstrumentEntry } from '../../../seed/catalogue/schema.ts';
import { extractText } from '../../../seed/extract.ts';
import { tinyCatalogue } from './tiny-catalogue.ts';

const sources = ['test'];
/** The tiny catalogue plus a third protocol adopted by another resolution, and three treaties. */
function catalogue(): Catalogue {
  const tiny = tinyCatalogue();
  const extra: InstrumentEntry[] = [
    {
      id: 'toc-protocol-c',
      kind: 'protocol',
      title: 'Protocol on Gamma',
      aliases: [],
      adoptedBy: { resolution: 'A/RES/10/2' },
      supplements: 'toc',
      groups: [],
      sources,
    },
    {
      id: 'alpha-treaty',
      kind: 'treaty',
      title: 'Treaty on the Lighthouses of the North',
      shortTitle: 'Treaty of Alphaville',
      aliases: ['Treaty of Alphaville'],
      groups: [],
      sources,
    },
    {
      id: 'beta-treaty',
      kind: 'treaty',
      title: 'Treaty on the Lighthouses of the South',
      shortTitle: 'Treaty of Betatown',
      aliases: ['Treaty of Betatown'],
      groups: [],
      sources,
    },
    { id: 'gamma-treaty', kind: 'treaty', title: 'Gamma Lighthouse Treaty', aliases: [], groups: [], sources },
  ];
  return { ...tiny, instruments: [...tiny.instruments, ...extra] };
}
const cat = catalogue();

/** A resolution with a title, optional preamble clauses, one operative paragraph and footnotes. */
function extract(op: string, notes: string[] = [], opts: { title?: string; preamble?: string[] } = {}) {
  const doc = [
    ...(opts.title ? [`10/5. ${opts.title}`, ''] : []),
    'The General Assembly,',
    '',
    ...(opts.preamble ?? []).flatMap((p) => [p, '']),
    `1. ${op}`,
    ...(notes.length ? ['__________________', ...notes] : []),
    '',
  ].join('\n');
  const result = extractText(doc, { catalogue: cat });
  for (const p of result.paragraphs) for (const c of p.citations) expect(p.text.slice(c.start, c.end)).toBe(c.surface);
  return result;
}
const citesOf = (doc: ReturnType<typeof extract>, id = 'op-1') =>
  doc.paragraphs
    .find((p) => p.id === id)!
    .citations.filter((c) => c.via === 'text')
    .map((c) => `${c.target.id} "${c.surface}"`);

/** Roman numeral, read independently of the extractor. */
const roman = (r: string): number => ({ I: 1, II: 2, III: 3, IV: 4, V: 5 })[r] ?? 0;
/** What a footnote "resolution <symbol>, annexes <from>-<to>" names: the protocols in those annexes. */
function protocolsAnnexedTo(symbol: string, from: string, to: string): string[] {
  return cat.instruments
    .filter((i) => i.kind === 'protocol' && i.adoptedBy?.resolution === symbol && i.adoptedBy.annex !== undefined)
    .filter((i) => roman(i.adoptedBy!.annex!) >= roman(from) && roman(i.adoptedBy!.annex!) <= roman(to))
    .map((i) => i.id);
}
const supplementing = (id: string) =>
  cat.instruments.filter((i) => i.supplements === id && i.kind === 'protocol').map((i) => i.id);

describe('a footnote on a plural anaphor restricts it to the instruments annexed to the resolution it names', () => {
  const footnote = '2 General Assembly resolution 10/1, annexes I-III.';
  const annexed = protocolsAnnexedTo('A/RES/10/1', 'I', 'III');

  it('the annexed protocols only, and a later anaphor of the paragraph follows the same resolution', () => {
    const doc = extract(
      'Welcomes the entry into force of the Convention against Organized Crime and two of its Protocols.2 Urges States to ratify that Convention and its Protocols;',
      [footnote],
    );
    expect(annexed).toEqual(['toc-protocol-a', 'toc-protocol-b']);
    expect(citesOf(doc)).toEqual([
      'toc "Convention against Organized Crime"',
      ...annexed.map((id) => `${id} "its Protocols"`),
      'toc "that Convention"',
      ...annexed.map((id) => `${id} "its Protocols"`),
    ]);
  });

  it('without such a footnote, every protocol supplementing the convention', () => {
    const doc = extract('Welcomes the Convention against Organized Crime and the Protocols thereto;');
    expect(citesOf(doc)).toEqual([
      'toc "Convention against Organized Crime"',
      ...supplementing('toc').map((id) => `${id} "the Protocols thereto"`),
    ]);
    expect(supplementing('toc')).toHaveLength(3);
  });

  it('a footnote naming a resolution without catalogued annexes restricts nothing', () => {
    const doc = extract('Welcomes the Convention against Organized Crime and its Protocols.2', [
      '2 General Assembly resolution 99/9, annexes I-III.',
    ]);
    expect(citesOf(doc)).toEqual([
      'toc "Convention against Organized Crime"',
      ...supplementing('toc').map((id) => `${id} "its Protocols"`),
    ]);
  });
});

describe('a bare short form resolves only when certain', () => {
  const cases: [string, { title?: string; preamble?: string[] }, string, string[]][] = [
    [
      'the title names one treaty',
      {
        title: 'Gamma Lighthouse Treaty',
        preamble: ['Recalling the Treaty of Alphaville and the Treaty of Betatown,'],
      },
      'Thanks the signatories to the Treaty;',
      ['gamma-treaty "the Treaty"'],
    ],
    [
      'one treaty cited so far',
      { preamble: ['Recalling the Treaty of Alphaville,'] },
      'Thanks the signatories to the Treaty;',
      ['alpha-treaty "the Treaty"'],
    ],
    [
      'two treaties cited, no subject: dropped',
      { preamble: ['Recalling the Treaty of Alphaville and the Treaty of Betatown,'] },
      'Thanks the signatories to the Treaty;',
      [],
    ],
    [
      'the nearest in the paragraph first',
      { title: 'Gamma Lighthouse Treaty' },
      'Urges parties to the Treaty of Betatown to act pursuant to the Treaty;',
      ['beta-treaty "Treaty of Betatown"', 'beta-treaty "the Treaty"'],
    ],
    [
      'a place after the head is not a title',
      { preamble: ['Recalling the Treaty of Alphaville,'] },
      'Welcomes the meeting of the Parties to the Treaty in New York;',
      ['alpha-treaty "the Treaty"'],
    ],
    [
      'a protocol named under a short form of its treaty',
      { title: 'Gamma Lighthouse Treaty' },
      'Calls upon the States in Protocol III to the Treaty to act;',
      [
        'uncatalogued:protocol-iii-to-the-gamma-lighthouse-treaty "Protocol III to the Treaty"',
        'gamma-treaty "Protocol III to the Treaty"',
      ],
    ],
  ];
  it.each(cases)('%s', (_name, opts, op, expected) => expect(citesOf(extract(op, [], opts))).toEqual(expected));
});

describe('a plural head distributed over a list', () => {
  const cases: [string, string, string[]][] = [
    [
      'names after "treaties of"',
      'Recalls the treaties of Alphaville, Betatown and Omegaport;',
      [
        'alpha-treaty "treaties of Alphaville"',
        'beta-treaty "Betatown"',
        'uncatalogued:treaty-of-omegaport "Omegaport"',
      ],
    ],
    [
      'numerals after "Protocols", with the treaty they complete',
      'Urges States Parties to Additional Protocols I and II to the Treaty of Alphaville to act;',
      [
        'uncatalogued:additional-protocol-i-to-the-treaty-of-alphaville "Additional Protocols I and II to the Treaty of Alphaville"',
        'uncatalogued:additional-protocol-ii-to-the-treaty-of-alphaville "Additional Protocols I and II to the Treaty of Alphaville"',
        'alpha-treaty "Treaty of Alphaville"',
      ],
    ],
    [
      'three numerals',
      'Recalls Protocols I, II and III to the Treaty of Betatown;',
      [
        'uncatalogued:protocol-i-to-the-treaty-of-betatown "Protocols I, II and III to the Treaty of Betatown"',
        'uncatalogued:protocol-ii-to-the-treaty-of-betatown "Protocols I, II and III to the Treaty of Betatown"',
        'uncatalogued:protocol-iii-to-the-treaty-of-betatown "Protocols I, II and III to the Treaty of Betatown"',
        'beta-treaty "Treaty of Betatown"',
      ],
    ],
    ['a lone plural is no list', 'Recalls the treaties of the region;', []],
  ];
  it.each(cases)('%s', (_name, op, expected) => expect(citesOf(extract(op))).toEqual(expected));
});

describe('symbols as the genre writes them (issue 9)', () => {
  const cases: [string, string, string[]][] = [
    [
      'a resolution with its date, then "all its previous relevant resolutions"',
      'Recalls its resolution 79/6 of 29 October 2024 and all its previous relevant resolutions;',
      ['A/RES/79/6@2024-10-29'],
    ],
    ['a list of three', 'Recalls its resolutions 74/1, 75/2 and 76/3;', ['A/RES/74/1', 'A/RES/75/2', 'A/RES/76/3']],
    ['Security Council', 'Recalls Security Council resolution 1540 (2004);', ['S/RES/1540 (2004)']],
    ['Economic and Social Council', 'Recalls Economic and Social Council resolution 2004/27;', ['E/RES/2004/27']],
    ['Human Rights Council', 'Recalls Human Rights Council resolution 57/2;', ['A/HRC/RES/57/2']],
    [
      'a lettered resolution and a roman session',
      'Recalls its resolutions 49/75 E of 15 December 1994 and 2286 (XXII);',
      ['A/RES/49/75 E@1994-12-15', 'A/RES/2286 (XXII)'],
    ],
    [
      'documents kept whole, parts and corrigenda included',
      'Recalls NPT/CONF.2000/28 (Parts I and II), NPT/CONF.2010/50 (Vol. I) and NPT/CONF.2015/50 (Part I)/Corr.2;',
      ['NPT/CONF.2000/28 (Parts I and II)', 'NPT/CONF.2010/50 (Vol. I)', 'NPT/CONF.2015/50 (Part I)/Corr.2'],
    ],
  ];
  it.each(cases)('%s', (_name, op, expected) => {
    const doc = extract(op);
    expect(
      doc.paragraphs
        .find((p) => p.id === 'op-1')!
        .citations.map((c) => `${c.target.id}${c.target.date ? `@${c.target.date}` : ''}`),
    ).toEqual(expected);
  });

  it('footnotes that restart on each page without a rule line (1.1.0 text)', () => {
    const doc = extractText(
      [
        'The General Assembly,',
        '',
        'Recalling the Convention on Alpha,1 and resolution 10/1,',
        '',
        '1 United Nations, Treaty Series, vol. 10, No. 100.',
        '',
        'Recalling also the Convention on Beta,1',
        '',
        '1 United Nations, Treaty Series, vol. 20, No. 200.',
        '',
        '1. Decides to remain seized of the matter.',
      ].join('\n'),
      { catalogue: cat },
    );
    expect(doc.footnotes.map((f) => [f.marker, f.paragraph])).toEqual([
      ['1', 'preamble-1'],
      ['1', 'preamble-2'],
    ]);
    const units = doc.paragraphs.flatMap((p) =>
      p.citations.filter((c) => c.via === 'footnote').map((c) => `${p.id} ${c.target.unts?.volume}`),
    );
    expect(units).toEqual(['preamble-1 10', 'preamble-2 20']);
  });
});
