// Furniture and joining: page numbers, running headers, job numbers, barcodes and rules go; a
// paragraph cut by a page keeps its words; a hyphen at a break stays unless it is an artefact.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../seed/stages/clean.ts';
import { documentWords, joinLines } from '../../../seed/stages/support/join-lines.ts';

const texts = (raw: string): string[] =>
  cleanText(raw).items.flatMap((i) => (i.kind === 'text' ? [i.text.trim()] : []));

describe('cleanText removes page furniture', () => {
  const cases: [string, string, string[]][] = [
    ['a page number alone', 'first line\n 7 \nsecond line', ['first line', 'second line']],
    ['a running symbol', 'first line\n E/CN.15/2005/5\nsecond line', ['first line', 'second line']],
    ['a job number and a barcode', 'first line\n25-15106 (E)\n*2515106*\nsecond line', ['first line', 'second line']],
    ['a page of pages', 'first line\n2/5 \nsecond line', ['first line', 'second line']],
    ['a footnote ending in a symbol keeps its period', 'see\nA/CONF.203/RPM.4/1.', ['see', 'A/CONF.203/RPM.4/1.']],
    [
      'a running title next to the anchors, repeated on each page',
      'Body one\n\nA/RES/9/9 \nOcean Declaration\n \n25-00001\n2/3 \n \ncontinued one.\nOcean Declaration\nA/RES/9/9\n \n3/3\n25-00001 \n \nend.',
      ['Body one', 'continued one.', 'end.'],
    ],
    [
      'a running title printed once, between anchors',
      'Body\nA/RES/9/9 \nOcean Declaration\n \n25-00001\n2/2 \nmore.',
      ['Body', 'more.'],
    ],
    [
      'a subparagraph label is not a running title',
      'x\n(c) \nA/RES/9/9\n2/3\n25-00001\n(c)\nA/RES/9/9\n3/3\n25-00001\ny',
      ['x', '(c)', '(c)', 'y'],
    ],
  ];
  it.each(cases)('%s', (_name, raw, expected) => expect(texts(raw)).toEqual(expected));

  it('marks rules as separators, also one glued to a sentence', () => {
    const items = cleanText('text\n__________________\n1 Note.\ncut by a page ---\n').items.map((i) => i.kind);
    expect(items).toEqual(['text', 'separator', 'text', 'text', 'separator', 'blank']);
  });

  it('turns non-breaking hyphens and narrow spaces into plain ones, one for one', () => {
    expect(texts('non\u2011nuclear\u202fweapon')).toEqual(['non-nuclear weapon']);
  });
});

describe('joinLines', () => {
  const join = (lines: string[], context = ''): string =>
    joinLines(
      lines.map((text, i) => ({ text, line: i + 1 })),
      documentWords([...lines, context]),
    ).text;
  const cases: [string, string[], string, string][] = [
    [
      'a compound keeps its hyphen',
      ['crimes, including money-', 'laundering.'],
      '',
      'crimes, including money-laundering.',
    ],
    [
      'an artefact hyphen goes when the document writes the word whole',
      ['an organi-', 'zation'],
      'every organization',
      'an organization',
    ],
    [
      'a compound also written hyphenated elsewhere keeps it',
      ['action-', 'oriented'],
      'action-oriented plans',
      'action-oriented',
    ],
    ['a 1.1.0 break inside a line closes', ['the nuclear- weapon-free zone'], '', 'the nuclear-weapon-free zone'],
    ['a suspended hyphen stays', ['pre- and post-trial'], '', 'pre- and post-trial'],
    ['lines join with one space', ['  first  part ', ' second'], '', 'first part second'],
  ];
  it.each(cases)('%s', (_name, lines, context, expected) => expect(join(lines, context)).toBe(expected));

  it('knows where each source line starts', () => {
    const joined = joinLines(
      [
        { text: 'alpha', line: 4 },
        { text: 'beta', line: 5 },
      ],
      new Set(),
    );
    expect(joined.lineStarts).toEqual([
      { offset: 0, line: 4 },
      { offset: 6, line: 5 },
    ]);
  });
});
