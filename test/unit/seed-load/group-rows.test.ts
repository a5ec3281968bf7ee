// The statements of a group's transaction, without a database: rows of several documents
// concatenated per statement, each naming its document, in dependency order, empty ones left out.
import { describe, expect, it } from 'vitest';
import { documentBatch } from '../../../seed/load/document-batch.ts';
import { documentRow, groupStatements, rowCount } from '../../../seed/load/group-rows.ts';
import { cite, instrument, paragraph, record, resolution } from '../../int/seed/fixtures.ts';

const P1 = 'Recalling resolution 55/25, annex I, and the Convention against Corruption,';
const annexed = resolution('A/RES/55/25', { annex: 'I', annexInstruments: ['untoc'] });
const a = documentBatch(
  record('TEST/A', [
    paragraph(
      'preamble-1',
      P1,
      [cite(P1, 'resolution 55/25, annex I', annexed), cite(P1, 'Convention against Corruption', instrument('uncac'))],
      ['corruption'],
    ),
    paragraph('op-1', 'Decides to remain seized of the matter;'),
  ]),
  'a.txt',
);
const P2 = 'Notes resolution 55/25, annex I, and document TEST/A;';
const b = documentBatch(
  record('TEST/B', [
    paragraph('op-1', P2, [
      cite(P2, 'resolution 55/25, annex I', annexed),
      cite(P2, 'TEST/A', { id: 'TEST/A', kind: 'document', symbol: 'TEST/A' }),
    ]),
  ]),
  'b.txt',
);

describe('groupStatements', () => {
  it('concatenates the rows of every document, in document order, each naming its document', () => {
    const statements = groupStatements([a, b]);
    const paragraphs = statements.find((s) => s.name === 'rows-paragraphs')!.rows as { id: string; document: string }[];
    expect(paragraphs.map((p) => [p.document, p.id])).toEqual([
      ['TEST/A', 'TEST/A#preamble-1'],
      ['TEST/A', 'TEST/A#op-1'],
      ['TEST/B', 'TEST/B#op-1'],
    ]);
    const cites = statements.find((s) => s.name === 'rows-cites-resolution')!.rows as {
      document: string;
      paragraph: string;
    }[];
    expect(cites.map((c) => c.document)).toEqual(['TEST/A', 'TEST/B']);
  });

  it('runs paragraphs first and REFERENCES after the citations that make their targets, and leaves out empty lists', () => {
    expect(groupStatements([a, b]).map((s) => s.name)).toEqual([
      'rows-paragraphs',
      'rows-next',
      'rows-cites-instrument',
      'rows-cites-resolution',
      'rows-cites-document',
      'rows-references-resolution',
      'rows-references-document',
      'rows-themes',
      'rows-annexes',
    ]);
    expect(groupStatements([])).toEqual([]);
  });

  it('states a shared link and a reference once per citing document', () => {
    const statements = groupStatements([a, b]);
    // Each citing document is recorded on the link (citedIn), so it can go with the last of them.
    expect(statements.find((s) => s.name === 'rows-annexes')!.rows).toEqual([
      { from: 'A/RES/55/25', to: 'untoc', annex: 'I', document: 'TEST/A' },
      { from: 'A/RES/55/25', to: 'untoc', annex: 'I', document: 'TEST/B' },
    ]);
    expect(statements.find((s) => s.name === 'rows-references-resolution')!.rows).toEqual([
      { document: 'TEST/A', target: 'A/RES/55/25' },
      { document: 'TEST/B', target: 'A/RES/55/25' },
    ]);
  });

  it('gives the document node its content hash, and sizes a document by its rows', () => {
    expect(documentRow(a)).toMatchObject({ symbol: 'TEST/A', contentHash: a.contentHash, paragraphCount: 2 });
    // The node, 2 paragraphs, 1 NEXT, 2 citations, 1 reference, 1 theme, 1 annex.
    expect(rowCount(a)).toBe(9);
  });
});
