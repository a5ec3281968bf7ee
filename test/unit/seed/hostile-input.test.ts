// Hostile input, as the seeder may be handed it: empty, binary, huge, wrongly encoded files, cut
// footnotes, repeated paragraph numbers, markers without footnotes. Each gets a message naming the
// file (and the line where there is one), fatal ones as an ExtractError, the others as warnings;
// never an unexplained exception. The CLI prints fatal ones on one line and survives `| head`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../../seed/catalogue/read-catalogue.ts';
import { ExtractError, extractFile, extractText, maxFileBytes } from '../../../seed/extract.ts';
import { firstInvalidUtf8 } from '../../../seed/stages/read-input.ts';

const catalogue = readCatalogue();
const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const resolution = 'The General Assembly,\n\n1. Welcomes the United Nations Convention against Corruption;\n';
function file(name: string, bytes: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('fatal input is an ExtractError naming the file', () => {
  const cases: [string, () => string, string, RegExp][] = [
    ['an empty file', () => file('empty.txt', ''), 'EMPTY_FILE', /empty\.txt: the file is empty/],
    [
      'a binary file',
      () => file('binary.bin', Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0x14, 0, 8, 8, 0, 0, 0xff, 0xd8, 1, 2, 3])),
      'BINARY_FILE',
      /binary\.bin: the file is binary/,
    ],
    [
      'a binary file without NUL bytes',
      () =>
        file('noise.bin', Buffer.from(Array.from({ length: 600 }, (_, i) => [0x01, 0x9f, 0x02, 0xc3, 0x07][i % 5]!))),
      'BINARY_FILE',
      /noise\.bin: the file is binary/,
    ],
    [
      'a 50 MB file, refused before reading',
      () => {
        const p = file('huge.txt', '');
        truncateSync(p, 50 * 1024 * 1024);
        return p;
      },
      'TOO_LARGE',
      /huge\.txt: the file is 50\.0 MB, above the limit of 10 MB/,
    ],
    [
      'Latin-1 bytes, with the line of the first one',
      () => file('latin1.txt', Buffer.from('The General Assembly,\n\n1. Welcomes the caf\xe9 accord;\n', 'latin1')),
      'BAD_ENCODING',
      /latin1\.txt:3: not valid UTF-8 \(byte 0xE9 at column 20\)/,
    ],
    [
      'a Windows-1252 quote',
      () =>
        file(
          'cp1252.txt',
          Buffer.concat([
            Buffer.from('Title\n\nThe General Assembly,\n\n1. Welcomes the '),
            Buffer.from([0x93]),
            Buffer.from('Pact\x94;\n'),
          ]),
        ),
      'BAD_ENCODING',
      /cp1252\.txt:5: not valid UTF-8 \(byte 0x93/,
    ],
    ['a missing file', () => join(dir, 'absent.txt'), 'MISSING_FILE', /absent\.txt: no such file/],
    ['a directory', () => dir, 'UNREADABLE_FILE', /is a directory/],
  ];
  it.each(cases)('%s', (_name, make, code, message) => {
    const path = make();
    let error: unknown;
    try {
      extractFile(path, catalogue);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).code).toBe(code);
    expect((error as ExtractError).message).toMatch(message);
    expect((error as ExtractError).message.startsWith(path)).toBe(true);
  });

  it('text in memory above the limit is refused too', () => {
    expect(() => extractText('x'.repeat(maxFileBytes + 1), { file: 'big.txt', catalogue })).toThrow(
      /^big\.txt: the text has \d+ characters, above the limit/,
    );
  });
});

describe('UTF-16 is read, with a warning when it has no byte order mark', () => {
  const cases: [string, Buffer, string[]][] = [
    ['little-endian with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(resolution, 'utf16le')]), []],
    [
      'big-endian with BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(resolution, 'utf16le').swap16()]),
      [],
    ],
    ['little-endian without BOM', Buffer.from(resolution, 'utf16le'), ['read as UTF-16LE (no byte order mark)']],
    ['big-endian without BOM', Buffer.from(resolution, 'utf16le').swap16(), ['read as UTF-16BE (no byte order mark)']],
  ];
  it.each(cases)('%s', (name, bytes, warnings) => {
    const doc = extractFile(file(`${name.replace(/\W+/g, '-')}.txt`, bytes), catalogue);
    expect(doc.paragraphs.find((p) => p.id === 'op-1')!.citations.map((c) => c.target.id)).toEqual(['uncac']);
    expect(doc.warnings.filter((w) => w.startsWith('read as'))).toEqual(warnings);
  });

  it('finds the first byte that breaks UTF-8', () => {
    expect(firstInvalidUtf8(Buffer.concat([Buffer.from('abc é ', 'utf8'), Buffer.from([0xff])]))).toBe(
      Buffer.from('abc é ', 'utf8').length,
    );
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from('plain'))).toBe(5);
  });
});

describe('readable but damaged input gets warnings naming the line', () => {
  const cases: [string, string, { ids?: string[]; warnings: RegExp[]; text?: [string, string] }][] = [
    [
      'a repeated paragraph number: distinct ids, both lines named',
      'The General Assembly,\n\n1. Decides one;\n\n2. Decides two;\n\n2. Decides two again;\n\n3. Decides three.\n',
      {
        ids: ['op-1', 'op-2', 'op-2-dup2', 'op-3'],
        warnings: [/^line 7: paragraph op-2 repeats the one at line 5; kept as op-2-dup2$/],
      },
    ],
    [
      'a number repeated three times',
      'The General Assembly,\n\n1. One;\n\n1. Again;\n\n1. Once more.\n',
      {
        ids: ['op-1', 'op-1-dup2', 'op-1-dup3'],
        warnings: [
          /^line 5: .*kept as op-1-dup2$/,
          /^line 7: paragraph op-1 repeats the one at line 3; kept as op-1-dup3$/,
        ],
      },
    ],
    [
      'a marker with no footnote stays in the text',
      'The General Assembly,\n\n1. Welcomes the Convention against Corruption7 and the Pact;1\n__________________\n1 Resolution 58/4, annex.\n',
      {
        warnings: [/^line 3: marker 7 after “Corruption” has no footnote; left in the text$/],
        text: ['op-1', 'Welcomes the Convention against Corruption7 and the Pact;'],
      },
    ],
    [
      'a footnote cut mid-way',
      'The General Assembly,\n\n1. Welcomes the Pact;1\n__________________\n1 United Nations, Treaty Ser',
      { warnings: [/^line 5: footnote 1 looks cut off \(it ends “United Nations, Treaty Ser”\)$/] },
    ],
    [
      'a footnote block with a number and no text',
      'The General Assembly,\n\n1. Welcomes the Pact;1\n__________________\n1\n',
      { warnings: [/^line 3: marker 1 after “Pact;” has no footnote; left in the text$/] },
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const doc = extractText(text, { file: 'damaged.txt', catalogue });
    if (expected.ids)
      expect(doc.paragraphs.filter((p) => p.section === 'operative').map((p) => p.id)).toEqual(expected.ids);
    expect(new Set(doc.paragraphs.map((p) => p.id)).size).toBe(doc.paragraphs.length);
    for (const pattern of expected.warnings)
      expect(
        doc.warnings.some((w) => pattern.test(w)),
        `${pattern} in ${JSON.stringify(doc.warnings)}`,
      ).toBe(true);
    if (expected.text) expect(doc.paragraphs.find((p) => p.id === expected.text![0])!.text).toBe(expected.text[1]);
  });
});

describe('the extract command', () => {
  const cli = (args: string[], shell?: string) =>
    shell
      ? spawnSync('bash', ['-c', shell], { encoding: 'utf8' })
      : spawnSync(process.execPath, ['--import', 'tsx', 'seed/cli/extract.ts', ...args], { encoding: 'utf8' });

  it('prints a fatal problem on one line, without a stack, and exits 1', () => {
    const result = cli([file('cli-empty.txt', '')]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^extract: .*cli-empty\.txt: the file is empty$/),
    ]);
  });

  it('ends quietly when piped into head', () => {
    const result = cli(
      [],
      `${process.execPath} --import tsx seed/cli/extract.ts seed/corpus/E-CN.15-2005-5.txt --json | head -c 10 >/dev/null; echo "status \${PIPESTATUS[0]}"`,
    );
    expect(result.stdout.trim()).toBe('status 0');
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
  });
});
