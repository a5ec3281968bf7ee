// The seeder's programmatic API: schema and catalogue first, then each document extracted and
// loaded in its own transaction. The CLI, the server's first start and the benchmark call it.
import type { Database } from '../graph/database.ts';
import { cypher } from '../graph/cypher.ts';
import { DatabaseError } from '../graph/errors.ts';
import type { Catalogue } from './catalogue/schema.ts';
import { loadCatalogue } from './catalogue/load-catalogue.ts';
import type { ExtractedDocument } from './record.ts';
import { applySchema } from './load/apply-schema.ts';
import { loadCatalogueGraph, type CatalogueLoadResult } from './load/load-catalogue-graph.ts';
import { documentBatch } from './load/document-batch.ts';
import { loadDocument, type LoadDocumentOptions } from './load/load-document.ts';
import { createProgress } from './load/progress.ts';

export { resetGraph } from './load/reset.ts';
export { graphCounts, formatCounts, type GraphCounts } from './load/summary.ts';

export type Extract = (file: string, catalogue: Catalogue) => ExtractedDocument | Promise<ExtractedDocument>;

export interface SeedOptions extends LoadDocumentOptions {
  /** After a document fails: go on with the next ('continue') or leave the rest ('stop'). */
  onError: 'continue' | 'stop';
  /** Progress and failure lines; omit for a quiet run. */
  log?: (line: string) => void;
  /** The catalogue to load and resolve against; by default seed/catalogue/*.json. */
  catalogue?: Catalogue;
  /** How a file becomes a record; by default the project's extractor. */
  extract?: Extract;
}

export type DocumentStatus = 'loaded' | 'unchanged' | 'failed' | 'not attempted';

export interface DocumentOutcome {
  file: string;
  status: DocumentStatus;
  symbol?: string;
  /** Why it failed: a plain message naming the file or the database problem. */
  error?: string;
  paragraphs: number;
  nodes: number;
  relationships: number;
  ms: number;
}

export interface SeedReport {
  /** Every file given, in order, with what happened to it. */
  documents: DocumentOutcome[];
  loaded: DocumentOutcome[];
  unchanged: DocumentOutcome[];
  failed: DocumentOutcome[];
  /** Files left after a failure with onError 'stop' (or once the database became unavailable). */
  notAttempted: DocumentOutcome[];
  catalogue: CatalogueLoadResult;
  /** Totals over the documents loaded in this run (MERGEd, so a rewrite counts again). */
  paragraphs: number;
  nodes: number;
  relationships: number;
  elapsedMs: number;
}

/** Creates constraints and indexes, then writes the catalogue; both idempotent. */
export async function ensureSchemaAndCatalogue(db: Database, catalogue: Catalogue = loadCatalogue()): Promise<CatalogueLoadResult> {
  await applySchema(db);
  return loadCatalogueGraph(db, catalogue);
}

/** True when the document with this symbol has been loaded (not merely cited by another). */
export async function isDocumentLoaded(db: Database, symbol: string): Promise<boolean> {
  return (await loadedHash(db, symbol)) !== undefined;
}

export async function seedDocuments(db: Database, files: string[], options: SeedOptions): Promise<SeedReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const catalogue = options.catalogue ?? loadCatalogue();
  const extract = options.extract ?? (await defaultExtract());
  const catalogueResult = await ensureSchemaAndCatalogue(db, catalogue);
  log(`Schema ready; catalogue loaded: ${catalogueResult.nodes} nodes, ${catalogueResult.relationships} relationships`);

  const progress = createProgress(files.length, log);
  const outcomes: DocumentOutcome[] = [];
  // The next file is extracted while the current one is being written, so that the CPU-bound
  // extraction overlaps with the database's work instead of waiting for it.
  let next = files.length > 0 ? extractLater(extract, files[0]!, catalogue) : undefined;
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const begun = performance.now();
    const extracted = await next!;
    next = i + 1 < files.length ? extractLater(extract, files[i + 1]!, catalogue) : undefined;
    const outcome = await loadOne(db, file, extracted, options);
    outcome.ms = performance.now() - begun;
    outcomes.push(outcome);
    progress.document(outcome);
    const unavailable = outcome.status === 'failed' && outcome.error?.startsWith(UNAVAILABLE);
    if (outcome.status === 'failed' && (options.onError === 'stop' || unavailable)) {
      if (next) await next; // let the pending extraction settle before leaving
      const rest = files.slice(i + 1);
      for (const skipped of rest) outcomes.push({ file: skipped, status: 'not attempted', paragraphs: 0, nodes: 0, relationships: 0, ms: 0 });
      if (rest.length > 0) log(`Stopped before the remaining ${rest.length} document(s)${unavailable ? ': the database is unavailable' : ''}.`);
      break;
    }
  }
  const report = summarise(outcomes, catalogueResult, performance.now() - started);
  progress.done(report);
  return report;
}

const UNAVAILABLE = 'database unavailable: ';

type Extracted = { ok: true; record: ExtractedDocument } | { ok: false; error: string };

function extractLater(extract: Extract, file: string, catalogue: Catalogue): Promise<Extracted> {
  return Promise.resolve()
    .then(() => extract(file, catalogue))
    .then((record): Extracted => ({ ok: true, record }))
    .catch((error: unknown): Extracted => ({ ok: false, error: messageOf(error) }));
}

async function loadOne(db: Database, file: string, extracted: Extracted, options: SeedOptions): Promise<DocumentOutcome> {
  const outcome: DocumentOutcome = { file, status: 'failed', paragraphs: 0, nodes: 0, relationships: 0, ms: 0 };
  if (!extracted.ok) return { ...outcome, error: extracted.error };
  try {
    const batch = documentBatch(extracted.record, file);
    outcome.symbol = batch.symbol;
    if ((await loadDocument(db, batch, options)) === 'unchanged') return { ...outcome, status: 'unchanged' };
    return { ...outcome, status: 'loaded', paragraphs: batch.paragraphs.length, nodes: batch.nodeCount, relationships: batch.relationshipCount };
  } catch (error) {
    const unavailable = error instanceof DatabaseError && error.code === 'DATABASE_UNAVAILABLE';
    return { ...outcome, error: `${unavailable ? UNAVAILABLE : ''}${messageOf(error)}` };
  }
}

async function loadedHash(db: Database, symbol: string): Promise<string | undefined> {
  const rows = await db.read(cypher('seed/document-loaded'), { symbol }, { metadata: { stage: 'seed' } });
  return rows[0] ? String(rows[0].contentHash) : undefined;
}

function summarise(documents: DocumentOutcome[], catalogue: CatalogueLoadResult, elapsedMs: number): SeedReport {
  const count = (status: DocumentStatus) => documents.filter((d) => d.status === status);
  const sum = (key: 'paragraphs' | 'nodes' | 'relationships') => documents.reduce((total, d) => total + d[key], 0);
  return {
    documents,
    loaded: count('loaded'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    notAttempted: count('not attempted'),
    catalogue,
    paragraphs: sum('paragraphs'),
    nodes: sum('nodes'),
    relationships: sum('relationships'),
    elapsedMs,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function defaultExtract(): Promise<Extract> {
  // Imported on first use so that callers who bring their own extractor never load this one.
  const { extractFile } = await import('./extract.ts');
  return (file, catalogue) => extractFile(file, catalogue);
}
