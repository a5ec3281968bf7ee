// The scorer on small hand-made records: what counts as a hit, a miss and an extra, how loose the
// match of uncatalogued instruments is, and that the command fails clearly on bad input.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Citation, ExtractedDocument, TargetKind } from '../../seed/extracted-document.ts';
import {
  loadGold,
  microAverage,
  parseGold,
  scoreCitations,
  slugSimilarity,
  type GoldFile,
} from '../../seed/evaluation/score.ts';
import { findGoldFiles } from '../../seed/evaluation/score-corpus.ts';
import { identityOf } from '../../seed/evaluation/score-identity.ts';
import { runScore } from '../../seed/cli/score.ts';
import { formatScore } from '../../seed/evaluation/score-table.ts';

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
      id,
      section: 'preamble',
      number: 1,
      text: '',
      citations,
      mentions: [],
      themes: [],
    })),
    footnotes: [],
    warnings: [],
  };
}

function gold(expected: Found[], document = 'A/RES/0/1'): GoldFile {
  return {
    document,
    source: 'test',
    notes: '',
    citations: expected.map(([paragraph, target, kind = 'instrument']) => ({
      paragraph,
      target,
      kind,
      via: 'text' as const,
      ...(target.startsWith('uncatalogued:') ? { title: target } : {}),
    })),
  };
}

const U = (slug: string) => `uncatalogued:${slug}`;

describe('scoreCitations', () => {
  const cases: Array<{ name: string; gold: Found[]; found: Found[]; tp: number; fp: number; fn: number }> = [
    {
      name: 'exact matches',
      gold: [
        ['op-1', 'npt'],
        ['op-1', 'A/RES/79/1', 'resolution'],
      ],
      found: [
        ['op-1', 'npt'],
        ['op-1', 'A/RES/79/1', 'resolution'],
      ],
      tp: 2,
      fp: 0,
      fn: 0,
    },
    {
      name: 'a miss',
      gold: [
        ['op-1', 'npt'],
        ['op-2', 'ctbt'],
      ],
      found: [['op-1', 'npt']],
      tp: 1,
      fp: 0,
      fn: 1,
    },
    {
      name: 'an extra',
      gold: [['op-1', 'npt']],
      found: [
        ['op-1', 'npt'],
        ['op-1', 'tpnw'],
      ],
      tp: 1,
      fp: 1,
      fn: 0,
    },
    { name: 'right target, wrong paragraph', gold: [['op-1', 'npt']], found: [['op-2', 'npt']], tp: 0, fp: 1, fn: 1 },
    {
      name: 'duplicates count once',
      gold: [
        ['op-1', 'npt'],
        ['op-1', 'npt'],
      ],
      found: [
        ['op-1', 'npt'],
        ['op-1', 'npt'],
        ['op-1', 'npt'],
      ],
      tp: 1,
      fp: 0,
      fn: 0,
    },
    {
      name: 'subparagraphs fold into their paragraph',
      gold: [['op-5', 'nwfz-treaties', 'group']],
      found: [['op-5-b', 'nwfz-treaties', 'group']],
      tp: 1,
      fp: 0,
      fn: 0,
    },
    { name: 'op-51 is not op-5', gold: [['op-5', 'npt']], found: [['op-51', 'npt']], tp: 0, fp: 1, fn: 1 },
    {
      name: 'loose uncatalogued match',
      gold: [['preamble-30', U('humanitarian-pledge')]],
      found: [['preamble-30', U('the-humanitarian-pledge')]],
      tp: 1,
      fp: 0,
      fn: 0,
    },
    {
      name: 'loose match is one to one and respects numerals',
      gold: [
        ['op-4', U('additional-protocol-i-to-the-treaty-of-tlatelolco')],
        ['op-4', U('additional-protocol-ii-to-the-treaty-of-tlatelolco')],
      ],
      found: [['op-4', U('additional-protocol-ii-to-the-treaty-of-tlatelolco')]],
      tp: 1,
      fp: 0,
      fn: 1,
    },
    {
      name: 'catalogued ids are never loose',
      gold: [['op-1', 'untoc-smuggling-protocol']],
      found: [['op-1', 'untoc-trafficking-protocol']],
      tp: 0,
      fp: 1,
      fn: 1,
    },
    {
      name: 'titles and headings are not scored',
      gold: [],
      found: [
        ['title', 'npt'],
        ['heading-2', 'npt'],
      ],
      tp: 0,
      fp: 0,
      fn: 0,
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const score = scoreCitations(extracted(c.found), gold(c.gold));
      expect([score.truePositives, score.falsePositives.length, score.falseNegatives.length]).toEqual([
        c.tp,
        c.fp,
        c.fn,
      ]);
    });
  }

  /** Gold 4, found 3, 2 of them right, over three kinds of target. */
  const scoreFourThreeTwo = () =>
    scoreCitations(
      extracted([
        ['op-1', 'npt'],
        ['op-1', 'bwc'],
        ['op-2', 'A/RES/1/1', 'resolution'],
      ]),
      gold([
        ['op-1', 'npt'],
        ['op-2', 'A/RES/1/1', 'resolution'],
        ['op-2', 'A/RES/2/2', 'resolution'],
        ['op-3', 'A/1/2', 'document'],
      ]),
    );

  it('computes precision, recall and f1 overall and per kind', () => {
    const score = scoreFourThreeTwo();
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

  it('micro-averages by summing counts over documents before taking the rates', () => {
    // Document 1: gold 4, found 3, 2 right. Document 2: gold 1, found 1, right. Macro would give
    // precision (2/3 + 1) / 2 = 0.83; the micro figure weighs each citation once: 3/4.
    const one = scoreFourThreeTwo();
    const two = scoreCitations(
      extracted([['op-1', 'A/RES/3/3', 'resolution']]),
      gold([['op-1', 'A/RES/3/3', 'resolution']]),
    );
    const micro = microAverage([one, two]);
    expect(micro).toMatchObject({ gold: 5, found: 4, truePositives: 3, precision: 3 / 4, recall: 3 / 5 });
    expect(micro.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
    expect(micro.byKind.resolution).toMatchObject({ gold: 3, found: 2, truePositives: 2, precision: 1, recall: 2 / 3 });
    expect(micro.byKind.group).toMatchObject({ gold: 0, found: 0, precision: 1, recall: 1 });
    expect(microAverage([])).toMatchObject({ gold: 0, found: 0, precision: 1, recall: 1 });
  });

  it('matches an uncatalogued gold instrument to a catalogued id by the catalogue titles, loosely, when given them', () => {
    const trips = U('agreement-on-trade-related-aspects-of-intellectual-property-rights');
    const smuggling = U('protocol-against-the-smuggling-of-migrants-by-land-sea-and-air');
    const titles = new Map([
      ['trips', ['Agreement on Trade-Related Aspects of Intellectual Property Rights', 'TRIPS Agreement']],
      [
        'untoc-trafficking-protocol',
        ['Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children'],
      ],
    ]);
    const found = extracted([
      ['op-1', 'trips'],
      ['op-2', 'untoc-trafficking-protocol'],
    ]);
    const expected = gold([
      ['op-1', trips],
      ['op-2', smuggling],
    ]);
    const tally = (s: ReturnType<typeof scoreCitations>) => [
      s.truePositives,
      s.falsePositives.length,
      s.falseNegatives.length,
    ];
    expect(tally(scoreCitations(found, expected, { catalogueTitles: titles }))).toEqual([1, 1, 1]);
    expect(tally(scoreCitations(found, expected))).toEqual([0, 2, 2]);
  });

  it('keeps the pairs it matched, loose ones with the extracted id', () => {
    const score = scoreCitations(
      extracted([['op-1', U('the-humanitarian-pledge')]]),
      gold([['op-1', U('humanitarian-pledge')]]),
    );
    expect(score.pairs.map((p) => [p.gold.target, p.found.target])).toEqual([
      [U('humanitarian-pledge'), U('the-humanitarian-pledge')],
    ]);
  });

  it.each([
    [
      'the bare cut title "Strategy"',
      [
        ['op-1', U('end-tb-strategy')],
        ['op-2', U('strategy')],
      ],
      1,
    ],
    [
      'a title that swallowed the next words',
      [
        ['op-1', U('end-tb-strategy')],
        ['op-2', U('end-tb-strategy-and-its-associated-targets')],
      ],
      1,
    ],
    [
      'one id everywhere',
      [
        ['op-1', U('end-tb-strategy')],
        ['op-2', U('end-tb-strategy')],
      ],
      0,
    ],
    ['a missed mention with nothing in its place', [['op-1', U('end-tb-strategy')]], 0],
    [
      'an unrelated extra in the paragraph of the miss',
      [
        ['op-1', U('end-tb-strategy')],
        ['op-2', U('delhi-end-tb-summit')],
      ],
      0,
    ],
    [
      'a catalogued extra (a wrong link, not a split)',
      [
        ['op-1', U('end-tb-strategy')],
        ['op-2', 'agenda-2030'],
      ],
      0,
    ],
  ] as Array<[string, Found[], number]>)('identity within a document: %s gives %i split', (_, found, splits) => {
    const g = gold([
      ['op-1', U('end-tb-strategy')],
      ['op-2', U('end-tb-strategy')],
    ]);
    const identity = identityOf([scoreCitations(extracted(found), g)]);
    expect(identity.instruments).toBe(1);
    expect(identity.withinDocuments).toHaveLength(splits);
    expect(identity.acrossDocuments).toHaveLength(splits);
  });

  it('identity: a short form of a catalogued title extracted as its own node is a split', () => {
    const g = gold([
      ['op-1', 'awaza-programme-of-action'],
      ['op-3', 'awaza-programme-of-action'],
    ]);
    g.citations[1]!.surface = 'the Programme of Action';
    const identity = identityOf([
      scoreCitations(
        extracted([
          ['op-1', 'awaza-programme-of-action'],
          ['op-3', U('programme-of-action')],
        ]),
        g,
      ),
    ]);
    expect(identity.withinDocuments).toEqual([
      {
        target: 'awaza-programme-of-action',
        documents: ['A/RES/0/1'],
        nodes: ['awaza-programme-of-action', U('programme-of-action')],
      },
    ]);
  });

  it('identity across documents: one gold instrument extracted under two ids in two documents', () => {
    const a = scoreCitations(
      extracted([['op-1', U('humanitarian-pledge')]]),
      gold([['op-1', U('humanitarian-pledge')]], 'A/RES/0/1'),
    );
    const b = scoreCitations(
      extracted([['op-2', U('humanitarian-pledge-issued')]]),
      gold([['op-2', U('humanitarian-pledge')]], 'A/RES/0/2'),
    );
    const identity = identityOf([a, b]);
    expect(identity).toMatchObject({ instruments: 2, distinctInstruments: 1, withinDocuments: [] });
    expect(identity.acrossDocuments).toEqual([
      {
        target: U('humanitarian-pledge'),
        documents: ['A/RES/0/1', 'A/RES/0/2'],
        nodes: [U('humanitarian-pledge'), U('humanitarian-pledge-issued')],
      },
    ]);
  });

  it.each([
    ['humanitarian-pledge', 'the-humanitarian-pledge', true],
    [
      'protocol-to-the-treaty-on-a-nuclear-weapon-free-zone-in-central-asia',
      'protocol-to-the-treaty-on-a-nuclear-weapon-free-zone',
      true,
    ],
    ['single-convention-1961', 'single-convention-1971', false],
    ['new-strategic-arms-reduction-treaty', 'strategic-arms-limitation-talks-agreement', false],
  ])('slugSimilarity(%s, %s) matches: %s', (a, b, matches) => {
    expect(slugSimilarity(U(a), U(b)) > 0).toBe(matches);
  });
});

describe('gold files', () => {
  it('rejects an invalid entry naming the file, the entry and the field', () => {
    const bad = {
      document: 'A/RES/0/1',
      source: 's',
      notes: '',
      citations: [{ paragraph: 'op-1', target: 'npt', kind: 'treaty', via: 'text' }],
    };
    expect(() => parseGold(bad, 'x.gold.json')).toThrow(
      /x\.gold\.json: invalid gold file:\n {2}citations\[0\] \(paragraph "op-1", target "npt"\), field kind: Invalid option/,
    );
  });

  it('requires a title on uncatalogued instruments and a scored paragraph id', () => {
    const bad = {
      document: 'd',
      source: 's',
      notes: '',
      citations: [
        { paragraph: 'op-1', target: 'uncatalogued:x', kind: 'instrument', via: 'text' },
        { paragraph: 'title', target: 'npt', kind: 'instrument', via: 'text' },
      ],
    };
    expect(() => parseGold(bad, 'y.json')).toThrow(
      /citations\[0\].*uncatalogued target must be an instrument with a title[\s\S]*citations\[1\].*paragraph/,
    );
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
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runScore(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const goodExtracted = write(
    'ok.json',
    JSON.stringify(
      extracted([
        ['op-1', 'npt'],
        ['op-1', 'tpnw'],
      ]),
    ),
  );
  const goodGold = write(
    'ok.gold.json',
    JSON.stringify(
      gold([
        ['op-1', 'npt'],
        ['op-2', 'ctbt'],
      ]),
    ),
  );

  it('prints the table, the misses and the false positives', async () => {
    const r = await run(goodExtracted, goodGold);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/instrument\s+2\s+2\s+1\s+0\.50\s+0\.50/);
    expect(r.out).toMatch(/missed \(in gold, not extracted\) \(1\):\n\s+op-2\s+ctbt/);
    expect(r.out).toMatch(/false positives \(extracted, not in gold\) \(1\):\n\s+op-1\s+tpnw/);
  });

  it('prints JSON with --json', async () => {
    const r = await run('--json', goodExtracted, goodGold);
    expect(JSON.parse(r.out)).toMatchObject({ truePositives: 1, precision: 0.5, recall: 0.5 });
  });

  it('prints help, which defines the identity figure', async () => {
    expect(await run('--help')).toMatchObject({
      code: 0,
      out: expect.stringMatching(
        /^Usage: npm run --silent score[\s\S]*identity\s+gold instruments that became more than one node/,
      ),
    });
  });

  it.each([
    ['a missing argument', () => [goodExtracted], /expected 2 files/],
    ['an unknown option', () => ['--csv', goodExtracted, goodGold], /unknown option --csv/],
    ['a missing file', () => [join(dir, 'none.json'), goodGold], /none\.json: cannot read: no such file/],
    ['invalid JSON', () => [write('broken.json', '{"paragraphs": ['), goodGold], /broken\.json: not valid JSON/],
    [
      'a record that is not an extraction',
      () => [write('other.json', '{"a": 1}'), goodGold],
      /other\.json: not an extracted document/,
    ],
    [
      'an invalid gold file',
      () => [goodExtracted, write('bad.gold.json', '{"document": "d"}')],
      /bad\.gold\.json: invalid gold file/,
    ],
    ['--gold without a directory', () => ['--gold'], /--gold needs a directory/],
    ['--gold on a missing directory', () => ['--gold', join(dir, 'nowhere')], /nowhere: not a directory/],
    ['--details with two files', () => ['--details', goodExtracted, goodGold], /--gold and --details go with --all/],
    ['--all with files', () => ['--all', goodExtracted], /--all takes no files/],
  ])('exits 2 naming the problem on %s', async (_, args, message) => {
    const r = await run(...args());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('validates every shipped gold file, in every corpus', () => {
    const files = findGoldFiles(join(import.meta.dirname, '../../seed/evaluation/gold'));
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(files.some((f) => f.includes('/pdf/'))).toBe(true);
    for (const f of files) expect(loadGold(f).citations.length, f).toBeGreaterThan(0);
  });

  it('--all scores each gold file against its extracted source, and lists an unreadable one without failing', async () => {
    const goldDir = join(dir, 'all');
    mkdirSync(join(goldDir, 'pdf'), { recursive: true });
    const source = join(import.meta.dirname, '../../seed/corpus/ga-80/A-RES-80-22.txt');
    // Two citations of A/RES/80/22 (the CCW in preamble-9, A/80/237 through fn4 in op-3) and one it does not make.
    const small: GoldFile = {
      ...gold(
        [
          ['preamble-9', 'ccw'],
          ['op-3', 'A/80/237', 'document'],
          ['op-1', 'npt'],
        ],
        'A/RES/80/22',
      ),
      source,
    };
    writeFileSync(join(goldDir, 'small.gold.json'), JSON.stringify(small));
    const fakePdf = write('fake.pdf', '%PDF-1.7\n\u0000\u0001\u0002 not a real document\n%%EOF\n');
    writeFileSync(
      join(goldDir, 'pdf', 'fake.gold.json'),
      JSON.stringify({ ...gold([['op-1', 'npt']], 'A/RES/0/2'), source: fakePdf }),
    );
    const r = await run('--gold', goldDir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^1 of 2 gold documents scored/);
    expect(r.out).toMatch(/A\/RES\/80\/22\s+3\s+\d+\s+2\s/);
    expect(r.out).toMatch(/micro average\s+3\s+\d+\s+2\s/);
    expect(r.out).toMatch(/not scored:\n\s+A\/RES\/0\/2 \(.*fake\.pdf\): (?:not readable yet|cannot extract)/);
    expect(r.out).toMatch(/identity: 0 of 2 gold instruments/);
    const json = JSON.parse((await run('--gold', goldDir, '--json')).out);
    expect(json.micro).toMatchObject({ gold: 3, truePositives: 2 });
  }, 60_000);
});
