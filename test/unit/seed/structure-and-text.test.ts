// Structure and characters: a numbered paragraph ending with ":" owns the lettered items after
// it, paragraph 1 included; text is NFC without invisible characters, and every citation's offsets
// point at its words in the paragraph text the user sees.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../seed/extract.ts';
import type { ExtractedDocument } from '../../../seed/extracted-document.ts';
import { tinyCatalogue } from './tiny-catalogue.ts';

const catalogue = tinyCatalogue();
const extract = (text: string): ExtractedDocument => extractText(text, { file: 'test.txt', catalogue });
const byId = (doc: ExtractedDocument, id: string) => doc.paragraphs.find((p) => p.id === id);

const items =
  '(a) To convene a meeting on the Convention against Organized Crime;\n\n(b) That the meeting shall be held in 2027;\n\n';
const decides = `1. Decides:\n\n${items}2. Requests the Secretary-General to report.\n`;

describe('a numbered paragraph that ends with ":" owns the lettered items after it', () => {
  const layouts: [string, string][] = [
    ['after a preamble', `The General Assembly,\n\nRecalling its resolution 10/1 of 1 March 2010,\n\n${decides}`],
    ['without a preamble', `The General Assembly,\n\n${decides}`],
    ['after a resolution title', `10/2. Meetings on crime\n\nThe General Assembly,\n\n${decides}`],
    ['after a title and a preamble', `Meetings on crime\n\nThe General Assembly,\n\nNoting the report,\n\n${decides}`],
  ];
  it.each(layouts)('paragraph 1, %s', (_name, text) => {
    const doc = extract(text);
    const op1 = byId(doc, 'op-1');
    expect(op1?.text).toBe(
      'Decides: (a) To convene a meeting on the Convention against Organized Crime; (b) That the meeting shall be held in 2027;',
    );
    expect(op1?.citations.map((c) => c.target.id)).toEqual(['toc']);
    expect(byId(doc, 'op-2')?.text).toBe('Requests the Secretary-General to report.');
    // The items' citation stays with them: no other paragraph carries it.
    expect(doc.paragraphs.filter((p) => p.citations.some((c) => c.target.id === 'toc')).map((p) => p.id)).toEqual([
      'op-1',
    ]);
    expect(doc.warnings.filter((w) => /paragraph|follows/.test(w))).toEqual([]);
  });

  it('paragraph 2 and a paragraph after the items keep theirs too', () => {
    const doc = extract(
      `The General Assembly,\n\n1. Notes the report;\n\n2. Decides:\n\n${items}3. Requests a report.\n`,
    );
    expect(doc.paragraphs.filter((p) => p.section === 'operative').map((p) => [p.id, p.text.slice(0, 12)])).toEqual([
      ['op-1', 'Notes the re'],
      ['op-2', 'Decides: (a)'],
      ['op-3', 'Requests a r'],
    ]);
  });

  it('an unnumbered "Declare as follows:" still closes a preamble without becoming a paragraph', () => {
    const doc = extract(
      'We, the Member States,\n\nRecalling the Convention against Organized Crime,\n\nDeclare as follows:\n\n1. We commit ourselves to act.\n',
    );
    expect(doc.paragraphs.map((p) => p.id)).toEqual(['preamble-1', 'op-1']);
  });
});

describe('text is NFC without invisible characters, and offsets point at the visible words', () => {
  const title = 'Convention against Organized Crime';
  const para = (words: string) => `The General Assembly,\n\n1. Welcomes the ${words} and its implementation;\n`;
  const invisible: [string, string][] = [
    ['a zero-width space', 'Conven\u200btion against Organized Crime'],
    ['a zero-width joiner', 'Convention against Orga\u200dnized Crime'],
    ['a zero-width non-joiner', 'Convention aga\u200cinst Organized Crime'],
    ['a soft hyphen', 'Conven\u00adtion against Organized Crime'],
    ['a word joiner', 'Convention against\u2060 Organized Crime'],
    ['a byte order mark inside the text', 'Convention against Organized \ufeffCrime'],
    ['several at once, before the title too', '\u200b\u00adConvention\u200b against Organized Crime\u200d'],
  ];
  it.each(invisible)('a title broken by %s is found', (_name, words) => {
    const op1 = byId(extract(para(words)), 'op-1')!;
    expect(op1.text).toBe(`Welcomes the ${title} and its implementation;`);
    const citation = op1.citations.find((c) => c.target.id === 'toc');
    expect(citation?.surface).toBe(title);
    expect(op1.text.slice(citation!.start, citation!.end)).toBe(title);
  });

  it('a soft hyphen at a line end joins the broken word', () => {
    const op1 = byId(
      extract('The General Assembly,\n\n1. Welcomes the Conven\u00ad\ntion against Organized Crime;\n'),
      'op-1',
    )!;
    expect(op1.text).toBe(`Welcomes the ${title};`);
    expect(op1.citations.map((c) => c.target.id)).toEqual(['toc']);
  });

  it('a title written in NFD is the same instrument as in NFC, and its words are NFC', () => {
    const nfc = 'Convention on the Protection of Lake Léman';
    const docs = [nfc, nfc.normalize('NFD')].map((words) => byId(extract(para(words)), 'op-1')!);
    const [fromNfc, fromNfd] = docs.map((p) => p.citations.find((c) => c.target.kind === 'instrument')!);
    expect(fromNfd?.target.id).toBe(fromNfc?.target.id);
    expect(fromNfd?.surface).toBe(nfc);
    expect(docs[1]!.text).toBe(docs[0]!.text);
    expect(docs[1]!.text.slice(fromNfd!.start, fromNfd!.end)).toBe(nfc);
  });

  it('a catalogue title in NFD is found: an accent on an alias', () => {
    const withAlias = tinyCatalogue();
    withAlias.instruments[0]!.aliases = ['Convention of Montréal on Crime'];
    const doc = extractText(para('Convention of Montre\u0301al on Crime'), { file: 'nfd.txt', catalogue: withAlias });
    expect(byId(doc, 'op-1')!.citations.map((c) => [c.target.id, c.surface])).toEqual([
      ['toc', 'Convention of Montréal on Crime'],
    ]);
  });

  it('every citation of a noisy paragraph points at its own words', () => {
    const op1 = byId(
      extract(
        'The General Assembly,\n\n1. Re\u0301affirms\u200b the Conven\u200btion against Organized Crime\u00ad, the Protocol on\u2060 Alpha and resolution 10/1;\n',
      ),
      'op-1',
    )!;
    expect(op1.text).toBe(
      'Réaffirms the Convention against Organized Crime, the Protocol on Alpha and resolution 10/1;',
    );
    expect(op1.citations.length).toBeGreaterThanOrEqual(3);
    for (const c of op1.citations) expect(op1.text.slice(c.start, c.end)).toBe(c.surface);
  });
});
