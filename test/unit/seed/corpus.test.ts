// The twenty-seven GA resolutions of the 80th session shipped in seed/corpus/ga-80: each reads without
// error, with paragraphs, its own symbol, operative paragraphs, and every footnote placed.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../../seed/catalogue/read-catalogue.ts';
import { corpusFiles } from '../../../seed/corpora.ts';
import { extractFile } from '../../../seed/extract.ts';

const files = corpusFiles('ga-80');
const catalogue = readCatalogue();

describe('GA 80 corpus', () => {
  it('ships all twenty-seven resolutions', () => {
    expect(files).toHaveLength(27);
  });

  it.each(files.map((file) => [basename(file), file]))('%s reads with paragraphs and its own symbol', (name, file) => {
    const doc = extractFile(file, catalogue);
    expect(doc.paragraphs.length).toBeGreaterThan(0);
    expect(doc.document.symbol).toBe(name.replace('.txt', '').replace(/-/g, '/'));
    expect(doc.paragraphs.some((p) => p.section.endsWith('operative'))).toBe(true);
    expect(doc.footnotes.every((f) => f.paragraph !== null)).toBe(true);
  });
});
