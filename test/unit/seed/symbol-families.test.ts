// The symbols of the whole UN system, each cited as one target keyed by its normalised symbol: a
// table per family, from the words of a sentence to the citations a reader expects.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../seed/extract.ts';
import { tinyCatalogue } from './tiny-catalogue.ts';

/** The citations of operative paragraph 1 of a one-paragraph resolution: "kind id | surface". */
function cites(sentence: string): string[] {
  const doc = `The General Assembly,\n\n1. ${sentence}\n`;
  const op = extractText(doc, { catalogue: tinyCatalogue() }).paragraphs.find((p) => p.id === 'op-1')!;
  for (const c of op.citations) expect(op.text.slice(c.start, c.end)).toBe(c.surface);
  return op.citations.map((c) => `${c.target.kind} ${c.target.id} | ${c.surface}`);
}

const table = (cases: [string, string[]][]) =>
  it.each(cases)('%s', (sentence, expected) => expect(cites(sentence)).toEqual(expected));

describe('decisions of the organs', () => {
  table([
    [
      'Recalls its decision 62/557 of 15 September 2008;',
      ['resolution A/DEC/62/557 | decision 62/557 of 15 September 2008'],
    ],
    [
      'Recalls its decisions 58/521 of 8 December 2003 and 60/518;',
      ['resolution A/DEC/58/521 | decisions 58/521 of 8 December 2003', 'resolution A/DEC/60/518 | 60/518'],
    ],
    [
      'Recalls Economic and Social Council decision 2004/322;',
      ['resolution E/DEC/2004/322 | Economic and Social Council decision 2004/322'],
    ],
    [
      'Recalls Human Rights Council decision 1/102;',
      ['resolution A/HRC/DEC/1/102 | Human Rights Council decision 1/102'],
    ],
    ['Recalls decision A/DEC/79/512;', ['resolution A/DEC/79/512 | A/DEC/79/512']],
    // A conference of parties numbers its decisions too: without an organ, no symbol is sure.
    ['Recalls decision 15/4 and decision 1/CP.21;', []],
  ]);
});

describe('resolutions of the Human Rights Council and of the specialized agencies', () => {
  table([
    [
      'Recalls Human Rights Council resolution 55/1 and A/HRC/RES/54/2;',
      [
        'resolution A/HRC/RES/55/1 | Human Rights Council resolution 55/1',
        'resolution A/HRC/RES/54/2 | A/HRC/RES/54/2',
      ],
    ],
    [
      'Recalls IAEA General Conference resolution GC(66)/RES/10 and decision GC(66)/DEC/12;',
      ['resolution GC(66)/RES/10 | GC(66)/RES/10', 'resolution GC(66)/DEC/12 | GC(66)/DEC/12'],
    ],
    [
      'Recalls resolutions GC(66)/RES/10 A.2 and GC(53)/RES/13 B, and notes',
      ['resolution GC(66)/RES/10 A.2 | GC(66)/RES/10 A.2', 'resolution GC(53)/RES/13 B | GC(53)/RES/13 B'],
    ],
    [
      'Recalls World Health Assembly resolution WHA77.1 and Executive Board resolution EB154.R5;',
      ['resolution WHA77.1 | WHA77.1', 'resolution EB154.R5 | EB154.R5'],
    ],
    [
      'Recalls UNESCO General Conference resolution 41 C/Resolution 48;',
      ['resolution 41 C/Resolution 48 | 41 C/Resolution 48'],
    ],
    [
      'Takes note of World Health Assembly resolutions 69.2 and 67.1;',
      ['resolution WHA69.2 | World Health Assembly resolutions 69.2', 'resolution WHA67.1 | 67.1'],
    ],
    ['Recalls the records in WHA69/2016/REC/1;', ['document WHA69/2016/REC/1 | WHA69/2016/REC/1']],
    ['Recalls IAEA resolution GC(XXXIV)/RES/530;', ['resolution GC(XXXIV)/RES/530 | GC(XXXIV)/RES/530']],
    [
      'Recalls resolutions CM/Res.1153 (XLVIII) and AHG/Res.11 (XXXIII) of the Organization of African Unity;',
      [
        'resolution CM/Res.1153 (XLVIII) | CM/Res.1153 (XLVIII)',
        'resolution AHG/Res.11 (XXXIII) | AHG/Res.11 (XXXIII)',
      ],
    ],
  ]);
});

describe('General Assembly resolutions with one or two letters', () => {
  table([
    [
      'Recalls its resolutions 53/77 AA of 4 December 1998 and 54/54 U;',
      ['resolution A/RES/53/77 AA | resolutions 53/77 AA of 4 December 1998', 'resolution A/RES/54/54 U | 54/54 U'],
    ],
  ]);
});

describe('documents with suffixes, joint symbols and treaty bodies', () => {
  table([
    [
      'Takes note of the report (A/78/1/Add.1) and its corrigendum A/78/1/Corr.1;',
      ['document A/78/1/Add.1 | A/78/1/Add.1', 'document A/78/1/Corr.1 | A/78/1/Corr.1'],
    ],
    ['Takes note of the letter A/70/95-S/2015/446;', ['document A/70/95-S/2015/446 | A/70/95-S/2015/446']],
    ['Takes note of the report A/80/257/Rev.1;', ['document A/80/257/Rev.1 | A/80/257/Rev.1']],
    [
      'Recalls general comment No. 25 (CRC/C/GC/25) and general comment No. 24 (E/C.12/GC/24);',
      ['document CRC/C/GC/25 | CRC/C/GC/25', 'document E/C.12/GC/24 | E/C.12/GC/24'],
    ],
  ]);
});

describe('International Labour Conventions by number', () => {
  table([
    ['Urges States to ratify ILO Convention No. 189;', ['instrument uncatalogued:ilo-c189 | ILO Convention No. 189']],
    [
      'Urges States to ratify the Worst Forms of Child Labour Convention, 1999 (No. 182);',
      ['instrument uncatalogued:ilo-c182 | Worst Forms of Child Labour Convention, 1999 (No. 182)'],
    ],
    [
      'Recalls Convention No. 169 of the International Labour Organization;',
      ['instrument uncatalogued:ilo-c169 | Convention No. 169 of the International Labour Organization'],
    ],
  ]);
});
