// The curated catalogue: the shipped data loads, its links hold, a broken copy fails naming the
// file and the field, and the facts the documents themselves state are recorded as stated.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogueIndex, readCatalogue } from '../../seed/catalogue/read-catalogue.ts';
import { catalogueFiles, type InstrumentEntry } from '../../seed/catalogue/schema.ts';
import { catalogueRows } from '../../seed/load/catalogue-rows.ts';
import { buildMatchIndex, phraseKey } from '../../seed/stages/support/match-index.ts';

const catalogueDir = join(dirname(fileURLToPath(import.meta.url)), '../../seed/catalogue');
const catalogue = readCatalogue();
const index = catalogueIndex(catalogue);
const instrument = (id: string) => {
  const found = catalogue.instruments.find((i) => i.id === id);
  if (!found) throw new Error(`no instrument ${id}`);
  return found;
};
const body = (id: string) => {
  const found = catalogue.bodies.find((b) => b.id === id);
  if (!found) throw new Error(`no body ${id}`);
  return found;
};
const resolution = (symbol: string) => catalogue.resolutions.find((r) => r.symbol === symbol);
const membersOf = (group: string) =>
  catalogue.instruments
    .filter((i) => i.groups.includes(group))
    .map((i) => i.id)
    .sort();

describe('shipped catalogue', () => {
  it('loads from the default folder and from an explicit one', () => {
    expect(catalogue.instruments.length).toBeGreaterThan(50);
    expect(catalogue.resolutions.length).toBeGreaterThan(20);
    expect(catalogue.bodies.length).toBeGreaterThan(30);
    expect(catalogue.groups.length).toBeGreaterThan(5);
    expect(catalogue.themes.length).toBeGreaterThan(30);
    expect(readCatalogue(catalogueDir).instruments.length).toBe(catalogue.instruments.length);
  });

  it('has every cross-reference resolved', () => {
    for (const inst of catalogue.instruments) {
      if (inst.supplements) expect(index.get(inst.supplements)?.kind, inst.id).toBe('instrument');
      for (const group of inst.groups) expect(index.get(group)?.kind, inst.id).toBe('group');
      if (inst.adoptedBy) expect(index.get(inst.adoptedBy.resolution)?.kind, inst.id).toBe('resolution');
    }
    for (const b of catalogue.bodies) if (b.partOf) expect(index.get(b.partOf)?.kind, b.id).toBe('body');
  });

  it('shares one id space across all kinds', () => {
    const ids = [
      ...catalogue.instruments.map((e) => e.id),
      ...catalogue.resolutions.map((e) => e.symbol),
      ...catalogue.bodies.map((e) => e.id),
      ...catalogue.groups.map((e) => e.id),
      ...catalogue.themes.map((e) => e.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    expect(index.size).toBe(ids.length);
  });

  it('gives no theme term to two themes', () => {
    const seen = new Map<string, string>();
    for (const theme of catalogue.themes) {
      for (const term of theme.terms) {
        const key = term.toLowerCase();
        expect(seen.get(key), `"${term}" in ${theme.id}`).toBeUndefined();
        seen.set(key, theme.id);
      }
    }
  });

  it('records a source for every entry that carries facts', () => {
    for (const kind of ['instruments', 'resolutions', 'bodies', 'groups'] as const) {
      for (const entry of catalogue[kind]) expect(entry.sources.length).toBeGreaterThan(0);
    }
  });
});

// Words that name no instrument on their own: head nouns and the modifiers that go with any of them.
// A name made only of these ("the Convention", "Optional Protocol", "United Nations Declaration")
// would link every such mention in every text to one instrument.
const genericWords = new Set([
  'convention',
  'conventions',
  'covenant',
  'covenants',
  'protocol',
  'protocols',
  'treaty',
  'treaties',
  'agreement',
  'agreements',
  'statute',
  'charter',
  'declaration',
  'declarations',
  'programme',
  'programmes',
  'plan',
  'action',
  'platform',
  'strategy',
  'strategies',
  'agenda',
  'framework',
  'guidelines',
  'principles',
  'rules',
  'standards',
  'code',
  'conduct',
  'instrument',
  'instruments',
  'amendment',
  'amendments',
  'outcome',
  'document',
  'final',
  'pact',
  'compact',
  'consensus',
  'commitment',
  'implementation',
  'optional',
  'additional',
  'supplementary',
  'political',
  'ministerial',
  'basic',
  'guiding',
  'standard',
  'minimum',
  'model',
  'international',
  'united',
  'nations',
  'un',
  'global',
  'world',
  'universal',
  'regional',
  'new',
  'of',
  'for',
  'on',
  'to',
  'and',
  'in',
  'its',
  'thereto',
  'relevant',
  'present',
  'said',
]);
const romanNumeral = /^(?:i{1,3}|iv|v|vi{1,3}|ix|x)$/;

/** Why `name` names no instrument of its own, or undefined when it does. */
function genericReason(name: string, entry: InstrumentEntry): string | undefined {
  const years = new Set([entry.adopted, entry.openedForSignature, entry.enteredIntoForce].map((d) => d?.slice(0, 4)));
  // A year of the instrument's own dates or a roman numeral tells nothing apart: "1988 Convention"
  // is also the maritime navigation convention, "Protocol I" the first protocol of several treaties.
  const words = phraseKey(name)
    .split(' ')
    .filter((w) => !romanNumeral.test(w) && !years.has(w));
  if (words.every((w) => genericWords.has(w))) return `"${name}" (${entry.id}) is made of generic words only`;
  return undefined;
}

// The kinds a title's head noun allows. "Framework" is the head only where no other head follows
// ("Sendai Framework"), since a "Framework Convention" is a convention.
const kindsOfHead: Record<string, readonly string[]> = {
  convention: ['convention'],
  conventions: ['convention'],
  covenant: ['convention'],
  protocol: ['protocol'],
  treaty: ['treaty'],
  agreement: ['treaty', 'other'],
  statute: ['treaty', 'other'],
  constitution: ['treaty', 'other'],
  charter: ['charter'],
  declaration: ['declaration'],
  programme: ['programme', 'other'],
  plan: ['programme', 'other'],
  agenda: ['programme', 'other'],
  strategy: ['programme', 'other'],
  strategies: ['programme', 'other'],
  guidelines: ['guidelines'],
  principles: ['principles'],
  rules: ['rules'],
  standards: ['standards'],
  code: ['other', 'standards'],
  amendment: ['amendment'],
  amendments: ['amendment'],
  compact: ['other'],
  pact: ['other'],
  consensus: ['other'],
  outcome: ['other'],
  document: ['other'],
  instrument: ['other'],
  regulations: ['other'],
  commitment: ['other'],
};

// Where a title's first noun phrase ends: "Protocol | to Prevent ...", "Further actions and
// initiatives | to implement the Beijing Declaration ..." (whose head is "actions", not "Declaration").
const phraseEnd = new Set([
  'of',
  'on',
  'for',
  'to',
  'against',
  'between',
  'relating',
  'concerning',
  'relative',
  'under',
  'governing',
  'banning',
  'establishing',
  'supplementing',
  'amending',
  'in',
  'regarding',
  'with',
  'by',
  'from',
  ',',
  ':',
]);

/**
 * The head noun of a title: the first head word of its first noun phrase ("Declaration and
 * Programme of Action" is a declaration). "Framework" is the head only where no other head word
 * follows anywhere ("Sendai Framework"), since a "Framework ... Convention" is a convention.
 */
function headNoun(title: string): string | undefined {
  const tokens = title.toLowerCase().match(/[\p{L}]+|[,:]/gu) ?? [];
  const end = tokens.findIndex((t) => phraseEnd.has(t));
  const phrase = end < 0 ? tokens : tokens.slice(0, end);
  const head = phrase.find((w) => w in kindsOfHead && w !== 'framework');
  if (head !== undefined || !phrase.includes('framework')) return head;
  return tokens.find((w) => w in kindsOfHead && w !== 'framework') ?? 'framework';
}
kindsOfHead.framework = ['other', 'programme'];

/** The family an instrument belongs to: the instrument its supplements/amends chain ends at. */
function familyRoot(entry: InstrumentEntry, byId: Map<string, InstrumentEntry>): string {
  let current = entry;
  for (let steps = 0; steps <= byId.size; steps += 1) {
    const up = current.supplements ?? current.amends;
    if (up === undefined) return current.id;
    current = byId.get(up) ?? current;
  }
  throw new Error(`${entry.id}: the supplements/amends chain forms a cycle`);
}

describe('the shipped catalogue has no data defects', () => {
  const byId = new Map(catalogue.instruments.map((i) => [i.id, i]));
  const namesOf = (i: InstrumentEntry) =>
    [i.title, i.shortTitle, i.acronym, ...i.aliases].filter((n): n is string => n !== undefined);

  it('gives no title, short title, alias or acronym to two different instruments or bodies, compared as the matcher compares', () => {
    const owner = new Map<string, string>();
    const names = [
      ...catalogue.instruments.map((i) => ({ id: i.id, names: namesOf(i) })),
      ...catalogue.bodies.map((b) => ({
        id: b.id,
        names: [b.name, b.acronym, ...b.aliases].filter((n): n is string => n !== undefined),
      })),
    ];
    const clashes: string[] = [];
    for (const { id, names: list } of names) {
      for (const name of list) {
        const key = phraseKey(name);
        const other = owner.get(key);
        if (other !== undefined && other !== id) clashes.push(`"${name}" names both ${other} and ${id}`);
        owner.set(key, id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has no name that is a bare head noun or a generic phrase', () => {
    // The one exception: the texts of the United Nations call its Charter "the Charter" and no other.
    const allowed = new Set(['un-charter Charter', 'un-charter United Nations Charter', 'un-charter UN Charter']);
    const generic = catalogue.instruments.flatMap((i) =>
      [i.shortTitle, ...i.aliases].flatMap((name) =>
        name === undefined || allowed.has(`${i.id} ${name}`)
          ? []
          : [genericReason(name, i)].filter((r) => r !== undefined),
      ),
    );
    expect(generic).toEqual([]);
  });

  it.each([
    ['the Convention'],
    ['Protocol'],
    ['Optional Protocol'],
    ['Additional Protocol I'],
    ['United Nations Convention'],
    ['Programme of Action'],
    ['Political Declaration'],
    ['Framework Convention'],
    ['the Covenants'],
    ['1988 Convention'],
  ])('would refuse "%s" as a name', (name) => {
    const entry = byId.get('drug-trafficking-convention-1988')!;
    expect(genericReason(name, entry)).toBeDefined();
  });

  it.each([
    ['Paris Agreement'],
    ['2030 Agenda'],
    ['Convention No. 182'],
    ['Amended Protocol II'],
    ['1951 Refugee Convention'],
  ])('accepts "%s", which names one instrument', (name) => {
    expect(genericReason(name, byId.get('drug-trafficking-convention-1988')!)).toBeUndefined();
  });

  it('finds every instrument name in a sentence as that instrument alone, not swallowed by or swallowing another', () => {
    const citable = buildMatchIndex(catalogue).citable;
    const wrong: string[] = [];
    for (const i of catalogue.instruments) {
      for (const name of namesOf(i)) {
        // The matcher asks for a capital on the first word after an article ("A world fit for
        // children" is found only where a text capitalises "World"): such names are left out here.
        if (/^(?:the|a|an)\s+\p{Ll}/iu.test(name)) continue;
        const text = `Recalling also the ${name}, and noting`;
        const found = citable
          .find(text)
          .map((m) => ({ words: phraseKey(text.slice(m.start, m.end)), ids: m.entries.map((e) => e.target.id) }));
        if (found.length !== 1 || found[0]!.words !== phraseKey(name) || found[0]!.ids.join() !== i.id)
          wrong.push(`${i.id} "${name}": ${JSON.stringify(found)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('dates every instrument in order: adopted, opened for signature, entered into force', () => {
    const disordered = catalogue.instruments.filter((i) => {
      const dates = [i.adopted, i.openedForSignature, i.enteredIntoForce].filter((d) => d !== undefined);
      return dates.some((d, n) => n > 0 && d < dates[n - 1]!);
    });
    expect(disordered.map((i) => i.id)).toEqual([]);
  });

  it('dates an instrument no later than the resolution that adopted it says', () => {
    const late = catalogue.instruments.filter((i) => {
      const adopted = resolution(i.adoptedBy?.resolution ?? '')?.adopted;
      return adopted !== undefined && i.adopted !== undefined && i.adopted > adopted;
    });
    expect(late.map((i) => i.id)).toEqual([]);
  });

  it('gives each Treaty Series reference to one instrument, and shares a registration number only within a family', () => {
    const byKey = new Map<string, string[]>();
    const byNumber = new Map<number, InstrumentEntry[]>();
    for (const i of catalogue.instruments) {
      if (!i.unts) continue;
      const key = `${i.unts.volume}/${i.unts.number}`;
      byKey.set(key, [...(byKey.get(key) ?? []), i.id]);
      byNumber.set(i.unts.number, [...(byNumber.get(i.unts.number) ?? []), i]);
    }
    expect([...byKey].filter(([, ids]) => ids.length > 1)).toEqual([]);
    // Protocols are registered under their convention's number (UNTOC's Protocols under No. 39574).
    const mixed = [...byNumber].filter(([, list]) => new Set(list.map((i) => familyRoot(i, byId))).size > 1);
    expect(mixed.map(([number, list]) => `${number}: ${list.map((i) => i.id).join(', ')}`)).toEqual([]);
  });

  it.each([
    ['WHO Framework Convention on Tobacco Control', 'convention'],
    ['Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)', 'convention'],
    ['Sendai Framework for Disaster Risk Reduction 2015–2030', 'framework'],
    ['Doha Amendment to the Kyoto Protocol', 'amendment'],
    [
      'Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime',
      'protocol',
    ],
    ['Declaration and Programme of Action on a Culture of Peace', 'declaration'],
    ['United Nations Register of Conventional Arms', undefined],
    ['Further actions and initiatives to implement the Beijing Declaration and Platform for Action', undefined],
    ['Protocol amending the Single Convention on Narcotic Drugs, 1961', 'protocol'],
    ['Geneva Convention relative to the Treatment of Prisoners of War', 'convention'],
  ])('reads the head noun of "%s" as %s', (title, head) => {
    expect(headNoun(title)).toBe(head);
  });

  it("gives every instrument a kind its title's head noun allows", () => {
    const wrong = catalogue.instruments.flatMap((i) => {
      if (i.kind === 'draft') return [];
      const head = headNoun(i.title);
      const kinds = head === undefined ? undefined : kindsOfHead[head];
      return kinds === undefined || kinds.includes(i.kind) ? [] : [`${i.id}: "${head}" is not ${i.kind}`];
    });
    expect(wrong).toEqual([]);
  });

  it('makes every amendment amend a treaty, and only from a later date', () => {
    const amendments = catalogue.instruments.filter((i) => i.kind === 'amendment');
    expect(amendments.length).toBeGreaterThan(3);
    for (const a of amendments) expect(a.amends, a.id).toBeDefined();
    for (const i of catalogue.instruments.filter((e) => e.amends)) {
      const amended = byId.get(i.amends!)!;
      const [from, to] = [i.adopted ?? i.openedForSignature, amended.adopted ?? amended.openedForSignature];
      if (from && to) expect(from > to, `${i.id} amends the later ${amended.id}`).toBe(true);
    }
  });

  it('names the amendments that the texts cite, each amending its treaty', () => {
    expect(byId.get('doha-amendment')).toMatchObject({ kind: 'amendment', amends: 'kyoto-protocol' });
    expect(byId.get('kigali-amendment')).toMatchObject({ kind: 'amendment', amends: 'montreal-protocol' });
    expect(byId.get('kampala-aggression-amendments')).toMatchObject({ kind: 'amendment', amends: 'rome-statute' });
    expect(byId.get('cppnm-amendment')).toMatchObject({ kind: 'amendment', amends: 'cppnm' });
  });

  it('records where every instrument fact comes from, naming its source of record', () => {
    const unsourced = catalogue.instruments.filter(
      (i) => i.unts && !i.sources.some((s) => s.includes(`vol. ${i.unts!.volume} No. ${i.unts!.number}`)),
    );
    expect(unsourced.map((i) => i.id)).toEqual([]);
    // "A/RES/44/25", or "resolution 44/25" as a footnote gives it.
    const number = (symbol: string) => symbol.replace(/^[AES]\/(?:HRC\/)?RES\//, '');
    const unsourcedResolution = catalogue.instruments.filter(
      (i) => i.adoptedBy && !i.sources.some((s) => s.includes(number(i.adoptedBy!.resolution))),
    );
    expect(unsourcedResolution.map((i) => i.id)).toEqual([]);
  });
});

describe('catalogue rows for the graph', () => {
  const rows = catalogueRows(catalogue);
  it('gives one AMENDS link per amends and one SUPPLEMENTS link per supplements', () => {
    expect(rows.amends).toEqual(catalogue.instruments.flatMap((i) => (i.amends ? [{ from: i.id, to: i.amends }] : [])));
    expect(rows.amends).toContainEqual({ from: 'doha-amendment', to: 'kyoto-protocol' });
    expect(rows.supplements).toContainEqual({ from: 'untoc-firearms-protocol', to: 'untoc' });
    expect(rows.supplements).not.toContainEqual(expect.objectContaining({ from: 'doha-amendment' }));
  });

  it('writes every amendment as an instrument node of kind amendment', () => {
    const doha = rows.instruments.find((r) => r.id === 'doha-amendment');
    expect(doha).toMatchObject({
      instrumentKind: 'amendment',
      title: 'Doha Amendment to the Kyoto Protocol',
      adopted: '2012-12-08',
    });
  });
});

describe('facts from the Bangkok Declaration (E/CN.15/2005/5)', () => {
  // The footnotes of the seed document, and the catalogue entry each must lead to.
  const footnotes: Array<
    [string, string, Partial<{ resolution: string; annex: string; volume: number; number: number }>]
  > = [
    ['2', 'untoc', { resolution: 'A/RES/55/25', annex: 'I' }],
    ['2', 'untoc-trafficking-protocol', { resolution: 'A/RES/55/25', annex: 'II' }],
    ['2', 'untoc-smuggling-protocol', { resolution: 'A/RES/55/25', annex: 'III' }],
    ['3', 'uncac', { resolution: 'A/RES/58/4' }],
    ['4', 'crime-prevention-guidelines', { resolution: 'E/RES/2002/13' }],
    ['5', 'unesco-1970-convention', { volume: 823, number: 11806 }],
    ['6', 'cites', { volume: 993, number: 14537 }],
    ['7', 'cbd', { volume: 1760, number: 30619 }],
    ['8', 'victims-declaration', { resolution: 'A/RES/40/34' }],
    ['9', 'nuclear-terrorism-convention', { resolution: 'A/RES/59/290' }],
  ];
  it.each(footnotes)('footnote %s leads to %s', (_marker, id, expected) => {
    const entry = instrument(id);
    if (expected.resolution) expect(entry.adoptedBy?.resolution).toBe(expected.resolution);
    if (expected.annex) expect(entry.adoptedBy?.annex).toBe(expected.annex);
    if (expected.volume) expect(entry.unts).toEqual({ volume: expected.volume, number: expected.number });
    expect(entry.sources.some((s) => s.startsWith('E/CN.15/2005/5 footnote'))).toBe(true);
  });

  it('links the three Protocols to the Organized Crime Convention', () => {
    const protocols = catalogue.instruments
      .filter((i) => i.supplements === 'untoc')
      .map((i) => i.id)
      .sort();
    expect(protocols).toEqual(['untoc-firearms-protocol', 'untoc-smuggling-protocol', 'untoc-trafficking-protocol']);
    expect(instrument('untoc-firearms-protocol').adoptedBy?.resolution).toBe('A/RES/55/255');
    expect(instrument('untoc').acronym).toBe('UNTOC');
  });

  it('keeps the variant title the text uses for the 1970 UNESCO Convention', () => {
    expect(instrument('unesco-1970-convention').aliases).toContain(
      'Convention on Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property',
    );
  });

  it('dates resolutions 59/151 and 59/156 as the text does', () => {
    expect(resolution('A/RES/59/151')?.adopted).toBe('2004-12-20');
    expect(resolution('A/RES/59/156')?.adopted).toBe('2004-12-20');
    expect(resolution('E/RES/2002/13')?.organ).toBe('ecosoc');
  });

  it('places the crime bodies in the UN hierarchy', () => {
    expect(body('ccpcj')).toMatchObject({ partOf: 'ecosoc', shortForms: ['the Commission'] });
    expect(body('unodc')).toMatchObject({ acronym: 'UNODC', partOf: 'secretariat', shortForms: ['the Office'] });
    expect(body('cted')).toMatchObject({ partOf: 'ctc' });
    expect(body('cted').aliases).toContain('Counter-Terrorism Executive Directorate');
    expect(body('ctc').partOf).toBe('sc');
    expect(body('dpko').partOf).toBe('secretariat');
    expect(body('crime-congress-11').kind).toBe('conference');
  });

  it('groups the families the text names', () => {
    expect(membersOf('drug-control-conventions')).toEqual([
      'drug-trafficking-convention-1988',
      'psychotropic-convention-1971',
      'single-convention-1961',
    ]);
    expect(membersOf('terrorism-instruments')).toContain('nuclear-terrorism-convention');
    expect(instrument('draft-comprehensive-terrorism-convention').kind).toBe('draft');
    const phrases = catalogue.groups.flatMap((g) => g.phrases);
    expect(phrases).toEqual(
      expect.arrayContaining([
        'universal instruments against terrorism',
        'international drug control conventions',
        'standards and norms',
        'relevant Security Council resolutions',
        'relevant international instruments against crime',
      ]),
    );
  });
});

describe('facts from the ga-80 corpus', () => {
  it.each([
    ['npt', 729, 10485],
    ['tlatelolco-treaty', 634, 9068],
    ['bangkok-treaty', 1981, 33873],
    ['semipalatinsk-treaty', 2970, 51633],
    ['outer-space-treaty', 610, 8843],
    ['bwc', 1015, 14860],
    ['cwc', 1974, 33757],
    ['ccw', 1342, 22495],
    ['att', 3013, 52373],
    ['crpd', 2515, 44910],
  ])('%s is UNTS vol. %i No. %i', (id, volume, number) => {
    expect(instrument(id).unts).toEqual({ volume, number });
  });

  it('knows the nuclear-weapon-free zone treaties and their short names', () => {
    expect(membersOf('nwfz-treaties')).toEqual([
      'bangkok-treaty',
      'pelindaba-treaty',
      'rarotonga-treaty',
      'semipalatinsk-treaty',
      'tlatelolco-treaty',
    ]);
    expect(instrument('pelindaba-treaty')).toMatchObject({
      openedForSignature: '1996-04-11',
      enteredIntoForce: '2009-07-15',
    });
    expect(instrument('pelindaba-treaty').aliases).toContain('Pelindaba Treaty');
    expect(instrument('tlatelolco-treaty').enteredIntoForce).toBe('1969-04-25');
  });

  it('links the 2030 Agenda and the CTBT to the resolutions that adopted them', () => {
    expect(instrument('agenda-2030').adoptedBy?.resolution).toBe('A/RES/70/1');
    expect(instrument('ctbt').adoptedBy?.resolution).toBe('A/RES/50/245');
    expect(instrument('ctbt').unts).toBeUndefined();
  });

  // The resolutions cited in two or more documents of the corpus (or three times in one), dated as
  // the texts date them; a title only where a text states it.
  it.each([
    ['A/RES/45/55 B', '1990-12-04'],
    ['A/RES/71/32', '2016-12-05'],
    ['A/RES/72/250', '2017-12-24'],
    ['A/RES/77/250', '2022-12-30'],
    ['A/RES/79/16', '2024-12-02'],
    ['A/RES/79/279', '2025-04-11'],
  ])('dates %s as the corpus does (%s)', (symbol, adopted) => {
    expect(resolution(symbol)).toMatchObject({ organ: 'ga', adopted });
  });

  it('titles resolution 79/16 with the words of A/RES/80/17', () => {
    expect(resolution('A/RES/79/16')?.title).toBe(
      'Establishment of a nuclear-weapon-free zone in the region of the Middle East',
    );
    expect(resolution('A/RES/79/279')?.title).toBeUndefined();
  });

  it('calls the environment theme by what it covers', () => {
    const environment = catalogue.themes.find((t) => t.id === 'environment');
    expect(environment?.label).toBe('Environment and climate');
    expect(environment?.terms).toContain('biological diversity');
    expect(catalogue.themes.some((t) => t.id === 'climate-change')).toBe(false);
  });
});

describe('a broken catalogue', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  /** Copies the shipped catalogue to a temp folder and lets the test change one file. */
  function brokenCopy(file: string, edit: (entries: Record<string, unknown>[]) => void): string {
    dir = mkdtempSync(join(tmpdir(), 'catalogue-test-'));
    for (const { file: name } of Object.values(catalogueFiles)) cpSync(join(catalogueDir, name), join(dir, name));
    const entries = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>[];
    edit(entries);
    writeFileSync(join(dir, file), JSON.stringify(entries));
    return dir;
  }
  const at = (entries: Record<string, unknown>[], id: string) => {
    const found = entries.find((e) => e.id === id);
    if (!found) throw new Error(`no entry ${id}`);
    return found;
  };

  it.each([
    [
      'a wrong field type',
      'instruments.json',
      (e: Record<string, unknown>[]) => {
        at(e, 'cites').unts = { volume: '993', number: 14537 };
      },
      /instruments\.json entry \d+ \(cites\).*field "unts\.volume"/,
    ],
    [
      'a malformed date',
      'resolutions.json',
      (e: Record<string, unknown>[]) => {
        e[0]!.adopted = '29 November 1985';
      },
      /resolutions\.json entry 0 \(A\/RES\/40\/34\).*field "adopted"/,
    ],
    [
      'an unknown supplements',
      'instruments.json',
      (e: Record<string, unknown>[]) => {
        at(e, 'untoc-firearms-protocol').supplements = 'palermo';
      },
      /instruments\.json .*\(untoc-firearms-protocol\).*field "supplements".*palermo/,
    ],
    [
      'an unknown amends',
      'instruments.json',
      (e: Record<string, unknown>[]) => {
        at(e, 'doha-amendment').amends = 'kyoto';
      },
      /instruments\.json entry \d+ \(doha-amendment\).*field "amends".*unknown instrument "kyoto"/,
    ],
    [
      'an instrument that amends itself',
      'instruments.json',
      (e: Record<string, unknown>[]) => {
        at(e, 'doha-amendment').amends = 'doha-amendment';
      },
      /instruments\.json .*\(doha-amendment\).*field "amends".*itself/,
    ],
    [
      'an unknown supplements on a new entry',
      'instruments.json',
      (e: Record<string, unknown>[]) => {
        e.push({
          id: 'new-protocol',
          kind: 'protocol',
          title: 'Protocol on Nothing',
          supplements: 'missing',
          sources: ['x'],
        });
      },
      /instruments\.json entry \d+ \(new-protocol\).*field "supplements".*unknown instrument "missing"/,
    ],
    [
      'an unknown group',
      'instruments.json',
      (e: Record<string, unknown>[]) => {
        at(e, 'uncac').groups = ['crime-instruments', 'anti-corruption'];
      },
      /instruments\.json .*\(uncac\).*field "groups\.1"/,
    ],
    [
      'an adopting resolution missing from resolutions.json',
      'instruments.json',
      (e: Record<string, unknown>[]) => {
        at(e, 'uncac').adoptedBy = { resolution: 'A/RES/58/999' };
      },
      /instruments\.json .*\(uncac\).*field "adoptedBy\.resolution"/,
    ],
    [
      'an unknown partOf',
      'bodies.json',
      (e: Record<string, unknown>[]) => {
        at(e, 'cted').partOf = 'counter-terrorism';
      },
      /bodies\.json .*\(cted\).*field "partOf"/,
    ],
    [
      'a partOf cycle',
      'bodies.json',
      (e: Record<string, unknown>[]) => {
        at(e, 'sc').partOf = 'cted';
      },
      /bodies\.json .*field "partOf".*cycle/,
    ],
    [
      'an id used by two kinds',
      'themes.json',
      (e: Record<string, unknown>[]) => {
        e.push({ id: 'unodc', label: 'UNODC', terms: ['UNODC'] });
      },
      /themes\.json .*\(unodc\).*field "id".*duplicate.*bodies\.json/,
    ],
    [
      'an id that is not a slug',
      'groups.json',
      (e: Record<string, unknown>[]) => {
        e[0]!.id = 'Terrorism Instruments';
      },
      /groups\.json entry 0 .*field "id"/,
    ],
  ])('fails on %s, naming file and field', (_what, file, edit, message) => {
    const broken = brokenCopy(file, edit);
    expect(() => readCatalogue(broken)).toThrow(message);
  });

  it('fails on a file that is not JSON, naming the file', () => {
    const broken = brokenCopy('groups.json', () => undefined);
    writeFileSync(join(broken, 'groups.json'), '[{"id": ');
    expect(() => readCatalogue(broken)).toThrow(/groups\.json/);
  });

  it('fails on a missing file, naming the file', () => {
    const broken = brokenCopy('themes.json', () => undefined);
    rmSync(join(broken, 'themes.json'));
    expect(() => readCatalogue(broken)).toThrow(/themes\.json/);
  });
});
