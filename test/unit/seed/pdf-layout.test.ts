// The PDF reader on a layout made to order (test/support/minimal-pdf.ts): what it must do for any
// UN PDF, not only the two shipped. Footnote numbers that restart on each page, a `*` note set on
// the baseline, running headers and page numbers, a paragraph that runs over a page break.
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../../seed/catalogue/read-catalogue.ts';
import { extractBytes } from '../../../seed/extract.ts';
import { layoutPdf, type Run } from '../../support/minimal-pdf.ts';

const catalogue = readCatalogue();
const body = (text: string, y: number, x = 72, sup?: string, after?: string): Run => ({
  text,
  x,
  y,
  size: 10,
  ...(sup ? { sup, after } : {}),
});
const small = (text: string, y: number, x = 72): Run => ({ text, x, y, size: 8.5 });
const note = (marker: string, text: string, y: number): Run => ({
  text: '',
  x: 72,
  y,
  size: 8.5,
  sup: marker,
  after: ` ${text}`,
});

/** The page furniture of page `n`: a running header and a page number, smaller than the body. */
const furniture = (n: number): Run[] => [
  small('A/RES/99/1', 750),
  small('Test of the reader', 750, 400),
  small(`${n}/2`, 40, 300),
];

const pages: Run[][] = [
  [
    ...furniture(1),
    body('99/1. Test of the reader', 700),
    body('The General Assembly,', 670),
    body('Recalling the Convention on the Rights of the Child,', 646, 96, '1'),
    body('1. Welcomes the report of the Secretary-General on the matter', 622, 96),
    body('before it and its annex; ', 610, 72, '2'), // a space before the marker, as some PDFs set it
    body('2. Decides to continue the consideration of the question at', 586, 96),
    small('__________________', 120),
    note('1', 'United Nations, Treaty Series, vol. 1577, No. 27531.', 105),
    note('2', 'A/99/100.', 95),
  ],
  [
    ...furniture(2),
    body('its next session;', 700),
    body('3. Requests a report on the Convention against Torture;', 676, 96, '1'),
    small('__________________', 120),
    note('1', 'United Nations, Treaty Series, vol. 1465, No. 24841.', 105),
    small('* Reissued for technical reasons.', 95),
  ],
];

describe('a UN PDF made to order', () => {
  it('ties each marker to the footnote of its page when the numbers restart, and reads the page furniture as furniture', async () => {
    const doc = await extractBytes(layoutPdf(pages), { file: 'made.pdf', catalogue });
    expect(doc.document).toMatchObject({ symbol: 'A/RES/99/1', title: 'Test of the reader' });
    expect(doc.paragraphs.map((p) => [p.id, p.pages])).toEqual([
      ['title-1', [1]],
      ['preamble-1', [1]],
      ['op-1', [1]],
      ['op-2', [1, 2]],
      ['op-3', [2]],
    ]);
    const text = (id: string) => doc.paragraphs.find((p) => p.id === id)!.text;
    expect(text('op-2')).toBe('Decides to continue the consideration of the question at its next session;');
    expect(text('op-1')).toBe('Welcomes the report of the Secretary-General on the matter before it and its annex;');
    expect(doc.footnotes.map((f) => [f.marker, f.paragraph, f.pages])).toEqual([
      ['1', 'preamble-1', [1]],
      ['2', 'op-1', [1]],
      ['1', 'op-3', [2]],
      ['*', 'title-1', [2]],
    ]);
    const cited = (id: string) => doc.paragraphs.find((p) => p.id === id)!.citations.map((c) => [c.target.id, c.via]);
    expect(cited('op-3')).toContainEqual(['cat', 'text']);
    expect(cited('preamble-1')).toContainEqual(['crc', 'text']);
  });
});
