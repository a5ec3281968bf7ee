// The Bangkok Declaration (seed/corpus/E-CN.15-2005-5.txt) through the real extract-and-load path: counts
// per label and relationship type, the same counts after a second seed, and the query "which
// paragraphs cite the United Nations Convention against Corruption" against the extracted record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../graph/database.ts';
import { cypher } from '../../../graph/cypher.ts';
import { readCatalogue } from '../../../seed/catalogue/read-catalogue.ts';
import { DEFAULT_DOCUMENT } from '../../../seed/corpora.ts';
import { extractFile } from '../../../seed/extract.ts';
import type { ExtractedDocument } from '../../../seed/extracted-document.ts';
import { graphCounts, resetGraph, seedDocuments, type GraphCounts } from '../../../seed/seed-documents.ts';
import { connectTestDatabase } from '../../support/database.ts';

describe('seeding the Bangkok Declaration', () => {
  let db: Database;
  const catalogue = readCatalogue();
  let record: ExtractedDocument;
  let first: GraphCounts;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetGraph(db);
    record = extractFile(DEFAULT_DOCUMENT, catalogue);
    const report = await seedDocuments(db, [DEFAULT_DOCUMENT], { onError: 'stop', catalogue });
    expect(report.failed).toEqual([]);
    first = await graphCounts(db);
  });
  afterAll(async () => {
    await resetGraph(db);
    await db.close();
  });

  it('writes one node per paragraph and footnote, and one relationship per citation, mention and theme', () => {
    const citations = record.paragraphs.flatMap((p) =>
      p.citations.map((c) => `${p.id} ${c.target.kind} ${c.target.id} ${c.start} ${c.end} ${c.via}`),
    );
    const citedDocuments = new Set(
      record.paragraphs.flatMap((p) => p.citations.filter((c) => c.target.kind === 'document').map((c) => c.target.id)),
    );
    const citedResolutions = record.paragraphs.flatMap((p) =>
      p.citations.filter((c) => c.target.kind === 'resolution').map((c) => c.target.id),
    );
    const uncatalogued = (kind: string, known: Set<string>) =>
      new Set(
        record.paragraphs.flatMap((p) =>
          p.citations.filter((c) => c.target.kind === kind && !known.has(c.target.id)).map((c) => c.target.id),
        ),
      ).size;

    expect(first.labels).toEqual({
      Document: 1 + citedDocuments.size,
      Paragraph: record.paragraphs.length,
      Footnote: record.footnotes.length,
      Instrument:
        catalogue.instruments.length + uncatalogued('instrument', new Set(catalogue.instruments.map((i) => i.id))),
      Resolution:
        catalogue.resolutions.length + uncatalogued('resolution', new Set(catalogue.resolutions.map((r) => r.symbol))),
      Body: catalogue.bodies.length,
      Theme: catalogue.themes.length,
      Group: catalogue.groups.length,
    });
    expect(first.relationships).toMatchObject({
      HAS_PARAGRAPH: record.paragraphs.length,
      NEXT: record.paragraphs.length - 1,
      HAS_FOOTNOTE: record.footnotes.filter((f) => f.paragraph !== null).length,
      CITES: new Set(citations).size,
      MENTIONS: record.paragraphs.reduce((n, p) => n + p.mentions.length, 0),
      ADDRESSES: record.paragraphs.reduce((n, p) => n + new Set(p.themes).size, 0),
      REFERENCES: citedDocuments.size + new Set(citedResolutions).size,
      SUPPLEMENTS: catalogue.instruments.filter((i) => i.supplements).length,
      MEMBER_OF: catalogue.instruments.reduce((n, i) => n + i.groups.length, 0),
      PART_OF: catalogue.bodies.filter((b) => b.partOf).length,
    });
    // The footnote "General Assembly resolution 58/4, annex." ties the Convention to its resolution.
    expect(first.relationships.ANNEXES).toBeGreaterThan(catalogue.instruments.filter((i) => i.adoptedBy?.annex).length);
  });

  it('leaves the same counts after a second seed, skipped as unchanged or rewritten with force', async () => {
    const again = await seedDocuments(db, [DEFAULT_DOCUMENT], { onError: 'stop', catalogue });
    expect(again.unchanged).toHaveLength(1);
    expect(await graphCounts(db)).toEqual(first);
    const forced = await seedDocuments(db, [DEFAULT_DOCUMENT], { onError: 'stop', catalogue, force: true });
    expect(forced.loaded).toHaveLength(1);
    expect(await graphCounts(db)).toEqual(first);
  });

  it('answers which paragraphs cite the United Nations Convention against Corruption, through what words', async () => {
    const rows = await db.read(cypher('seed/paragraphs-citing-instrument'), { id: 'uncac' });
    const expected = record.paragraphs
      .filter((p) => p.citations.some((c) => c.target.id === 'uncac'))
      .map((p) => ({
        document: record.document.symbol,
        paragraph: p.id,
        surfaces: p.citations
          .filter((c) => c.target.id === 'uncac')
          .sort((a, b) => a.start - b.start)
          .map((c) => c.surface),
      }));
    expect(rows).toEqual(expected);
    // From reading the text: paragraphs 4, 5, 23 and 25 of the Declaration name the Convention.
    expect(rows.map((r) => r.paragraph)).toEqual(expect.arrayContaining(['op-4', 'op-5', 'op-23', 'op-25']));
    for (const p of record.paragraphs) {
      for (const c of p.citations) if (c.via === 'text') expect(p.text.slice(c.start, c.end)).toBe(c.surface);
    }
  });
});
