// What a seed run reports: each file's outcome, in the order given, and the totals over them.
// The seeder (seed-documents.ts), the group loader and the progress lines share these shapes.
import type { CatalogueWriteResult } from './write-catalogue.ts';

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
  catalogue: CatalogueWriteResult;
  /** Totals over the documents loaded in this run (MERGEd, so a rewrite counts again). */
  paragraphs: number;
  nodes: number;
  relationships: number;
  elapsedMs: number;
}

export function summarise(
  documents: DocumentOutcome[],
  catalogue: CatalogueWriteResult,
  elapsedMs: number,
): SeedReport {
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
