// The sixteen GA resolutions of the 80th session (shared corpus): each reads without error and
// yields paragraphs. Skipped only if the shared corpus is absent from this checkout.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../seed/catalogue/load-catalogue.ts';
import { extractFile } from '../../../seed/extract.ts';

const dir = '/work/shared/corpus/ga-80';
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : [];
const catalogue = loadCatalogue();

describe.skipIf(files.length === 0)('GA 80 corpus', () => {
  it.each(files)('%s reads with paragraphs and its own symbol', (name) => {
    const doc = extractFile(`${dir}/${name}`, catalogue);
    expect(doc.paragraphs.length).toBeGreaterThan(0);
    expect(doc.document.symbol).toBe(name.replace('.txt', '').replace(/-/g, '/'));
    expect(doc.paragraphs.some((p) => p.section.endsWith('operative'))).toBe(true);
    expect(doc.footnotes.every((f) => f.paragraph !== null)).toBe(true);
  });
});
