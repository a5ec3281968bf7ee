// The seeder's programmatic API: schema and catalogue first, then the documents extracted and
// loaded, in groups of up to `groupSize` per transaction, each group that fails retried document
// by document (load/load-in-groups.ts explains why and how). The CLI, the server's first start and
// the benchmark call it.
import type { Database } from '../graph/database.ts';
import { cypher } from '../graph/cypher.ts';
import type { Catalogue } from './catalogue/schema.ts';
import { readCatalogue } from './catalogue/read-catalogue.ts';
import type { ExtractedDocument } from './extracted-document.ts';
import { applySchema } from './load/apply-schema.ts';
import { contentHash } from './load/document-batch.ts';
import { writeCatalogue, type CatalogueWriteResult } from './load/write-catalogue.ts';
import { DEFAULT_GROUP_SIZE, loadInGroups, type ExtractFile } from './load/load-in-groups.ts';
import type { WriteOptions } from './load/write-group.ts';
import { createProgress } from './load/progress.ts';
import { summarise, type DocumentOutcome, type SeedReport } from './load/seed-report.ts';

export type { ExtractFile } from './load/load-in-groups.ts';
export { resetGraph } from './load/reset.ts';
export type { DocumentOutcome, DocumentStatus, SeedReport } from './load/seed-report.ts';
export { graphCounts, formatCounts, type GraphCounts } from './load/summary.ts';

export interface SeedOptions extends WriteOptions {
  /** After a document fails: go on with the next ('continue') or leave the rest ('stop'). */
  onError: 'continue' | 'stop';
  /** Progress and failure lines; omit for a quiet run. */
  log?: (line: string) => void;
  /** The catalogue to load and resolve against; by default seed/catalogue/*.json. */
  catalogue?: Catalogue;
  /** How a file becomes a record; by default the project's extractor. */
  extract?: ExtractFile;
  /**
   * Documents written per transaction (default 100, fewer when they are large). A group that fails
   * is retried one document per transaction, so a failure still costs only that document; 1 writes
   * every document in a transaction of its own from the start.
   */
  groupSize?: number;
}

/** Creates constraints and indexes, then writes the catalogue; both idempotent. */
export async function ensureSchemaAndCatalogue(
  db: Database,
  catalogue: Catalogue = readCatalogue(),
): Promise<CatalogueWriteResult> {
  await applySchema(db);
  return writeCatalogue(db, catalogue);
}

/** True when the document with this symbol has been loaded (not merely cited by another). */
export async function isDocumentLoaded(db: Database, symbol: string): Promise<boolean> {
  return (await loadedHash(db, symbol)) !== undefined;
}

/**
 * True when the document is loaded from this very record by this version of the loader: its
 * stored content hash covers the record and the loader's format, so a changed text or a loader
 * that now writes documents differently (a new graph model) both make it false.
 */
export async function isDocumentCurrent(db: Database, record: ExtractedDocument): Promise<boolean> {
  return (await loadedHash(db, record.document.symbol)) === contentHash(record);
}

export async function seedDocuments(db: Database, files: string[], options: SeedOptions): Promise<SeedReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const catalogue = options.catalogue ?? readCatalogue();
  const extract = options.extract ?? (await defaultExtract());
  const catalogueResult = await ensureSchemaAndCatalogue(db, catalogue);
  log(`Schema ready; catalogue loaded: ${catalogueResult.nodes} nodes, ${catalogueResult.relationships} relationships`);

  const progress = createProgress(files.length, log);
  const outcomes: DocumentOutcome[] = [];
  await loadInGroups(db, files, {
    ...options,
    groupSize: options.groupSize ?? DEFAULT_GROUP_SIZE,
    catalogue,
    extract,
    log,
    onOutcome: (outcome) => {
      outcomes.push(outcome);
      if (outcome.status !== 'not attempted') progress.document(outcome);
    },
  });
  const report = summarise(outcomes, catalogueResult, performance.now() - started);
  progress.done(report);
  return report;
}

async function loadedHash(db: Database, symbol: string): Promise<string | undefined> {
  const rows = await db.read(cypher('seed/document-loaded'), { symbol }, { metadata: { stage: 'seed' } });
  return rows[0] ? String(rows[0].contentHash) : undefined;
}

async function defaultExtract(): Promise<ExtractFile> {
  // Imported on first use so that callers who bring their own extractor never load this one.
  const { extractPath } = await import('./extract.ts');
  return (file, catalogue) => extractPath(file, catalogue);
}
