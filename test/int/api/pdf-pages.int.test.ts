// A PDF seeded through the loader's own seedDocuments, chosen by content: its paragraphs and
// footnotes keep the pages they stand on in the graph, and the API's Paragraph answers `pages`;
// a plain-text document's paragraphs answer null. A bad PDF loads nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDocuments } from '../../../seed/seed-documents.ts';
import { BANGKOK, pid, onFreshGraph, postQuery, seedOrThrow } from './support.ts';

const PDF = 'seed/corpus/pdf/A_RES_73_3-EN.pdf';
const SYMBOL = 'A/RES/73/3';

const fresh = onFreshGraph((db) => seedOrThrow(db, [PDF, BANGKOK]));

async function paragraph(
  id: string,
): Promise<{ pages: number[] | null; footnotes: { marker: string; pages: number[] | null }[] }> {
  const body = await postQuery(
    fresh.api.app,
    'query($id: ID!) { paragraph(id: $id) { pages footnotes { marker pages } } }',
    { id },
  );
  expect(body.errors).toBeUndefined();
  return body.data.paragraph;
}

describe('pages through the loader and the API', () => {
  it('a paragraph of the PDF answers the pages it stands on, its footnotes theirs', async () => {
    expect(await paragraph(`${SYMBOL}#annex-op-1`)).toEqual({
      pages: [2],
      footnotes: [
        { marker: '1', pages: [2] },
        { marker: '2', pages: [2] },
      ],
    });
    expect((await paragraph(`${SYMBOL}#annex-preamble-1`)).pages).toEqual([1, 2]);
    expect((await paragraph(`${SYMBOL}#annex-op-23`)).footnotes).toEqual([{ marker: '7', pages: [5] }]);
  });

  it('a paragraph of a plain-text document answers null', async () => {
    expect((await paragraph(pid('op-1'))).pages).toBeNull();
  });

  it('a PDF cut short fails naming the file, and the graph is unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdf-cut-'));
    try {
      const cut = join(dir, 'cut.pdf');
      writeFileSync(cut, readFileSync(PDF).subarray(0, 4000));
      const before = await postQuery(
        fresh.api.app,
        '{ stats { documents citations nodes { name count } relationships { name count } } }',
      );
      const report = await seedDocuments(fresh.api.db, [cut], { onError: 'continue' });
      expect(report.failed.map((d) => [d.file, d.error])).toEqual([
        [cut, expect.stringMatching(/cut\.pdf: not a readable PDF/)],
      ]);
      expect(
        await postQuery(
          fresh.api.app,
          '{ stats { documents citations nodes { name count } relationships { name count } } }',
        ),
      ).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
