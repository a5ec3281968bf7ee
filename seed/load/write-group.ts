// Writes a group of documents in one transaction, a handful of statements whatever its size:
// documents-lock makes concurrent seeders take turns, documents-open picks the documents to write
// (new, changed, or forced), documents-clear removes
// what earlier loads of them wrote, documents-write writes their nodes, one rows-*.cypher
// statement per list writes every document's rows at once (group-rows.ts), rows-placeholders
// deletes placeholders left pointing at nothing, placeholder-dates dates the placeholder
// resolutions from their citations, and graph-version-bump gives the graph a new
// version for the API's response cache. A failure anywhere rolls the whole group back;
// load-in-groups.ts then retries its documents one by one.
import type { Database, WriteTx } from '../../graph/database.ts';
import { cypher } from '../../graph/cypher.ts';
import type { DocumentBatch } from './document-batch.ts';
import { documentRow, groupStatements } from './group-rows.ts';
import { unifyInstruments } from './instrument-identity.ts';

/** A number the driver returns (an Integer or a plain number), or null. */
const toNumber = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

export interface WriteOptions {
  /** Rewrite the document even when the loaded version has the same content hash. */
  force?: boolean;
  /**
   * Called inside the transaction once per document written, after all of the group's statements
   * ran and before the commit. A hook that throws aborts the group (and then, on the retry one
   * document at a time, that document alone), which is how tests prove the rollback.
   */
  beforeCommit?: (tx: WriteTx, symbol: string) => void | Promise<void>;
}

export type WriteResult = 'loaded' | 'unchanged';

/**
 * Longer than the API's bound: a group holds up to tens of thousands of rows, and the first load
 * after a start plans each statement afresh, which takes seconds on a busy machine.
 */
export const DOCUMENT_TIMEOUT_MS = 120_000;

/** Loads the documents of `batches` (distinct symbols) in one transaction; says what became of each. */
export async function writeGroup(
  db: Database,
  batches: readonly DocumentBatch[],
  options: WriteOptions = {},
): Promise<Map<string, WriteResult>> {
  const metadata = {
    stage: 'load-documents',
    documents: batches
      .map((b) => b.symbol)
      .join(' ')
      .slice(0, 1000),
  };
  return db.writeTransaction(
    async (tx) => {
      await tx.run(cypher('seed/documents-lock'));
      const opened = await tx.run(cypher('seed/documents-open'), {
        force: options.force ?? false,
        documents: batches.map((b) => ({ symbol: b.symbol, contentHash: b.contentHash })),
      });
      const toWrite = new Set(opened.map((row) => String(row.symbol)));
      const results = new Map<string, WriteResult>(
        batches.map((b) => [b.symbol, toWrite.has(b.symbol) ? 'loaded' : 'unchanged']),
      );
      if (toWrite.size === 0) return results;

      const existed = opened.filter((row) => row.existed === true).map((row) => String(row.symbol));
      let placeholders: string[] = [];
      if (existed.length > 0) {
        const [cleared] = await tx.run(cypher('seed/documents-clear'), { symbols: existed });
        placeholders = (cleared?.placeholders as string[] | undefined) ?? [];
      }
      const written = batches.filter((b) => toWrite.has(b.symbol));
      await tx.run(cypher('seed/documents-write'), { documents: written.map(documentRow) });
      const known = await tx.run(cypher('seed/uncatalogued-instruments'));
      unifyInstruments(
        known.map((row) => ({
          id: String(row.id),
          untsVolume: toNumber(row.untsVolume),
          untsNumber: toNumber(row.untsNumber),
          titleKeys: (row.titleKeys as string[]) ?? [],
        })),
        written,
      );
      const citedResolutions = new Set<string>();
      for (const { name, rows } of groupStatements(written)) {
        await tx.run(cypher(`seed/${name}`), { rows });
        if (name === 'rows-cites-resolution')
          for (const row of rows) citedResolutions.add(String((row as { target: string }).target));
      }
      if (placeholders.length > 0) await tx.run(cypher('seed/rows-placeholders'), { rows: placeholders });
      const dated = [...new Set([...citedResolutions, ...placeholders])];
      if (dated.length > 0) await tx.run(cypher('seed/placeholder-dates'), { rows: dated });
      await tx.run(cypher('seed/graph-version-bump'));
      for (const batch of written) await options.beforeCommit?.(tx, batch.symbol);
      return results;
    },
    { metadata, timeoutMs: DOCUMENT_TIMEOUT_MS },
  );
}
