// The whole seed document, E/CN.15/2005/5 (the Bangkok Declaration). Every expectation below was
// written by reading the text: which words of which paragraph name which instrument, resolution,
// document, family or body. Paragraphs not listed cite and mention nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../../seed/catalogue/read-catalogue.ts';
import { extractText } from '../../../seed/extract.ts';

const file = 'seed/corpus/E-CN.15-2005-5.txt';
const doc = extractText(readFileSync(file, 'utf8'), { file, catalogue: readCatalogue() });
const paragraph = (id: string) => doc.paragraphs.find((p) => p.id === id)!;

const congress = 'Eleventh United Nations Congress on Crime Prevention and Criminal Justice';
const unesco =
  'Convention on Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property';
const cites = 'Convention on International Trade in Endangered Species of Wild Fauna and Flora';
const untoc = 'United Nations Convention against Transnational Organized Crime';
const uncac = 'United Nations Convention against Corruption';
const victims = 'Declaration of Basic Principles of Justice for Victims of Crime and Abuse of Power';
const nuclear = 'International Convention for the Suppression of Acts of Nuclear Terrorism';
const protocols = (surface: string) =>
  ['untoc-trafficking-protocol', 'untoc-smuggling-protocol', 'untoc-firearms-protocol'].map(
    (id) => `${id} | ${surface}`,
  );
/** Footnote 2 ("resolution 55/25, annexes I-III") names the protocols meant: those annexed, not the firearms one (55/255). */
const annexedProtocols = (surface: string) =>
  ['untoc-trafficking-protocol', 'untoc-smuggling-protocol'].map((id) => `${id} | ${surface}`);

/** "target | surface" for text citations, "target fnN | surface" for footnote ones. */
const expected: Record<string, { cites?: string[]; mentions?: string[] }> = {
  // The * note (the provisional agenda) lost its mark in the text; it belongs to the title.
  'title-1': { cites: [`E/CN.15/2005/1 fn* | ${congress}`], mentions: [`crime-congress-11 | ${congress}`] },
  // The declaration's own title names it; the catalogue lacks it, so it comes from the words.
  'title-2': { cites: ['uncatalogued:bangkok-declaration | Bangkok Declaration'] },
  'note-1': { mentions: [`crime-congress-11 | ${congress}`] },
  'note-2': {
    cites: [
      'A/RES/59/151 | resolution 59/151 of 20 December 2004',
      'uncatalogued:bangkok-declaration | Bangkok Declaration',
    ],
    mentions: [
      'ga | General Assembly',
      'ccpcj | Commission on Crime Prevention and Criminal Justice',
      'crime-congress-11 | Eleventh Congress',
      'ecosoc | Economic and Social Council',
      'ga | the Assembly',
      'crime-congress-11 | the Congress',
      'crime-congress-11 | Eleventh Congress',
      // "made available to the Commission in English only": the Commission named earlier in the note.
      'crime-congress-11 | the Congress',
      'ccpcj | the Commission',
      'crime-congress-11 | the Congress',
      'crime-congress-11 | the Congress',
    ],
  },
  'preamble-1': { mentions: [`crime-congress-11 | ${congress}`] },
  'preamble-2': { mentions: ['crime-congresses | United Nations congresses on crime prevention and criminal justice'] },
  'preamble-4': { mentions: ['crime-programme | United Nations Crime Prevention and Criminal Justice Programme'] },
  'preamble-7': { cites: ['un-charter | Charter of the United Nations'] },
  'preamble-10': {
    cites: [
      'A/CONF.203/RPM.1/1',
      'A/CONF.203/RPM.2/1',
      'A/CONF.203/RPM.3/1',
      'A/CONF.203/RPM.3/1/Corr.1',
      'A/CONF.203/RPM.4/1',
    ].map((s) => `${s} fn1 | ${congress}`),
    mentions: [`crime-congress-11 | ${congress}`],
  },
  'op-1': { cites: ['uncatalogued:bangkok-declaration | this Declaration'] },
  'op-2': {
    mentions: [
      'crime-programme | United Nations Crime Prevention and Criminal Justice Programme',
      'ccpcj | Commission on Crime Prevention and Criminal Justice',
      'unodc | United Nations Office on Drugs and Crime',
      'unicri | United Nations Interregional Crime and Justice Research Institute',
      'crime-programme-network | institutes of the Programme network',
      'crime-programme | the Programme',
    ],
  },
  'op-4': {
    cites: [
      `untoc | ${untoc}`,
      ...annexedProtocols('its Protocols'),
      'A/RES/55/25 fn2 | its Protocols',
      'untoc | that Convention',
      ...annexedProtocols('its Protocols'),
      `uncac | ${uncac}`,
      `A/RES/58/4 fn3 | ${uncac}`,
      'terrorism-instruments | international instruments against terrorism',
    ],
  },
  'op-5': {
    cites: [
      'crime-standards-and-norms | United Nations standards and norms in crime prevention and criminal justice',
      'terrorism-instruments | international instruments against terrorism',
      'crime-instruments | relevant international instruments against crime',
      `untoc | ${untoc}`,
      ...protocols('the Protocols thereto'),
      `uncac | ${uncac}`,
      'drug-control-conventions | international drug control conventions',
    ],
  },
  'op-7': {
    mentions: [
      'unodc | United Nations Office on Drugs and Crime',
      'crime-programme-network | United Nations Crime Prevention and Criminal Justice Programme network',
    ],
  },
  'op-10': {
    cites: [
      'crime-prevention-guidelines | Guidelines for the Prevention of Crime',
      'E/RES/2002/13 fn4 | Guidelines for the Prevention of Crime',
    ],
  },
  'op-11': {
    mentions: [
      'unodc | United Nations Office on Drugs and Crime',
      'dpko | Department of Peacekeeping Operations of the Secretariat',
    ],
  },
  'op-12': {
    cites: [
      `unesco-1970-convention | ${unesco}`,
      `unesco-1970-convention fn5 | ${unesco}`,
      `cites | ${cites}`,
      `cites fn6 | ${cites}`,
      'cbd | Convention on Biological Diversity',
      'cbd fn7 | Convention on Biological Diversity',
    ],
  },
  'op-14': {
    cites: ['A/RES/59/156 | General Assembly resolution 59/156 of 20 December 2004', 'A/RES/59/156 | that resolution'],
    mentions: ['ga | General Assembly', 'secretary-general | Secretary-General'],
  },
  'op-16': { mentions: ['ccpcj | Commission on Crime Prevention and Criminal Justice'] },
  'op-17': { cites: [`victims-declaration | ${victims}`, `A/RES/40/34 fn8 | ${victims}`] },
  'op-21': {
    cites: [
      'terrorism-instruments | universal instruments against terrorism',
      'relevant-sc-resolutions | relevant Security Council resolutions',
    ],
    mentions: [
      'sc | Security Council',
      'unodc | United Nations Office on Drugs and Crime',
      'ctc | Counter-Terrorism Committee',
      'cted | Counter-Terrorism Executive Directorate of the Security Council',
    ],
  },
  'op-22': {
    cites: [
      'draft-comprehensive-terrorism-convention | draft comprehensive convention on international terrorism',
      `nuclear-terrorism-convention | ${nuclear}`,
      `A/RES/59/290 fn9 | ${nuclear}`,
    ],
  },
  'op-23': { cites: [`uncac | ${uncac}`] },
  'op-25': { cites: [`uncac | ${uncac}`, 'uncac | that convention'] },
  'op-29': {
    cites: [
      'crime-standards-and-norms | United Nations standards and norms',
      'crime-standards-and-norms | norms and standards',
    ],
  },
  'op-30': {
    cites: ['crime-standards-and-norms | standards and norms'],
    mentions: ['ccpcj | Commission on Crime Prevention and Criminal Justice'],
  },
  'op-33': { cites: ['crime-standards-and-norms | United Nations standards and norms'] },
  'op-35': { mentions: ['crime-congress-11 | Eleventh Congress'] },
};

describe('E/CN.15/2005/5: structure', () => {
  it('reads the symbol from the running header and the title from the first heading', () => {
    expect(doc.document).toMatchObject({ symbol: 'E/CN.15/2005/5', title: congress, kind: 'note' });
    // No date is printed; the note's first paragraph reports the Congress "held in Bangkok from 18 to 25 April 2005".
    expect(doc.document).toMatchObject({ date: '2005-04-25', dateInferred: true });
  });

  it('has the note (1-2), three titles, ten preamble clauses and operative paragraphs 1 to 35', () => {
    expect(doc.paragraphs.map((p) => p.id)).toEqual([
      'title-1',
      'note-1',
      'note-2',
      'title-2',
      'title-3',
      ...Array.from({ length: 10 }, (_, i) => `preamble-${i + 1}`),
      ...Array.from({ length: 35 }, (_, i) => `op-${i + 1}`),
    ]);
    expect(paragraph('title-2').text).toBe('Bangkok Declaration');
    expect(paragraph('title-3').text).toBe(
      'Synergies and Responses: Strategic Alliances in Crime Prevention and Criminal Justice',
    );
  });

  it('opens each preamble clause with its participle; the "We" line and "Declare as follows:" are not clauses', () => {
    const openers = doc.paragraphs
      .filter((p) => p.section === 'preamble')
      .map((p) => p.text.split(' ').slice(0, 2).join(' '));
    expect(openers).toEqual([
      'Having assembled',
      'Convinced that',
      'Recalling the',
      'Reaffirming the',
      'Greatly concerned',
      'Emphasizing that',
      'Reaffirming that',
      'Alarmed by',
      'Highlighting the',
      'Noting with',
    ]);
  });

  it('joins paragraphs 12 and 26 across the footnote blocks and keeps money-laundering whole', () => {
    expect(paragraph('op-12').text).toContain(
      'Wild Fauna and Flora and the Convention on Biological Diversity, we call upon Member States',
    );
    expect(paragraph('op-26').text).toContain(
      'including money-laundering. We call upon Member States to strengthen policies, measures and institutions for national action',
    );
    expect(paragraph('op-26').text).toContain('including money-laundering, and such crimes');
    for (const p of doc.paragraphs) expect(p.text).not.toMatch(/E\/CN\.15\/2005\/5|_{3}|\s{2}/);
  });

  it('removes the markers from the words and ties each footnote to its paragraph', () => {
    expect(paragraph('op-4').text).toContain('two of its Protocols. We call');
    expect(paragraph('op-4').text).toContain('Convention against Corruption and the international');
    expect(paragraph('note-1').text).toContain('from 18 to 25 April 2005');
    expect(doc.footnotes.map((f) => [f.marker, f.paragraph])).toEqual([
      ['*', 'title-1'],
      ['1', 'preamble-10'],
      ['2', 'op-4'],
      ['3', 'op-4'],
      ['4', 'op-10'],
      ['5', 'op-12'],
      ['6', 'op-12'],
      ['7', 'op-12'],
      ['8', 'op-17'],
      ['9', 'op-22'],
    ]);
    expect(doc.footnotes[1]!.text).toBe(
      'A/CONF.203/RPM.1/1, A/CONF.203/RPM.2/1, A/CONF.203/RPM.3/1 and Corr.1 and A/CONF.203/RPM.4/1.',
    );
  });
});

describe('E/CN.15/2005/5: citations and mentions of every paragraph', () => {
  const label = (c: { target: { id: string }; via?: string; footnote?: string; surface: string }) =>
    `${c.target.id}${c.via === 'footnote' ? ` fn${c.footnote}` : ''} | ${c.surface}`;
  it.each(doc.paragraphs.map((p) => [p.id]))('%s', (id) => {
    const p = paragraph(id);
    expect(p.citations.map(label)).toEqual(expected[id]?.cites ?? []);
    expect(p.mentions.map(label)).toEqual(expected[id]?.mentions ?? []);
    for (const c of [...p.citations, ...p.mentions]) expect(p.text.slice(c.start, c.end)).toBe(c.surface);
  });

  it('gives footnotes 5-7 their Treaty Series registrations, Ibid. included', () => {
    const registrations = paragraph('op-12')
      .citations.filter((c) => c.via === 'footnote')
      .map((c) => c.target.unts);
    expect(registrations).toEqual([
      { volume: 823, number: 11806 },
      { volume: 993, number: 14537 },
      { volume: 1760, number: 30619 },
    ]);
  });

  it('records the annexes of resolution 55/25 and the instruments they hold', () => {
    const fn2 = paragraph('op-4').citations.find((c) => c.footnote === '2')!;
    expect(fn2.target).toMatchObject({ id: 'A/RES/55/25', kind: 'resolution', annex: 'I-III' });
    expect(fn2.target.annexInstruments).toEqual(['untoc', 'untoc-trafficking-protocol', 'untoc-smuggling-protocol']);
  });

  it('keeps the date of resolution 59/151', () => {
    expect(paragraph('note-2').citations[0]!.target).toMatchObject({
      id: 'A/RES/59/151',
      kind: 'resolution',
      subkind: 'ga',
      date: '2004-12-20',
    });
  });

  it('finds the themes from the words', () => {
    expect(paragraph('op-12').themes).toEqual(
      expect.arrayContaining(['cultural-property', 'wildlife', 'organized-crime']),
    );
    expect(paragraph('op-13').themes).toEqual(
      expect.arrayContaining(['kidnapping', 'trafficking-in-persons', 'victims']),
    );
    expect(paragraph('op-27').themes).toContain('identity-fraud');
    expect(paragraph('op-33').themes).toContain('juvenile-justice');
  });

  // Every operative paragraph's themes, checked against its words: each theme below is named by a
  // term the paragraph contains (op-12 cites the Convention on Biological Diversity: environment,
  // not climate). Paragraphs not listed have no theme.
  const themes: Record<string, string[]> = {
    'op-2': ['crime-prevention'],
    'op-3': ['terrorism', 'organized-crime', 'criminal-justice-cooperation'],
    'op-4': ['terrorism', 'corruption', 'organized-crime', 'human-rights'],
    'op-5': ['terrorism', 'corruption', 'illicit-drugs', 'organized-crime', 'crime-prevention', 'technical-assistance'],
    'op-6': ['criminal-justice-cooperation', 'crime-prevention', 'rule-of-law'],
    'op-7': ['terrorism', 'crime-prevention'],
    'op-8': ['prisons', 'rule-of-law'],
    'op-9': ['terrorism', 'rule-of-law'],
    'op-10': ['victims', 'crime-prevention'],
    'op-11': ['corruption', 'organized-crime', 'rule-of-law'],
    'op-12': ['organized-crime', 'cultural-property', 'wildlife', 'environment'],
    'op-13': ['terrorism', 'trafficking-in-persons', 'organized-crime', 'kidnapping', 'victims'],
    'op-14': ['organ-trafficking'],
  };
  it.each(Object.entries(themes))('%s has the themes its words name', (id, expected) => {
    expect(paragraph(id).themes).toEqual(expected);
  });
});
