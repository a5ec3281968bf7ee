// Turns the batches of a group of documents into the statements of its transaction: the rows of
// every document concatenated per statement, in the order the statements must run (paragraphs
// before what hangs off them, targets before REFERENCES), with statements that have no rows left
// out. Pure, so the grouping is tested without a database; the naive baseline of the benchmark
// sends the same statements one row at a time.
import type { DocumentBatch } from './document-batch.ts';

type Row = Record<string, unknown>;

/** One statement of graph/queries/seed/, by file name, and the rows it UNWINDs as $rows. */
export interface RowStatement {
  name: string;
  rows: unknown[];
}

/** The statements and the lists of a batch they take, in the order they run. */
const ROW_STATEMENTS: [string, (batch: DocumentBatch) => unknown[]][] = [
  ['rows-paragraphs', (b) => b.paragraphs],
  ['rows-next', (b) => b.next],
  ['rows-footnotes', (b) => b.footnotes],
  ['rows-cites-instrument', (b) => b.cites.instrument],
  ['rows-cites-resolution', (b) => b.cites.resolution],
  ['rows-cites-document', (b) => b.cites.document],
  ['rows-cites-group', (b) => b.cites.group],
  ['rows-references-resolution', (b) => b.references.resolution],
  ['rows-references-document', (b) => b.references.document],
  ['rows-mentions', (b) => b.mentions],
  ['rows-themes', (b) => b.themes],
  ['rows-annexes', (b) => b.annexes],
  ['rows-adopted-by', (b) => b.adoptedBy],
  ['rows-amends', (b) => b.amends],
];

/** The rows of documents-write.cypher: a document's node, with its content hash. */
export function documentRow(batch: DocumentBatch): Row {
  return { ...batch.document, contentHash: batch.contentHash };
}

/** The row statements of the documents in `batches`, rows concatenated, empty ones omitted. */
export function groupStatements(batches: readonly DocumentBatch[]): RowStatement[] {
  const statements: RowStatement[] = [];
  for (const [name, list] of ROW_STATEMENTS) {
    const rows = batches.flatMap(list);
    // ANNEXES and ADOPTED_BY are shared by documents: two in a group may state the same link.
    const distinct =
      name === 'rows-annexes' || name === 'rows-adopted-by' || name === 'rows-amends' ? unique(rows as Row[]) : rows;
    if (distinct.length > 0) statements.push({ name, rows: distinct });
  }
  return statements;
}

/** How many rows a document adds to its group's transaction: a measure of its size. */
export function rowCount(batch: DocumentBatch): number {
  return 1 + ROW_STATEMENTS.reduce((sum, [, list]) => sum + list(batch).length, 0);
}

function unique(rows: Row[]): Row[] {
  const seen = new Map<string, Row>();
  for (const row of rows) {
    const key = JSON.stringify(row);
    if (!seen.has(key)) seen.set(key, row);
  }
  return [...seen.values()];
}
