// Broken documents handed to the seeder, mixed with good ones: each bad file is reported by name
// (and line, where there is one), nothing of it reaches the database, the good ones land whole,
// and neither seedDocuments nor the seed command crashes. (The extractor's own messages are
// tested in test/unit/seed/hostile-input.test.ts; this is the seeder around it.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/database.ts';
import { ensureSchemaAndCatalogue, seedDocuments } from '../../seed/seed-documents.ts';
import { connectTestDatabase, testNeo4j } from '../support/database.ts';
import { ABSENT, census, documentState, isWhole } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'instrument-graph-hostile-docs-'));
const at = (name: string) => join(dir, name);

/** A small General Assembly resolution numbered 99/n, so its symbol is this test's alone. */
const resolution = (n: number, body: string) =>
  `United Nations\nA/RES/99/${n}\n\nGeneral Assembly\nDistr.: General\n19 September 2025\n\nNinety-ninth session\n\n` +
  ` Resolution adopted by the General Assembly\non 19 September 2025\n\n99/${n}. Reliability test resolution ${n}\n\nThe General Assembly,\n\n${body}`;
const symbol = (n: number) => `A/RES/99/${n}`;

/** Files that cannot be a document: each must fail, by name, and leave nothing behind. */
const FATAL: [string, () => void, RegExp][] = [
  ['empty.txt', () => writeFileSync(at('empty.txt'), ''), /empty\.txt: the file is empty/],
  [
    'binary.bin',
    () => writeFileSync(at('binary.bin'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0x14, 0, 8, 8, 0xff, 0xd8, 1, 2, 3])),
    /binary\.bin: the file is binary/,
  ],
  [
    'huge.txt',
    () => {
      writeFileSync(at('huge.txt'), resolution(905, '1. Decides.\n'));
      truncateSync(at('huge.txt'), 50 * 1024 * 1024);
    },
    /huge\.txt: the file is 50\.0 MB, above the limit/,
  ],
  [
    'latin1.txt',
    () => writeFileSync(at('latin1.txt'), Buffer.from(resolution(906, '1. Welcomes the caf\xe9 accord;\n'), 'latin1')),
    /latin1\.txt:17: not valid UTF-8/,
  ],
  ['no-paragraphs.txt', () => writeFileSync(at('no-paragraphs.txt'), 'Just a title\n'), /no-paragraphs\.txt/],
];
/** Readable but damaged: they load whole, and the damage is reported with its line. */
const DAMAGED: [string, number, string, RegExp][] = [
  [
    'duplicate-numbers.txt',
    902,
    '1. Decides one;\n\n2. Decides two;\n\n2. Decides two again;\n\n3. Decides three.\n',
    /line 21: paragraph op-2 repeats the one at line 19/,
  ],
  [
    'orphan-marker.txt',
    903,
    '1. Welcomes the Convention against Corruption7 and the Pact;1\n__________________\n1 Resolution 58/4, annex.\n',
    /line 17: marker 7 after “Corruption” has no footnote/,
  ],
  [
    'cut-footnotes.txt',
    904,
    '1. Welcomes the Pact;1\n__________________\n1 United Nations, Treaty Ser',
    /line 19: footnote 1 looks cut off/,
  ],
];
const GOOD = [at('good-901.txt'), at('good-907.txt')];
const OURS = [901, 902, 903, 904, 905, 906, 907].map(symbol);

let db: Database;
let before: Awaited<ReturnType<typeof census>>;

async function removeOurs(): Promise<void> {
  await db.write('MATCH (n:InstrumentGraph) WHERE n.document IN $symbols OR n.id IN $symbols DETACH DELETE n', {
    symbols: OURS,
  });
}

beforeAll(async () => {
  db = await connectTestDatabase();
  for (const [, make] of FATAL) make();
  for (const [name, n, body] of DAMAGED) writeFileSync(at(name), resolution(n, body));
  writeFileSync(
    GOOD[0]!,
    resolution(
      901,
      '1. Welcomes the United Nations Convention against Corruption;\n\n2. Decides to remain seized of the matter.\n',
    ),
  );
  writeFileSync(
    GOOD[1]!,
    resolution(907, '1. Recalls the United Nations Convention against Transnational Organized Crime;\n'),
  );
  await removeOurs();
  // The catalogue is shared by every document and stays when ours are removed: load it before
  // the census, so "as before" means "no trace of these files", whatever ran earlier.
  await ensureSchemaAndCatalogue(db);
  before = await census(db);
});

afterAll(async () => {
  await removeOurs();
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

// Bad files first, between and after the good ones, so that each position is exercised.
const mixed = () => [
  at('empty.txt'),
  GOOD[0]!,
  at('binary.bin'),
  at('huge.txt'),
  at('latin1.txt'),
  GOOD[1]!,
  at('no-paragraphs.txt'),
];

describe('seedDocuments over broken files mixed with good ones', () => {
  it('loads the good ones whole, reports each bad one by file name, and writes nothing of them', async () => {
    const lines: string[] = [];
    const report = await seedDocuments(db, mixed(), { onError: 'continue', log: (line) => lines.push(line) });
    expect(report.documents.map((d) => [d.file.split('/').pop(), d.status])).toEqual([
      ['empty.txt', 'failed'],
      ['good-901.txt', 'loaded'],
      ['binary.bin', 'failed'],
      ['huge.txt', 'failed'],
      ['latin1.txt', 'failed'],
      ['good-907.txt', 'loaded'],
      ['no-paragraphs.txt', 'failed'],
    ]);
    for (const [name, , message] of FATAL) {
      const failed = report.failed.find((d) => d.file === at(name))!;
      expect(failed.error, name).toMatch(message);
      // The progress output names the file too, so a terminal user sees which one.
      expect(
        lines.some((line) => line.includes(name)),
        `${name} in ${JSON.stringify(lines)}`,
      ).toBe(true);
    }
    for (const n of [901, 907]) expect(isWhole(await documentState(db, symbol(n)))).toBe(true);
    for (const n of [905, 906]) expect(await documentState(db, symbol(n))).toEqual(ABSENT);
    // Removing the two good documents leaves the database exactly as it was: nothing else was written.
    await removeOurs();
    expect(await census(db)).toEqual(before);
  }, 120_000);

  it('with onError "stop", stops at the first bad file and writes nothing after it', async () => {
    const report = await seedDocuments(db, [GOOD[0]!, at('latin1.txt'), GOOD[1]!], { onError: 'stop' });
    expect(report.documents.map((d) => d.status)).toEqual(['loaded', 'failed', 'not attempted']);
    expect(await documentState(db, symbol(907))).toEqual(ABSENT);
    await removeOurs();
    expect(await census(db)).toEqual(before);
  }, 120_000);

  it('loads damaged but readable files whole (duplicate numbers kept apart, orphan markers left, cut footnotes kept)', async () => {
    const report = await seedDocuments(
      db,
      DAMAGED.map(([name]) => at(name)),
      { onError: 'continue' },
    );
    expect(report.documents.map((d) => d.status)).toEqual(['loaded', 'loaded', 'loaded']);
    for (const [, n] of DAMAGED) expect(isWhole(await documentState(db, symbol(n)))).toBe(true);
    const [dup] = await db.read('MATCH (p:Paragraph {document: $s}) RETURN collect(p.localId) AS ids', {
      s: symbol(902),
    });
    expect((dup!.ids as string[]).sort()).toEqual(['op-1', 'op-2', 'op-2-dup2', 'op-3', 'title-1']);
    await removeOurs();
  }, 120_000);

  // A damaged but readable file loads, and the seeder says what the extractor had to guess.
  it('reports the damage of each readable file with its name and line', async () => {
    const lines: string[] = [];
    await seedDocuments(
      db,
      DAMAGED.map(([name]) => at(name)),
      { onError: 'continue', force: true, log: (line) => lines.push(line) },
    );
    await removeOurs();
    for (const [name, , , warning] of DAMAGED) {
      expect(
        lines.some((line) => line.includes(name) && warning.test(line)),
        `${name} ${warning} in ${JSON.stringify(lines)}`,
      ).toBe(true);
    }
  }, 120_000);
});

describe('the seed command over broken files', () => {
  it('exits 1, names every bad file with its reason, loads the good ones, and does not crash', async () => {
    const { uri, user, password, database } = await testNeo4j();
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'seed/cli/seed.ts', '--quiet', ...mixed()], {
      encoding: 'utf8',
      timeout: 180_000,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database },
    });
    const output = result.stdout + result.stderr;
    expect(result.status, output).toBe(1);
    expect(output).not.toMatch(/\n\s+at .*\.ts:\d+/); // no stack trace
    expect(output).toMatch(/5 document\(s\) failed/);
    for (const [name, , message] of FATAL) expect(output, name).toMatch(message);
    for (const n of [901, 907]) expect(isWhole(await documentState(db, symbol(n)))).toBe(true);
    for (const n of [905, 906]) expect(await documentState(db, symbol(n))).toEqual(ABSENT);
    // No census here: removeOurs deletes the good documents' nodes directly, not through the
    // loader's clear step, so a link their text made between two catalogue nodes may remain.
    // The bad files' absence is what this test is for, and documentState proves it above.
    await removeOurs();
  }, 240_000);
});
