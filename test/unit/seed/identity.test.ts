// One instrument, one target, within a document: each rule of identity as a table of texts and
// the targets a reader expects. Against a small catalogue built here; titles it lacks become
// uncatalogued targets named by their words.
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../seed/catalogue/schema.ts';
import { extractText } from '../../../seed/extract.ts';
import { lookupTitle } from '../../../seed/stages/support/targets.ts';
import { tinyCatalogue } from './tiny-catalogue.ts';

/** A catalogue with two conventions against two crimes and a protocol with an amendment to name. */
function catalogue(): Catalogue {
  const c = tinyCatalogue();
  const sources = ['test'];
  c.instruments.push(
    {
      id: 'uncac',
      kind: 'convention',
      title: 'United Nations Convention against Corruption',
      acronym: 'UNCAC',
      aliases: [],
      groups: [],
      sources,
    },
    {
      id: 'kyoto',
      kind: 'protocol',
      title: 'Kyoto Protocol to the Framework Convention on Island Climate',
      shortTitle: 'Kyoto Protocol',
      aliases: [],
      groups: [],
      sources,
    },
  );
  return c;
}

/** Every citation of the document, paragraph by paragraph: "paragraph target | surface". */
function cites(paragraphs: string[], notes: string[] = []): string[] {
  const body = paragraphs.map((p, i) => `${i + 1}. ${p}`).join('\n\n');
  const doc = `The General Assembly,\n\n${body}\n${notes.length ? `__________________\n${notes.join('\n')}\n` : ''}`;
  const record = extractText(doc, { catalogue: catalogue() });
  return record.paragraphs.flatMap((p) =>
    p.citations.map((c) => `${p.id} ${c.target.id}${c.via === 'footnote' ? ' (fn)' : ''} | ${c.surface}`),
  );
}

describe('catalogue matches cover the whole name', () => {
  it('a newer convention against another crime is not the older one', () => {
    expect(cites(['Welcomes the adoption of the United Nations Convention against Cybercrime;'])).toEqual([
      'op-1 uncatalogued:united-nations-convention-against-cybercrime | United Nations Convention against Cybercrime',
    ]);
  });

  it('a longer name that starts like a catalogued one is another instrument', () => {
    expect(cites(['Recalls the Convention against Organized Crime of the Southern Islands;'])).toEqual([
      'op-1 uncatalogued:convention-against-organized-crime-of-the-southern-islands | Convention against Organized Crime of the Southern Islands',
    ]);
  });

  it('a variant in function words only is the catalogued instrument', () => {
    const c = catalogue();
    expect(lookupTitle(c, 'Convention on Protection of Heritage of Small Islands')?.id).toBe('heritage');
    expect(lookupTitle(c, 'Convention for the Protection of the Heritage of Small Islands')?.id).toBe('heritage');
    expect(lookupTitle(c, 'Convention on the Protection of the Heritage of Large Islands')).toBeUndefined();
    expect(lookupTitle(c, 'Convention on the Protection of the Heritage of Small Islands and Reefs')).toBeUndefined();
  });
});

describe('short forms resolve to the full title they repeat', () => {
  const cases: [string, string[], string[]][] = [
    [
      '"the Programme of Action" after its full title',
      [
        'Recalls the Programme of Action on Lighthouse Safety;',
        'Calls for the implementation of the Programme of Action;',
      ],
      [
        'op-1 uncatalogued:programme-of-action-on-lighthouse-safety | Programme of Action on Lighthouse Safety',
        'op-2 uncatalogued:programme-of-action-on-lighthouse-safety | Programme of Action',
      ],
    ],
    [
      '"the Statute" after its full title',
      ['Recalls the Rome Statute of the Island Court;', 'Urges States to accede to the Statute;'],
      [
        'op-1 uncatalogued:rome-statute-of-the-island-court | Rome Statute of the Island Court',
        'op-2 uncatalogued:rome-statute-of-the-island-court | the Statute',
      ],
    ],
    [
      'a named short form ("the Lima Agreement") after its full title',
      [
        'Welcomes the Lima Agreement on Fisheries in the Southern Ocean;',
        'Urges the parties to the Lima Agreement to report;',
      ],
      [
        'op-1 uncatalogued:lima-agreement-on-fisheries-in-the-southern-ocean | Lima Agreement on Fisheries in the Southern Ocean',
        'op-2 uncatalogued:lima-agreement-on-fisheries-in-the-southern-ocean | Lima Agreement',
      ],
    ],
    ['a generic short form that repeats nothing cites nothing', ['Recalls the Final Document;'], []],
    [
      'a title cut before its complement repeats the full one',
      [
        'Recalls the Final Document of the Conference on Reefs of the Parties to the Treaty on Shoals;',
        'Reaffirms the Final Document of the Conference on Reefs;',
      ],
      [
        'op-1 uncatalogued:final-document-of-the-conference-on-reefs-of-the-parties-to-the-treaty-on-shoals | Final Document of the Conference on Reefs of the Parties to the Treaty on Shoals',
        'op-2 uncatalogued:final-document-of-the-conference-on-reefs-of-the-parties-to-the-treaty-on-shoals | Final Document of the Conference on Reefs',
      ],
    ],
    [
      '"that Convention" when two conventions were cited is in doubt and dropped',
      ['Recalls the Convention on Lighthouses and the Convention on Reefs;', 'Urges States to ratify that Convention;'],
      [
        'op-1 uncatalogued:convention-on-lighthouses | Convention on Lighthouses',
        'op-1 uncatalogued:convention-on-reefs | Convention on Reefs',
      ],
    ],
    [
      '"the present resolution" and "the present Declaration" are the document itself: no citation',
      [
        'Adopts the Declaration contained in the annex to the present resolution;',
        'Decides that the present Declaration shall be reviewed;',
      ],
      [],
    ],
  ];
  it.each(cases)('%s', (_name, paragraphs, expected) => expect(cites(paragraphs)).toEqual(expected));
});

describe('acronyms and footnotes bind to their title', () => {
  it('an acronym defined in brackets cites the title where it stands alone', () => {
    expect(
      cites(['Welcomes the Treaty on Lighthouse Safety (TLS);', 'Calls upon all States to join the TLS;']),
    ).toEqual([
      'op-1 uncatalogued:treaty-on-lighthouse-safety | Treaty on Lighthouse Safety',
      'op-2 uncatalogued:treaty-on-lighthouse-safety | TLS',
    ]);
  });

  it('a final document whose footnote gives its symbol is that document, and so is its short form', () => {
    expect(
      cites(
        [
          'Recalls the Final Document of the Conference on Islands;1',
          'Reaffirms the Final Document of the Conference on Islands;',
        ],
        ['1 A/CONF.99/12.'],
      ),
    ).toEqual([
      'op-1 A/CONF.99/12 | Final Document of the Conference on Islands',
      'op-1 A/CONF.99/12 (fn) | Final Document of the Conference on Islands',
      'op-2 A/CONF.99/12 | Final Document of the Conference on Islands',
    ]);
  });

  it('a title with a subject of its own is not a short form of a longer one', () => {
    expect(cites(['Recalls the Treaty on Reefs and Shoals and the Treaty on Reefs;'])).toEqual([
      'op-1 uncatalogued:treaty-on-reefs-and-shoals | Treaty on Reefs and Shoals',
      'op-1 uncatalogued:treaty-on-reefs | Treaty on Reefs',
    ]);
  });

  it('Ibid. repeats the registration of the footnote before', () => {
    expect(
      cites(
        ['Recalls the Treaty on Reefs1 and the Treaty on Reefs and Shoals;2'],
        ['1 United Nations, Treaty Series, vol. 300, No. 4000.', '2 Ibid., vol. 301, No. 4001.'],
      ),
    ).toEqual([
      'op-1 uncatalogued:treaty-on-reefs | Treaty on Reefs',
      'op-1 uncatalogued:treaty-on-reefs (fn) | Treaty on Reefs',
      'op-1 uncatalogued:treaty-on-reefs-and-shoals | Treaty on Reefs and Shoals',
      'op-1 uncatalogued:treaty-on-reefs-and-shoals (fn) | Treaty on Reefs and Shoals',
    ]);
  });
});

describe('amendments are instruments of their own', () => {
  it('the Doha Amendment to the Kyoto Protocol amends the Protocol, which is cited too', () => {
    const doc =
      'The General Assembly,\n\n1. Welcomes the entry into force of the Doha Amendment to the Kyoto Protocol;\n';
    const op = extractText(doc, { catalogue: catalogue() }).paragraphs.find((p) => p.id === 'op-1')!;
    expect(op.citations.map((c) => [c.target.id, c.target.subkind, c.target.amends])).toEqual([
      ['uncatalogued:doha-amendment-to-the-kyoto-protocol', 'amendment', 'kyoto'],
      ['kyoto', 'protocol', undefined],
    ]);
  });
});
