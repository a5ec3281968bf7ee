// Footnotes keep their identity from the text to the graph. test/fixtures/ga-resolution-annexed-declaration.txt
// numbers its footnotes per page (1; 1, 2, 3; 1): three footnotes are marked "1". It seeds, each
// footnote is its own node hanging from the paragraph that holds its marker, and every citation
// made through a footnote names that very node.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../graph/database.ts';
import { readCatalogue } from '../../../seed/catalogue/read-catalogue.ts';
import { extractFile } from '../../../seed/extract.ts';
import type { ExtractedDocument } from '../../../seed/extracted-document.ts';
import { resetGraph, seedDocuments } from '../../../seed/seed-documents.ts';
import { connectTestDatabase } from '../../support/database.ts';

const FILE = 'test/fixtures/ga-resolution-annexed-declaration.txt';

describe('a document whose footnote markers restart', () => {
  let db: Database;
  const catalogue = readCatalogue();
  let record: ExtractedDocument;
  let symbol: string;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetGraph(db);
    record = extractFile(FILE, catalogue);
    symbol = record.document.symbol;
    const report = await seedDocuments(db, [FILE], { onError: 'stop', catalogue });
    expect(report.failed).toEqual([]);
  });
  afterAll(async () => {
    if (!db) return;
    await resetGraph(db);
    await db.close();
  });

  it('has markers that repeat, so the test means something', () => {
    const markers = record.footnotes.map((f) => f.marker);
    expect(markers.filter((m) => m === '1').length).toBeGreaterThanOrEqual(3);
    expect(new Set(record.footnotes.map((f) => f.id)).size).toBe(record.footnotes.length);
  });

  it('loads one Footnote per footnote, each under the paragraph that holds its marker, in reading order', async () => {
    const rows = await db.read(
      `MATCH (f:Footnote {document: $symbol})
       RETURN f.id AS id, f.marker AS marker, f.text AS text, f.order AS order,
         COLLECT { MATCH (p:Paragraph)-[:HAS_FOOTNOTE]->(f) RETURN p.localId } AS holders
       ORDER BY f.order`,
      { symbol },
    );
    expect(rows).toEqual(
      record.footnotes.map((f, order) => ({
        id: `${symbol}#${f.id}`,
        marker: f.marker,
        text: f.text,
        order,
        holders: f.paragraph === null ? [] : [f.paragraph],
      })),
    );
  });

  it('ties every citation made through a footnote to the footnote its paragraph holds', async () => {
    const rows = await db.read(
      `MATCH (p:Paragraph {document: $symbol})-[c:CITES {via: 'footnote'}]->(t)
       OPTIONAL MATCH (f:Footnote {id: c.footnoteId})
       RETURN p.localId AS paragraph, c.footnote AS marker, t.id AS target, f.text AS text,
         f IS NOT NULL AND EXISTS { (p)-[:HAS_FOOTNOTE]->(f) } AS held
       ORDER BY paragraph, target`,
      { symbol },
    );
    const expected = record.paragraphs.flatMap((p) =>
      p.citations
        .filter((c) => c.via === 'footnote')
        .map((c) => ({
          paragraph: p.id,
          marker: c.footnote,
          target: c.target.id,
          text: record.footnotes.find((f) => f.id === c.footnoteId)?.text,
          held: true,
        })),
    );
    expect(expected.length).toBeGreaterThanOrEqual(4);
    // Footnotes marked "1" in two places carry different sources: each citation keeps its own.
    expect(rows).toEqual(expect.arrayContaining(expected));
    expect(rows).toHaveLength(new Set(expected.map((e) => JSON.stringify(e))).size);
    expect(rows).toContainEqual(
      expect.objectContaining({ paragraph: 'annex-op-2', marker: '1', text: 'E/2030/30, chap. I, decision 39/2.' }),
    );
  });
});
