// Resolutions, Treaty Series registrations and document symbols, as written in the genre.
import { describe, expect, it } from 'vitest';
import { findDocuments, findResolutions, findTreatySeries } from '../../../seed/stages/find-symbols.ts';

describe('findResolutions', () => {
  const cases: [string, [string, string | undefined, string | undefined, string][]][] = [
    [
      'In its resolution 59/151 of 20 December 2004, the Assembly',
      [['A/RES/59/151', '2004-12-20', undefined, 'resolution 59/151 of 20 December 2004']],
    ],
    [
      'General Assembly resolution 55/25, annexes I-III.',
      [['A/RES/55/25', undefined, 'I-III', 'General Assembly resolution 55/25, annexes I-III']],
    ],
    [
      'Economic and Social Council resolution 2002/13, annex.',
      [['E/RES/2002/13', undefined, 'annex', 'Economic and Social Council resolution 2002/13, annex']],
    ],
    [
      'resolution 2002/13 of 24 July 2002',
      [['E/RES/2002/13', '2002-07-24', undefined, 'resolution 2002/13 of 24 July 2002']],
    ],
    [
      'Security Council resolution 1373 (2001) of 28 September 2001',
      [['S/RES/1373 (2001)', '2001-09-28', undefined, 'Security Council resolution 1373 (2001) of 28 September 2001']],
    ],
    [
      'Human Rights Council resolution 5/1',
      [['A/HRC/RES/5/1', undefined, undefined, 'Human Rights Council resolution 5/1']],
    ],
    [
      'resolution 2286 (XXII) of 5 December 1967',
      [['A/RES/2286 (XXII)', '1967-12-05', undefined, 'resolution 2286 (XXII) of 5 December 1967']],
    ],
    [
      'See resolution 2200 A (XXI), annex.',
      [['A/RES/2200 A (XXI)', undefined, 'annex', 'resolution 2200 A (XXI), annex']],
    ],
    ['Resolution S-10/2.', [['A/RES/S-10/2', undefined, undefined, 'Resolution S-10/2']]],
    [
      'resolution 49/75 E of 15 December 1994',
      [['A/RES/49/75 E', '1994-12-15', undefined, 'resolution 49/75 E of 15 December 1994']],
    ],
    ['Resolution 69/137, annex II.', [['A/RES/69/137', undefined, 'II', 'Resolution 69/137, annex II']]],
    [
      'its resolutions 78/315 of 10 July 2024 and 79/279 of 11 April 2025 on',
      [
        ['A/RES/78/315', '2024-07-10', undefined, 'resolutions 78/315 of 10 July 2024'],
        ['A/RES/79/279', '2025-04-11', undefined, '79/279 of 11 April 2025'],
      ],
    ],
    [
      'resolutions 36/87 A and B of 9 December 1981',
      [
        ['A/RES/36/87 A', '1981-12-09', undefined, 'resolutions 36/87 A and B of 9 December 1981'],
        ['A/RES/36/87 B', '1981-12-09', undefined, 'resolutions 36/87 A and B of 9 December 1981'],
      ],
    ],
    ['as set out in A/RES/59/151', [['A/RES/59/151', undefined, undefined, 'A/RES/59/151']]],
    ['the relevant resolutions of the Assembly', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    const found = findResolutions(text);
    expect(found.map((r) => [r.symbol, r.date, r.annex, r.surface])).toEqual(expected);
    for (const r of found) expect(text.slice(r.start, r.end)).toBe(r.surface);
  });
});

describe('findTreatySeries', () => {
  const cases: [string, { volume: number; number: number; ibid: boolean }[] | 'ibid'][] = [
    ['United Nations, Treaty Series, vol. 823, No. 11806.', [{ volume: 823, number: 11806, ibid: false }]],
    ['Ibid., vol. 993, No. 14537.', [{ volume: 993, number: 14537, ibid: true }]],
    ['Ibid.', 'ibid'],
    ['Official Records, Supplement No. 2', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    const found = findTreatySeries(text);
    if (expected === 'ibid') expect(found.map((f) => f.type)).toEqual(['ibid']);
    else
      expect(found.map((f) => (f.type === 'unts' ? { volume: f.volume, number: f.number, ibid: f.ibid } : f))).toEqual(
        expected,
      );
  });
});

describe('findDocuments', () => {
  const cases: [string, string[]][] = [
    ['E/CN.15/2005/1.', ['E/CN.15/2005/1']],
    [
      'A/CONF.203/RPM.3/1 and Corr.1 and A/CONF.203/RPM.4/1.',
      ['A/CONF.203/RPM.3/1', 'A/CONF.203/RPM.3/1/Corr.1', 'A/CONF.203/RPM.4/1'],
    ],
    ['Final Document, vol. I (NPT/CONF.2010/50 (Vol. I)), part I', ['NPT/CONF.2010/50 (Vol. I)']],
    ['CEDAW/C/GC/39.', ['CEDAW/C/GC/39']],
    ['HIV/AIDS and/or A/RES/59/151 and decision 1/CP.21', []],
  ];
  it.each(cases)('%s', (text, expected) => expect(findDocuments(text).map((d) => d.symbol)).toEqual(expected));
});
