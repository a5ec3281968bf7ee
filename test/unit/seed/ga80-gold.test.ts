// The real extractor against the gold files of the GA 80th-session corpus. The gold was written by
// reading the documents (seed/evaluation/gold/README.md); this test prints each score table so a change to
// the extractor shows what it gained and lost, and holds the bar: precision >= 0.8, recall >= 0.7.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../../seed/catalogue/read-catalogue.ts';
import { extractFile } from '../../../seed/extract.ts';
import { catalogueTitles, loadGold, scoreCitations } from '../../../seed/evaluation/score.ts';
import { formatScore } from '../../../seed/evaluation/score-table.ts';

const root = join(import.meta.dirname, '../../..');
const goldDir = join(root, 'seed/evaluation/gold/ga-80');
const goldFiles = readdirSync(goldDir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
const golds = goldFiles.map((f) => ({ file: f, gold: loadGold(join(goldDir, f)) }));

describe('GA 80 gold files', () => {
  const catalogue = readCatalogue();
  const ids = new Set<string>([...catalogue.instruments.map((i) => i.id), ...catalogue.groups.map((g) => g.id)]);

  it('cover at least three documents', () => {
    expect(golds.length).toBeGreaterThanOrEqual(3);
  });

  // Catalogue ids change while the catalogue grows; a renamed id must fail here, not as a miss.
  it.each(golds)('$file names only catalogue ids, normalised symbols and its own source', ({ gold }) => {
    const symbolOf = gold.document.replace(/^A\/RES\//, '').replaceAll('/', '-');
    expect(gold.source).toBe(`seed/corpus/ga-80/A-RES-${symbolOf}.txt`);
    for (const c of gold.citations) {
      const where = `${c.paragraph} ${c.target}`;
      // Resolutions and decisions of every organ (seed/evaluation/gold/README.md): A/RES/, A/DEC/, E/DEC/,
      // A/HRC/DEC/, FCCC/DEC/, CBD/COP/DEC/, the specialised agencies' GC(66)/RES/10, GC(XXXIV)/RES/530,
      // WHA77.1, and the OAU Council of Ministers' CM/Res.1153 (XLVIII).
      if (c.kind === 'resolution')
        expect(c.target, where).toMatch(
          /^(?:(?:A|S|E)\/RES\/|A\/HRC\/(?:RES|DEC)\/|[A-Z]+\/(?:[A-Z]+\/)?DEC\/|GC\([\dIVXLC]+\)\/(?:RES|DEC)\/|CM\/Res\.|WHA\d|UNESCO )\S/,
        );
      else if (c.kind === 'document') expect(c.target, where).toMatch(/^[A-Z][A-Za-z]*(?:\.\d+)?\/\S/);
      else if (!c.target.startsWith('uncatalogued:'))
        expect(ids.has(c.target), `${where}: not in the catalogue`).toBe(true);
    }
  });
});

describe('extractor against GA 80 gold', () => {
  it.each(golds)('$file: precision >= 0.8, recall >= 0.7', async ({ gold }) => {
    const extracted = await extractFile(join(root, gold.source));
    const score = scoreCitations(extracted, gold, { catalogueTitles: catalogueTitles(readCatalogue()) });
    console.log(formatScore(score));
    expect(score.precision, `precision of ${gold.document}`).toBeGreaterThanOrEqual(0.8);
    expect(score.recall, `recall of ${gold.document}`).toBeGreaterThanOrEqual(0.7);
  });
});
