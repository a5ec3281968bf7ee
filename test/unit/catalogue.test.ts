// The curated catalogue: the shipped data loads, its links hold, a broken copy fails naming the
// file and the field, and the facts the documents themselves state are recorded as stated.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogueIndex, loadCatalogue } from '../../seed/catalogue/load-catalogue.ts';
import { catalogueFiles } from '../../seed/catalogue/schema.ts';

const catalogueDir = join(dirname(fileURLToPath(import.meta.url)), '../../seed/catalogue');
const catalogue = loadCatalogue();
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
  catalogue.instruments.filter((i) => i.groups.includes(group)).map((i) => i.id).sort();

describe('shipped catalogue', () => {
  it('loads from the default folder and from an explicit one', () => {
    expect(catalogue.instruments.length).toBeGreaterThan(50);
    expect(catalogue.resolutions.length).toBeGreaterThan(20);
    expect(catalogue.bodies.length).toBeGreaterThan(30);
    expect(catalogue.groups.length).toBeGreaterThan(5);
    expect(catalogue.themes.length).toBeGreaterThan(30);
    expect(loadCatalogue(catalogueDir).instruments.length).toBe(catalogue.instruments.length);
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

  it('gives no name, alias or acronym to two different instruments or bodies', () => {
    const owner = new Map<string, string>();
    const names = [
      ...catalogue.instruments.map((i) => ({ id: i.id, names: [i.title, i.acronym, ...i.aliases] })),
      ...catalogue.bodies.map((b) => ({ id: b.id, names: [b.name, b.acronym, ...b.aliases] })),
    ];
    for (const { id, names: list } of names) {
      for (const name of list) {
        if (!name) continue;
        const key = name.toLowerCase();
        const other = owner.get(key);
        expect(other === undefined || other === id, `"${name}" names both ${other} and ${id}`).toBe(true);
        owner.set(key, id);
      }
    }
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

describe('facts from the Bangkok Declaration (E/CN.15/2005/5)', () => {
  // The footnotes of the seed document, and the catalogue entry each must lead to.
  const footnotes: Array<[string, string, Partial<{ resolution: string; annex: string; volume: number; number: number }>]> = [
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
    const protocols = catalogue.instruments.filter((i) => i.supplements === 'untoc').map((i) => i.id).sort();
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
      'drug-trafficking-convention-1988', 'psychotropic-convention-1971', 'single-convention-1961',
    ]);
    expect(membersOf('terrorism-instruments')).toContain('nuclear-terrorism-convention');
    expect(instrument('draft-comprehensive-terrorism-convention').kind).toBe('draft');
    const phrases = catalogue.groups.flatMap((g) => g.phrases);
    expect(phrases).toEqual(expect.arrayContaining([
      'universal instruments against terrorism', 'international drug control conventions', 'standards and norms',
      'relevant Security Council resolutions', 'relevant international instruments against crime',
    ]));
  });
});

describe('facts from the ga-80 corpus', () => {
  it.each([
    ['npt', 729, 10485], ['tlatelolco-treaty', 634, 9068], ['bangkok-treaty', 1981, 33873],
    ['semipalatinsk-treaty', 2970, 51633], ['outer-space-treaty', 610, 8843], ['bwc', 1015, 14860],
    ['cwc', 1974, 33757], ['ccw', 1342, 22495], ['att', 3013, 52373], ['crpd', 2515, 44910],
  ])('%s is UNTS vol. %i No. %i', (id, volume, number) => {
    expect(instrument(id).unts).toEqual({ volume, number });
  });

  it('knows the nuclear-weapon-free zone treaties and their short names', () => {
    expect(membersOf('nwfz-treaties')).toEqual([
      'bangkok-treaty', 'pelindaba-treaty', 'rarotonga-treaty', 'semipalatinsk-treaty', 'tlatelolco-treaty',
    ]);
    expect(instrument('pelindaba-treaty')).toMatchObject({ openedForSignature: '1996-04-11', enteredIntoForce: '2009-07-15' });
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
    ['A/RES/45/55 B', '1990-12-04'], ['A/RES/71/32', '2016-12-05'], ['A/RES/72/250', '2017-12-24'],
    ['A/RES/77/250', '2022-12-30'], ['A/RES/79/16', '2024-12-02'], ['A/RES/79/279', '2025-04-11'],
  ])('dates %s as the corpus does (%s)', (symbol, adopted) => {
    expect(resolution(symbol)).toMatchObject({ organ: 'ga', adopted });
  });

  it('titles resolution 79/16 with the words of A/RES/80/17', () => {
    expect(resolution('A/RES/79/16')?.title).toBe('Establishment of a nuclear-weapon-free zone in the region of the Middle East');
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
    ['a wrong field type', 'instruments.json', (e: Record<string, unknown>[]) => {
      at(e, 'cites').unts = { volume: '993', number: 14537 };
    }, /instruments\.json entry \d+ \(cites\).*field "unts\.volume"/],
    ['a malformed date', 'resolutions.json', (e: Record<string, unknown>[]) => {
      e[0]!.adopted = '29 November 1985';
    }, /resolutions\.json entry 0 \(A\/RES\/40\/34\).*field "adopted"/],
    ['an unknown supplements', 'instruments.json', (e: Record<string, unknown>[]) => {
      at(e, 'untoc-firearms-protocol').supplements = 'palermo';
    }, /instruments\.json .*\(untoc-firearms-protocol\).*field "supplements".*palermo/],
    ['an unknown group', 'instruments.json', (e: Record<string, unknown>[]) => {
      at(e, 'uncac').groups = ['crime-instruments', 'anti-corruption'];
    }, /instruments\.json .*\(uncac\).*field "groups\.1"/],
    ['an adopting resolution missing from resolutions.json', 'instruments.json', (e: Record<string, unknown>[]) => {
      at(e, 'uncac').adoptedBy = { resolution: 'A/RES/58/999' };
    }, /instruments\.json .*\(uncac\).*field "adoptedBy\.resolution"/],
    ['an unknown partOf', 'bodies.json', (e: Record<string, unknown>[]) => {
      at(e, 'cted').partOf = 'counter-terrorism';
    }, /bodies\.json .*\(cted\).*field "partOf"/],
    ['a partOf cycle', 'bodies.json', (e: Record<string, unknown>[]) => {
      at(e, 'sc').partOf = 'cted';
    }, /bodies\.json .*field "partOf".*cycle/],
    ['an id used by two kinds', 'themes.json', (e: Record<string, unknown>[]) => {
      e.push({ id: 'unodc', label: 'UNODC', terms: ['UNODC'] });
    }, /themes\.json .*\(unodc\).*field "id".*duplicate.*bodies\.json/],
    ['an id that is not a slug', 'groups.json', (e: Record<string, unknown>[]) => {
      e[0]!.id = 'Terrorism Instruments';
    }, /groups\.json entry 0 .*field "id"/],
  ])('fails on %s, naming file and field', (_what, file, edit, message) => {
    const broken = brokenCopy(file, edit);
    expect(() => loadCatalogue(broken)).toThrow(message);
  });

  it('fails on a file that is not JSON, naming the file', () => {
    const broken = brokenCopy('groups.json', () => undefined);
    writeFileSync(join(broken, 'groups.json'), '[{"id": ');
    expect(() => loadCatalogue(broken)).toThrow(/groups\.json/);
  });

  it('fails on a missing file, naming the file', () => {
    const broken = brokenCopy('themes.json', () => undefined);
    rmSync(join(broken, 'themes.json'));
    expect(() => loadCatalogue(broken)).toThrow(/themes\.json/);
  });
});
