// Two documents of the genre written for these tests, so nothing is tuned to the seed: a General
// Assembly resolution with an annexed declaration in PDF-to-text form (job numbers, barcodes,
// running headers, footnotes restarting on each page, a word hyphenated across a page), and a note
// in joined-paragraph form (footnotes mid-text without rules, markers glued to years and brackets).
// A small catalogue is built here so the expectations depend only on these words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../seed/catalogue/schema.ts';
import { extractText } from '../../../seed/extract.ts';

const sources = ['test'];
const catalogue: Catalogue = {
  instruments: [
    {
      id: 'cites',
      kind: 'convention',
      title: 'Convention on International Trade in Endangered Species of Wild Fauna and Flora',
      acronym: 'CITES',
      aliases: [],
      unts: { volume: 993, number: 14537 },
      groups: [],
      sources,
    },
    {
      id: 'uncac',
      kind: 'convention',
      title: 'United Nations Convention against Corruption',
      acronym: 'UNCAC',
      aliases: [],
      adoptedBy: { resolution: 'A/RES/58/4' },
      groups: [],
      sources,
    },
    {
      id: 'crc',
      kind: 'convention',
      title: 'Convention on the Rights of the Child',
      aliases: [],
      unts: { volume: 1577, number: 27531 },
      groups: [],
      sources,
    },
    {
      id: 'single-convention',
      kind: 'convention',
      title: 'Single Convention on Narcotic Drugs, 1961',
      aliases: ['Single Convention on Narcotic Drugs'],
      unts: { volume: 520, number: 7515 },
      groups: ['drug-conventions'],
      sources,
    },
    {
      id: 'psychotropics',
      kind: 'convention',
      title: 'Convention on Psychotropic Substances of 1971',
      aliases: [],
      unts: { volume: 1019, number: 14956 },
      groups: ['drug-conventions'],
      sources,
    },
  ],
  resolutions: [{ symbol: 'A/RES/58/4', organ: 'ga', sources }],
  bodies: [
    { id: 'ecosoc', kind: 'organ', name: 'Economic and Social Council', aliases: [], shortForms: [], sources },
    { id: 'sc', kind: 'organ', name: 'Security Council', aliases: [], shortForms: [], sources },
    { id: 'hrc', kind: 'organ', name: 'Human Rights Council', aliases: [], shortForms: [], sources },
    { id: 'sg', kind: 'other', name: 'Secretary-General', aliases: [], shortForms: [], sources },
    { id: 'secretariat', kind: 'secretariat', name: 'Secretariat', aliases: [], shortForms: [], sources },
    {
      id: 'unodc',
      kind: 'office',
      name: 'United Nations Office on Drugs and Crime',
      acronym: 'UNODC',
      aliases: [],
      shortForms: ['the Office'],
      sources,
    },
    {
      id: 'ccpcj',
      kind: 'commission',
      name: 'Commission on Crime Prevention and Criminal Justice',
      aliases: [],
      shortForms: ['the Commission'],
      sources,
    },
    {
      id: 'cnd',
      kind: 'commission',
      name: 'Commission on Narcotic Drugs',
      aliases: [],
      shortForms: ['the Commission'],
      sources,
    },
  ],
  groups: [
    {
      id: 'terrorism-instruments',
      title: 'International instruments against terrorism',
      phrases: ['international instruments against terrorism'],
      sources,
    },
    {
      id: 'drug-conventions',
      title: 'International drug control conventions',
      phrases: ['international drug control conventions'],
      sources,
    },
  ],
  themes: [
    { id: 'money-laundering', label: 'Money-laundering', terms: ['money-laundering'] },
    { id: 'wildlife', label: 'Wildlife', terms: ['wild fauna', 'wild flora'] },
    { id: 'children', label: 'Children', terms: ['child', 'children'] },
  ],
};

function read(name: string) {
  const file = `test/fixtures/${name}`;
  const doc = extractText(readFileSync(file, 'utf8'), { file, catalogue });
  const at = (id: string) => {
    const p = doc.paragraphs.find((x) => x.id === id);
    if (!p) throw new Error(`no paragraph ${id} in ${name}: ${doc.paragraphs.map((x) => x.id).join(', ')}`);
    return p;
  };
  const cites = (id: string) =>
    at(id).citations.map((c) => `${c.target.id}${c.via === 'footnote' ? ` fn${c.footnote}` : ''} | ${c.surface}`);
  const mentions = (id: string) => at(id).mentions.map((m) => `${m.target.id} | ${m.surface}`);
  return { doc, at, cites, mentions };
}

describe('fixture: GA resolution with an annexed declaration, PDF-to-text', () => {
  const { doc, at, cites, mentions } = read('ga-resolution-annexed-declaration.txt');
  const lisbon = 'uncatalogued:lisbon-declaration-on-maritime-crime';

  it('reads the symbol, title and adoption date, and splits resolution and annex', () => {
    expect(doc.document).toEqual({
      symbol: 'A/RES/99/7',
      title: 'Lisbon Declaration on Maritime Crime',
      date: '2031-02-28',
      kind: 'resolution',
    });
    expect(doc.paragraphs.map((p) => p.id)).toEqual([
      'title-1',
      'preamble-1',
      'preamble-2',
      'preamble-3',
      'op-1',
      'op-2',
      'annex-title-1',
      'annex-preamble-1',
      'annex-preamble-2',
      'annex-preamble-3',
      'annex-op-1',
      'annex-op-2',
      'annex-op-3',
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('strips job numbers, barcodes, running headers and page numbers, and rejoins a word cut by a page', () => {
    const all = doc.paragraphs.map((p) => p.text).join('\n');
    expect(all).not.toMatch(/31-04417|\*3104417\*|2\/3|3\/3|A\/RES\/99\/7|plenary/);
    expect(at('annex-op-2').text).toBe(
      'We call upon States to become parties to the international instruments against terrorism and to apply the Regional Code of Conduct on Maritime Security, as endorsed by the Commission on Crime Prevention and Criminal Justice.',
    );
    expect(at('annex-op-3').text).toContain('on money-laundering at sea');
  });

  it('ties footnotes that restart on each page to the paragraph on that page', () => {
    expect(doc.footnotes.map((f) => [f.marker, f.paragraph])).toEqual([
      ['1', 'preamble-3'],
      ['1', 'annex-preamble-2'],
      ['2', 'annex-preamble-2'],
      ['3', 'annex-op-1'],
      ['1', 'annex-op-2'],
    ]);
  });

  it('normalises resolution symbols of four organs, with their dates', () => {
    expect(cites('preamble-1')).toEqual([
      'A/RES/97/12 | resolution 97/12 of 14 December 2029',
      'E/RES/2028/19 | Economic and Social Council resolution 2028/19 of 22 July 2028',
    ]);
    expect(cites('preamble-2')).toEqual([
      'S/RES/2482 (2019) | Security Council resolution 2482 (2019) of 19 July 2019',
    ]);
    expect(cites('annex-preamble-3')).toEqual([
      'A/HRC/RES/47/3 | Human Rights Council resolution 47/3 of 12 July 2021',
    ]);
    expect(at('annex-preamble-3').citations[0]!.target).toMatchObject({ subkind: 'hrc', date: '2021-07-12' });
  });

  it('cites the declaration by its title and by "the Declaration"', () => {
    expect(cites('title-1')).toEqual([`${lisbon} | Lisbon Declaration on Maritime Crime`]);
    expect(cites('op-1')).toEqual([`${lisbon} | Lisbon Declaration on Maritime Crime`]);
    expect(cites('op-2')).toEqual([`${lisbon} | the Declaration`]);
    expect(mentions('op-2')).toEqual(['unodc | United Nations Office on Drugs and Crime']);
  });

  it('attaches Treaty Series registrations, Ibid. included, to the instruments the markers follow', () => {
    const unclos = 'uncatalogued:united-nations-convention-on-the-law-of-the-sea';
    const cites2 = 'Convention on International Trade in Endangered Species of Wild Fauna and Flora';
    expect(cites('annex-preamble-2')).toEqual([
      `${unclos} | United Nations Convention on the Law of the Sea`,
      `${unclos} fn1 | United Nations Convention on the Law of the Sea`,
      `cites | ${cites2}`,
      `cites fn2 | ${cites2}`,
    ]);
    expect(at('annex-preamble-2').citations[1]!.target).toMatchObject({
      uncatalogued: true,
      subkind: 'convention',
      unts: { volume: 1833, number: 31363 },
    });
  });

  it('drops "that Convention" when two conventions came before it, and reads a footnote resolution', () => {
    expect(cites('annex-op-1')).toEqual([
      'uncac | United Nations Convention against Corruption',
      'A/RES/58/4 fn3 | United Nations Convention against Corruption',
    ]);
    expect(at('annex-op-1').citations[1]!.target.annexInstruments).toEqual(['uncac']);
  });

  it('finds groups, uncatalogued codes, documents, bodies and short forms', () => {
    expect(cites('annex-op-2')).toEqual([
      'terrorism-instruments | international instruments against terrorism',
      'uncatalogued:regional-code-of-conduct-on-maritime-security | Regional Code of Conduct on Maritime Security',
      'E/2030/30 fn1 | Commission on Crime Prevention and Criminal Justice',
    ]);
    expect(cites('annex-op-3')).toEqual(['E/CN.15/2030/4 | E/CN.15/2030/4', 'CTOC/COP/2030/9 | CTOC/COP/2030/9']);
    expect(mentions('annex-op-3')).toEqual(['secretariat | Secretariat', 'ccpcj | the Commission']);
    expect(cites('preamble-3')).toEqual([
      'A/99/150 fn1 | Secretary-General',
      'A/99/150/Corr.1 fn1 | Secretary-General',
    ]);
    expect(at('annex-op-3').themes).toEqual(['money-laundering']);
    expect(at('annex-preamble-1').themes).toEqual(['wildlife']);
  });
});

describe('fixture: note in joined-paragraph text, footnotes mid-text', () => {
  const { doc, at, cites, mentions } = read('ecosoc-note-joined-text.txt');
  const guidelines = 'uncatalogued:lighthouse-guidelines-on-children-in-drug-markets';
  const protocol = 'uncatalogued:protocol-on-child-couriers-to-the-single-convention-on-narcotic-drugs';

  it('reads the masthead up to the agenda line, and the note', () => {
    expect(doc.document).toEqual({
      symbol: 'E/CN.7/2032/3',
      title: 'Drug control and the protection of children',
      date: '2032-01-12',
      kind: 'note',
    });
    expect(doc.paragraphs.map((p) => p.id)).toEqual(['title-1', 'note-1', 'note-2', 'note-3', 'note-4']);
  });

  it('finds footnotes set off by blank lines only, and joins the paragraph they cut', () => {
    expect(doc.footnotes.map((f) => [f.marker, f.paragraph])).toEqual([
      ['*', 'title-1'],
      ['1', 'note-2'],
      ['2', 'note-2'],
      ['3', 'note-2'],
      ['4', 'note-2'],
      ['5', 'note-3'],
      ['6', 'note-4'],
    ]);
    expect(at('note-4').text).toMatch(
      /drug trafficking as victims of crime, in line with “the best interests of the child”\.$/,
    );
    expect(at('note-3').text).toContain('drug-related capacity-building');
  });

  it('removes markers glued to years and brackets, keeping the years', () => {
    expect(at('note-2').text).toContain(
      'Single Convention on Narcotic Drugs, 1961 and the Convention on Psychotropic Substances of 1971 as they apply',
    );
    expect(at('note-2').text).toContain('(Lighthouse Guidelines) and on Security Council');
  });

  it('cites each instrument in the text and through its footnote', () => {
    expect(cites('note-2')).toEqual([
      'crc | Convention on the Rights of the Child',
      'crc fn1 | Convention on the Rights of the Child',
      'drug-conventions | international drug control conventions',
      'single-convention | Single Convention on Narcotic Drugs, 1961',
      'single-convention fn2 | Single Convention on Narcotic Drugs, 1961',
      'psychotropics | Convention on Psychotropic Substances of 1971',
      'psychotropics fn3 | Convention on Psychotropic Substances of 1971',
      `${guidelines} | Lighthouse Guidelines on Children in Drug Markets`,
      `E/CN.7/2031/9 fn4 | Lighthouse Guidelines on Children in Drug Markets`,
      'S/RES/2999 (2030) | Security Council resolution 2999 (2030)',
    ]);
  });

  it('resolves a short name the text defined in brackets, and an annex list', () => {
    expect(cites('note-3')).toEqual([
      `${guidelines} | Lighthouse Guidelines`,
      'A/RES/96/45 fn5 | Lighthouse Guidelines',
    ]);
    expect(at('note-3').citations[1]!.target.annex).toBe('I and II');
    expect(mentions('note-3')).toEqual(['cnd | The Commission', 'unodc | United Nations Office on Drugs and Crime']);
  });

  it('keeps a catalogued convention inside an uncatalogued protocol title, registration on the protocol', () => {
    expect(cites('note-4')).toEqual([
      `${protocol} | Protocol on Child Couriers to the Single Convention on Narcotic Drugs`,
      `${protocol} fn6 | Protocol on Child Couriers to the Single Convention on Narcotic Drugs`,
      'single-convention | Single Convention on Narcotic Drugs',
    ]);
    expect(at('note-4').citations[1]!.target.unts).toEqual({ volume: 3100, number: 60001 });
  });

  it('mentions the bodies by name', () => {
    expect(mentions('note-1')).toEqual([
      'ecosoc | Economic and Social Council',
      'cnd | Commission on Narcotic Drugs',
      'secretariat | Secretariat',
      'cnd | the Commission',
    ]);
  });
});
