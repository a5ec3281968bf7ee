// Writes one document in one transaction with two statements: document-open.cypher clears what an
// earlier load wrote and writes the Document node; document-rows.cypher writes every list of the
// record (paragraphs, footnotes, citations per target label, mentions, themes) with UNWIND, and
// deletes placeholders left pointing at nothing. A failure anywhere rolls all of it back.
import type { Database, WriteTx } from '../../graph/database.ts';
import { cypher } from '../../graph/cypher.ts';
import type { DocumentBatch } from './document-batch.ts';

export interface LoadDocumentOptions {
  /** Rewrite the document even when the loaded version has the same content hash. */
  force?: boolean;
  /**
   * Called inside the transaction after the document's statement ran and before the commit. A
   * hook that throws aborts the document, which is how tests prove the rollback.
   */
  beforeCommit?: (tx: WriteTx, symbol: string) => void | Promise<void>;
}

export type LoadResult = 'loaded' | 'unchanged';

/**
 * Longer than the API's bound: the first load after a start (or after the graph grew a lot)
 * plans document-rows.cypher afresh, which takes seconds on a busy machine.
 */
export const DOCUMENT_TIMEOUT_MS = 120_000;

/** The parameters of document-open.cypher. */
export function openParams(batch: DocumentBatch, force: boolean): Record<string, unknown> {
  return { symbol: batch.symbol, contentHash: batch.contentHash, force, document: batch.document };
}

/** The parameters of document-rows.cypher: one list per subquery. */
export function rowParams(batch: DocumentBatch, placeholders: string[]): RowParams {
  return {
    symbol: batch.symbol,
    placeholders,
    paragraphs: batch.paragraphs,
    next: batch.next,
    footnotes: batch.footnotes,
    citesInstrument: batch.cites.instrument,
    citesResolution: batch.cites.resolution,
    citesDocument: batch.cites.document,
    citesGroup: batch.cites.group,
    mentions: batch.mentions,
    themes: batch.themes,
    annexes: batch.annexes,
    adoptedBy: batch.adoptedBy,
  };
}

export interface RowParams {
  symbol: string;
  placeholders: string[];
  paragraphs: unknown[];
  next: unknown[];
  footnotes: unknown[];
  citesInstrument: unknown[];
  citesResolution: unknown[];
  citesDocument: unknown[];
  citesGroup: unknown[];
  mentions: unknown[];
  themes: unknown[];
  annexes: unknown[];
  adoptedBy: unknown[];
}

export async function loadDocument(db: Database, batch: DocumentBatch, options: LoadDocumentOptions = {}): Promise<LoadResult> {
  return db.writeTransaction(
    async (tx) => {
      const [opened] = await tx.run(cypher('seed/document-open'), openParams(batch, options.force ?? false));
      // No row: the loaded version has the same content hash, and nothing was written.
      if (!opened) return 'unchanged';
      await tx.run(cypher('seed/document-rows'), { ...rowParams(batch, opened.placeholders as string[]) });
      await options.beforeCommit?.(tx, batch.symbol);
      return 'loaded';
    },
    { metadata: { stage: 'load-document', document: batch.symbol }, timeoutMs: DOCUMENT_TIMEOUT_MS },
  );
}
