// Whatever the input, the extractor returns a document or throws an ExtractError: never another
// exception. Inputs are random text, random lines in the genre's shapes, and real documents
// mutated (lines dropped, duplicated, shuffled, cut, noise inserted).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../../seed/catalogue/read-catalogue.ts';
import { ExtractError, extractText } from '../../../seed/extract.ts';
import { decode } from '../../../seed/stages/read-input.ts';

const catalogue = readCatalogue();
const seeds = [
  'seed/corpus/E-CN.15-2005-5.txt',
  'test/fixtures/ga-resolution-annexed-declaration.txt',
  'test/fixtures/ecosoc-note-joined-text.txt',
  'seed/corpus/ga-80/A-RES-80-15.txt',
].map((file) => readFileSync(file, 'utf8'));

/** Runs the extractor and checks the invariants of whatever it returns. */
function survives(text: string): void {
  try {
    const doc = extractText(text, { file: 'generated.txt', catalogue });
    expect(doc.paragraphs.length).toBeGreaterThan(0);
    // Never two paragraphs with one id, whatever numbers the text repeats.
    expect(new Set(doc.paragraphs.map((p) => p.id)).size).toBe(doc.paragraphs.length);
    for (const w of doc.warnings) expect(w).toMatch(/^(?:line \d+: |no document |read as )/);
    for (const p of doc.paragraphs) {
      for (const c of [...p.citations, ...p.mentions]) expect(p.text.slice(c.start, c.end)).toBe(c.surface);
    }
  } catch (err) {
    if (!(err instanceof ExtractError)) throw err;
    expect(err.message).toMatch(/^generated\.txt/);
  }
}

const genreLine = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '__________________',
    '---',
    '7',
    '2/5',
    '25-15106 (E)',
    '*2515106*',
    'A/RES/80/3',
    'E/CN.15/2005/5',
    'Annex',
    'Annex II',
    'Note by the Secretariat',
    'The General Assembly,',
    'We, the States Members of the United Nations,',
    'Declare as follows:',
    '18th plenary meeting',
    '14 October 2025',
    '(a)',
    '1.',
    'I.',
    '80/3. Awaza Political Declaration',
    '* E/CN.15/2005/1.',
    'Ibid., vol. 993, No. 14537.',
    'United Nations, Treaty Series, vol. 823, No. 11806.',
    'money-',
    'laundering.',
    'Recalling its resolutions 76/217 of 17 December 2021 and 79/279,',
    'the Convention against Corruption3 and that Convention',
    'its Protocols,2 the Protocols thereto',
    'Item 3 of the provisional agenda*',
    '(Treaty of Tlatelolco)1 of 19721',
    'the Commission',
    // Hostile shapes: a cut footnote, a number-only footnote, a repeated number, a marker without footnote.
    '1 United Nations, Treaty Ser',
    '2',
    '5. Decides five;',
    '5. Decides five again;',
    'the Convention against Corruption9 and',
    'the treaties of Tlatelolco, Rarotonga and Pelindaba',
    'Additional Protocols I and II to the Treaty',
    'the Treaty in New York',
  ),
  fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom('. ', ' ', ''), fc.string())
    .map(([n, sep, s]) => `${n}${sep}${s}`),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);

describe('extractText never throws an unexplained exception', () => {
  it('on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), survives), { numRuns: 300 });
  });

  it('on random lines in the shapes of the genre', () => {
    fc.assert(
      fc.property(fc.array(genreLine, { maxLength: 60 }), (lines) => survives(lines.join('\n'))),
      { numRuns: 400 },
    );
  });

  it('on random bytes, read by the file policy (BOMs, UTF-16, Latin-1, NULs)', () => {
    const prefix = fc.constantFrom([], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf]);
    fc.assert(
      fc.property(prefix, fc.uint8Array({ maxLength: 600 }), fc.boolean(), (bom, body, utf16) => {
        const text = Buffer.from(utf16 ? Buffer.from(seeds[0]!.slice(0, body.length), 'utf16le') : body);
        let decoded: string;
        try {
          decoded = decode(Buffer.concat([Buffer.from(bom), text]), 'generated.txt').text;
        } catch (err) {
          if (!(err instanceof ExtractError)) throw err;
          expect(err.message).toMatch(/^generated\.txt/);
          return;
        }
        survives(decoded);
      }),
      { numRuns: 300 },
    );
  });

  it('on real documents, mutated', () => {
    const mutation = fc.record({
      doc: fc.integer({ min: 0, max: seeds.length - 1 }),
      edits: fc.array(
        fc.tuple(
          fc.constantFrom('drop', 'dup', 'swap', 'cut', 'noise', 'join'),
          fc.nat(),
          fc.nat(),
          fc.string({ maxLength: 12 }),
        ),
        { maxLength: 25 },
      ),
    });
    fc.assert(
      fc.property(mutation, ({ doc, edits }) => {
        const lines = seeds[doc]!.split('\n');
        for (const [op, a, b, noise] of edits) {
          const i = a % Math.max(1, lines.length);
          const j = b % Math.max(1, lines.length);
          if (op === 'drop') lines.splice(i, 1);
          else if (op === 'dup') lines.splice(i, 0, lines[i] ?? '');
          else if (op === 'swap') [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
          else if (op === 'cut') lines[i] = (lines[i] ?? '').slice(0, b % 40);
          else if (op === 'noise') lines.splice(i, 0, noise);
          else lines.splice(i, 2, `${lines[i] ?? ''}${lines[i + 1] ?? ''}`);
        }
        survives(lines.join('\n'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('bad input', () => {
  const cases: [string, string, RegExp][] = [
    ['empty', '   \n\n', /empty/],
    ['binary', 'PK\u0003\u0004\u0000\u0000binary', /binary/],
    ['no paragraphs', 'Just a heading\n\nAnother heading', /no recognisable paragraphs/],
  ];
  it.each(cases)('%s input is a named ExtractError', (_name, text, message) => {
    expect(() => extractText(text, { file: 'bad.txt', catalogue })).toThrow(ExtractError);
    expect(() => extractText(text, { file: 'bad.txt', catalogue })).toThrow(message);
    expect(() => extractText(text, { file: 'bad.txt', catalogue })).toThrow(/^bad\.txt/);
  });

  it('a missing file is a named ExtractError', async () => {
    const { extractFile } = await import('../../../seed/extract.ts');
    expect(() => extractFile('test/fixtures/no-such-file.txt', catalogue)).toThrow(/no-such-file\.txt: no such file/);
  });

  it('an odd but readable document gets warnings naming the line', () => {
    const doc = extractText('The General Assembly,\n\n1. Decides one;\n\n5. Decides five.\n', {
      file: 'odd.txt',
      catalogue,
    });
    expect(doc.warnings).toContain('line 5: paragraph 5 follows paragraph 1');
  });
});
