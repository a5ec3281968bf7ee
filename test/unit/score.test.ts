// The scorer on small hand-made records: what counts as a hit, a miss and an extra, how loose the
// match of uncatalogued instruments is, and that the command fails clearly on bad input.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Citation, ExtractedDocument, TargetKind } from '../../seed/record.ts';
import { loadGold, parseGold, scoreCitations, slugSimilarity, type GoldFile } from '../../seed/score.ts';
import { runScore } from '../../seed/cli/score.ts';
import { formatScore } from '../../seed/score-table.ts';

type Found = [paragraph: string, target: string, kind?: TargetKind];

function extracted(found: Found[]): ExtractedDocument {
  const paragraphs = new Map<string, Citation[]>();
  for (const [p, id, kind = 'instrument'] of found) {
    const list = paragraphs.get(p) ?? [];
    list.push({ target: { id, kind }, surface: id, start: 0, end: id.length, via: 'text' });
    paragraphs.set(p, list);
  }
  return {
    document: { symbol: 'A/RES/0/1', title: 'Test' },
    paragraphs: [...paragraphs].map(([id, citations]) => ({
      id, section: 'preamble', number: 1, text: '', citations, mentions: [], themes: [],
    })),
    footnotes: [],
    warnings: [],
  };
}

function gold(expected: Found[]): GoldFile {
  return {
    document: 'A/RES/0/1',
    source: 'test',
    notes: '',
    citations: expected.map(([paragraph, target, kind = 'instrument']) => ({
      paragraph, target, kind, via: 'text' as const,
      ...(target.startsWith('uncatalogued:') ? { title: target } : {}),
    })),
  };
}

const U = (slug: string) => `uncatalogued:${slug}`;

describe('scoreCitations', () => {
  const cases: Array<{ name: string; gold: Found[]; found: Found[]; tp: number; fp: number; fn: number }> = [
    { name: 'exact matches', gold: [['op-1', 'npt'], ['op-1', 'A/RES/79/1', 'resolution']], found: [['op-1', 'npt'], ['op-1', 'A/RES/79/1', 'resolution']], tp: 2, fp: 0, fn: 0 },
    { name: 'a miss', gold: [['op-1', 'npt'], ['op-2', 'ctbt']], found: [['op-1', 'npt']], tp: 1, fp: 0, fn: 1 },
    { name: 'an extra', gold: [['op-1', 'npt']], found: [['op-1', 'npt'], ['op-1', 'tpnw']], tp: 1, fp: 1, fn: 0 },
    { name: 'right target, wrong paragraph', gold: [['op-1', 'npt']], found: [['op-2', 'npt']], tp: 0, fp: 1, fn: 1 },
    { name: 'duplicates count once', gold: [['op-1', 'npt'], ['op-1', 'npt']], found: [['op-1', 'npt'], ['op-1', 'npt'], ['op-1', 'npt']], tp: 1, fp: 0, fn: 0 },
    { name: 'subparagraphs fold into their paragraph', gold: [['op-5', 'nwfz-treaties', 'group']], found: [['op-5-b', 'nwfz-treaties', 'group']], tp: 1, fp: 0, fn: 0 },
    { name: 'op-51 is not op-5', gold: [['op-5', 'npt']], found: [['op-51', 'npt']], tp: 0, fp: 1, fn: 1 },
    { name: 'loose uncatalogued match', gold: [['preamble-30', U('humanitarian-pledge')]], found: [['preamble-30', U('the-humanitarian-pledge')]], tp: 1, fp: 0, fn: 0 },
    {
      name: 'loose match is one to one and respects numerals',
      gold: [['op-4', U('additional-protocol-i-to-the-treaty-of-tlatelolco')], ['op-4', U('additional-protocol-ii-to-the-treaty-of-tlatelolco')]],
      found: [['op-4', U('additional-protocol-ii-to-the-treaty-of-tlatelolco')]],
      tp: 1, fp: 0, fn: 1,
    },
    { name: 'catalogued ids are never loose', gold: [['op-1', 'untoc-smuggling-protocol']], found: [['op-1', 'untoc-trafficking-protocol']], tp: 0, fp: 1, fn: 1 },
    { name: 'titles and headings are not scored', gold: [], found: [['title', 'npt'], ['heading-2', 'npt']], tp: 0, fp: 0, fn: 0 },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const score = scoreCitations(extracted(c.found), gold(c.gold));
      expect([score.truePositives, score.falsePositives.length, score.falseNegatives.length]).toEqual([c.tp, c.fp, c.fn]);
    });
  }

  it('computes precision, recall and f1 overall and per kind', () => {
    const score = scoreCitations(
      extracted([['op-1', 'npt'], ['op-1', 'bwc'], ['op-2', 'A/RES/1/1', 'resolution']]),
      gold([['op-1', 'npt'], ['op-2', 'A/RES/1/1', 'resolution'], ['op-2', 'A/RES/2/2', 'resolution'], ['op-3', 'A/1/2', 'document']]),
    );
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBeCloseTo(2 / 4);
    expect(score.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5));
    expect(score.byKind.instrument).toMatchObject({ gold: 1, found: 2, truePositives: 1, precision: 0.5, recall: 1 });
    expect(score.byKind.resolution).toMatchObject({ gold: 2, found: 1, truePositives: 1, precision: 1, recall: 0.5 });
    expect(score.byKind.document).toMatchObject({ gold: 1, found: 0, truePositives: 0, recall: 0 });
    expect(score.byKind.group).toMatchObject({ gold: 0, found: 0, precision: 1, recall: 1 });
    expect(score.missingParagraphs).toEqual(['op-3']);
    expect(formatScore(score)).toMatch(/all\s+4\s+3\s+2\s+0\.67\s+0\.50/);
  });

  it.each([
    ['humanitarian-pledge', 'the-humanitarian-pledge', true],
    ['protocol-to-the-treaty-on-a-nuclear-weapon-free-zone-in-central-asia', 'protocol-to-the-treaty-on-a-nuclear-weapon-free-zone', true],
    ['single-convention-1961', 'single-convention-1971', false],
    ['new-strategic-arms-reduction-treaty', 'strategic-arms-limitation-talks-agreement', false],
  ])('slugSimilarity(%s, %s) matches: %s', (a, b, matches) => {
    expect(slugSimilarity(U(a), U(b)) > 0).toBe(matches);
  });
});

describe('gold files', () => {
  it('rejects an invalid entry naming the file, the entry and the field', () => {
    const bad = { document: 'A/RES/0/1', source: 's', notes: '', citations: [{ paragraph: 'op-1', target: 'npt', kind: 'treaty', via: 'text' }] };
    expect(() => parseGold(bad, 'x.gold.json')).toThrow(/x\.gold\.json: invalid gold file:\n {2}citations\[0\] \(paragraph "op-1", target "npt"\), field kind: Invalid option/);
  });

  it('requires a title on uncatalogued instruments and a scored paragraph id', () => {
    const bad = { document: 'd', source: 's', notes: '', citations: [
      { paragraph: 'op-1', target: 'uncatalogued:x', kind: 'instrument', via: 'text' },
      { paragraph: 'title', target: 'npt', kind: 'instrument', via: 'text' },
    ] };
    expect(() => parseGold(bad, 'y.json')).toThrow(/citations\[0\].*uncatalogued target must be an instrument with a title[\s\S]*citations\[1\].*paragraph/);
  });
});

describe('score command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'score-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: string) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };
  const run = (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = runScore(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const goodExtracted = write('ok.json', JSON.stringify(extracted([['op-1', 'npt'], ['op-1', 'tpnw']])));
  const goodGold = write('ok.gold.json', JSON.stringify(gold([['op-1', 'npt'], ['op-2', 'ctbt']])));

  it('prints the table, the misses and the false positives', () => {
    const r = run(goodExtracted, goodGold);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/instrument\s+2\s+2\s+1\s+0\.50\s+0\.50/);
    expect(r.out).toMatch(/missed \(in gold, not extracted\) \(1\):\n\s+op-2\s+ctbt/);
    expect(r.out).toMatch(/false positives \(extracted, not in gold\) \(1\):\n\s+op-1\s+tpnw/);
  });

  it('prints JSON with --json', () => {
    const r = run('--json', goodExtracted, goodGold);
    expect(JSON.parse(r.out)).toMatchObject({ truePositives: 1, precision: 0.5, recall: 0.5 });
  });

  it('prints help', () => {
    expect(run('--help')).toMatchObject({ code: 0, out: expect.stringMatching(/^Usage: npm run --silent score/) });
  });

  it.each([
    ['a missing argument', () => [goodExtracted], /expected 2 files/],
    ['an unknown option', () => ['--csv', goodExtracted, goodGold], /unknown option --csv/],
    ['a missing file', () => [join(dir, 'none.json'), goodGold], /none\.json: cannot read: no such file/],
    ['invalid JSON', () => [write('broken.json', '{"paragraphs": ['), goodGold], /broken\.json: not valid JSON/],
    ['a record that is not an extraction', () => [write('other.json', '{"a": 1}'), goodGold], /other\.json: not an extracted document/],
    ['an invalid gold file', () => [goodExtracted, write('bad.gold.json', '{"document": "d"}')], /bad\.gold\.json: invalid gold file/],
  ])('exits 2 naming the problem on %s', (_, args, message) => {
    const r = run(...args());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('validates every shipped gold file', () => {
    const goldDir = join(import.meta.dirname, '../gold/ga-80');
    const files = readdirSync(goldDir).filter((f) => f.endsWith('.gold.json'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) expect(loadGold(join(goldDir, f)).citations.length, f).toBeGreaterThan(0);
  });
});
