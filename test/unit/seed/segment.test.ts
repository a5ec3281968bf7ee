// The segmenter's reader (seed/stages/segment-states.ts) over small documents of the genre, one
// per shape: which paragraphs a reader of the text finds, with the ids the gold files use
// (seed/evaluation/gold/README.md): `op-N` by printed number, `preamble-N` by clause order, an
// annex's paragraphs prefixed, a note's paragraphs `note-N`.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../seed/stages/clean.ts';
import { segment } from '../../../seed/stages/segment.ts';

const read = (lines: string[]) => segment(cleanText(`${lines.join('\n\n')}\n`));
const ids = (lines: string[]) => read(lines).paragraphs.map((p) => p.id);

describe('segment', () => {
  it.each([
    {
      shape: 'a resolution: numbered title, opening, preamble clauses, numbered paragraphs',
      lines: [
        '80/3. Awaza Political Declaration',
        'The General Assembly,',
        'Recalling its resolution 78/1,',
        'Noting with appreciation the work of the Committee,',
        '1. Decides to convene a meeting;',
        '2. Requests the Secretary-General to report.',
      ],
      expected: ['title-1', 'preamble-1', 'preamble-2', 'op-1', 'op-2'],
    },
    {
      shape: 'a declaration adopted in the body ("Adopts the following ...:") is read as an annex',
      lines: [
        'The General Assembly,',
        'Recalling its resolution 78/1,',
        'Adopts the following political declaration of the high-level meeting of the General Assembly on the fight ' +
          'against tuberculosis:',
        'We, the Heads of State and Government,',
        'Reaffirming our commitment,',
        'Declare as follows:',
        '1. We commit to act.',
        '2. We resolve to report.',
      ],
      expected: ['preamble-1', 'op-1', 'annex-preamble-1', 'annex-op-1', 'annex-op-2'],
    },
    {
      shape: 'an annex heading opens a part of its own; a roman numeral opens a heading',
      lines: [
        'The General Assembly,',
        'Recalling its resolution 78/1,',
        '1. Adopts the text annexed to the present resolution.',
        'Annex II',
        'Declaration on something',
        '1. States should act.',
        'II. Implementation',
        '2. States should report.',
      ],
      expected: ['preamble-1', 'op-1', 'annex-ii-title-1', 'annex-ii-op-1', 'annex-ii-heading-1', 'annex-ii-op-2'],
    },
    {
      shape: 'a note, then the draft resolution it transmits',
      lines: [
        'Ocean affairs',
        'Note by the Secretariat',
        '1. The note text.',
        '2. More text.',
        'The General Assembly,',
        'Recalling its resolution 78/1,',
        '1. Decides to act.',
      ],
      expected: ['title-1', 'note-1', 'note-2', 'preamble-1', 'op-1'],
    },
    {
      shape: 'preamble clauses with no opening before them, then unnumbered operative paragraphs',
      lines: [
        'Recalling its resolution 78/1,',
        'Noting the report,',
        'Decides to act.',
        'Requests the Secretary-General to report.',
      ],
      expected: ['preamble-1', 'preamble-2', 'op-1', 'op-2'],
    },
  ])('$shape', ({ lines, expected }) => {
    expect(ids(lines)).toEqual(expected);
  });

  it('joins lettered items to their paragraph and warns of a gap in the numbering', () => {
    const doc = read([
      'The General Assembly,',
      'Recalling its resolution 78/1,',
      '1. Decides:',
      '(a) To support the work;',
      '(b) To report;',
      '3. Requests the Secretary-General to report.',
    ]);
    expect(doc.paragraphs.map((p) => p.id)).toEqual(['preamble-1', 'op-1', 'op-3']);
    expect(doc.paragraphs[1]!.text).toBe('Decides: (a) To support the work; (b) To report;');
    expect(doc.warnings).toEqual([expect.stringMatching(/^line 11: paragraph 3 follows paragraph 1$/)]);
  });

  it('closes the resolution at the plenary line, whose date dates the document', () => {
    const doc = read([
      '80/3. Awaza Political Declaration',
      'The General Assembly,',
      'Recalling its resolution 78/1,',
      '1. Decides to act.',
      '18th plenary meeting\n14 October 2025',
    ]);
    expect(doc.paragraphs.map((p) => p.id)).toEqual(['title-1', 'preamble-1', 'op-1']);
    expect(doc.info.date).toBe('2025-10-14');
  });

  it('reads a note as a note', () => {
    expect(read(['Ocean affairs', 'Note by the Secretariat', '1. The note text.']).info.kind).toBe('note');
  });
});
