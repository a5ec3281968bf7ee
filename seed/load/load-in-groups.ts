// Loads many documents fast while keeping the promise of one transaction per document.
//
// Design. A transaction costs a commit (~10 ms here) and every statement a round trip (~2 ms),
// so writing documents one by one spends most of its time waiting. Documents are therefore
// written in groups (up to `groupSize` documents and about MAX_GROUP_ROWS rows): one transaction
// per group, the rows of all its documents concatenated into the same dozen UNWIND statements
// (write-group.ts). A group that fails is rolled back as a whole and retried one document per
// transaction, in order, so every good document lands and the bad one is reported and absent;
// with onError 'stop' the documents before it land and nothing after it is attempted. No document
// is ever half-written: each is in exactly one committed transaction, or in none.
//
// Extraction (CPU-bound, in this thread) runs ahead of the writes, one file per event-loop turn,
// so that it fills the time spent waiting for Neo4j and the driver's replies are never held up by
// more than one file's extraction. It stays at most one group ahead of the writes.
import type { Database } from '../../graph/database.ts';
import { DatabaseError } from '../../graph/errors.ts';
import type { Catalogue } from '../catalogue/schema.ts';
import type { ExtractedDocument } from '../extracted-document.ts';
import { documentBatch, type DocumentBatch } from './document-batch.ts';
import { rowCount } from './group-rows.ts';
import { writeGroup, type WriteOptions } from './write-group.ts';
import type { DocumentOutcome } from './seed-report.ts';

/** How a file becomes a record: the project's extractor, or a test's stand-in. */
export type ExtractFile = (file: string, catalogue: Catalogue) => ExtractedDocument | Promise<ExtractedDocument>;

/** Documents per transaction when the caller does not say. */
export const DEFAULT_GROUP_SIZE = 100;
/** A group closes before the document that would take it past this many rows. */
export const MAX_GROUP_ROWS = 20_000;

export interface GroupLoadOptions extends WriteOptions {
  onError: 'continue' | 'stop';
  groupSize: number;
  catalogue: Catalogue;
  extract: ExtractFile;
  /** Told about each document as soon as its fate is known, in file order. */
  onOutcome: (outcome: DocumentOutcome) => void;
  log: (line: string) => void;
}

/** A file ready to write, or the reason it cannot be. */
type Prepared = { file: string; batch: DocumentBatch } | { file: string; error: string };

export async function loadInGroups(db: Database, files: readonly string[], options: GroupLoadOptions): Promise<void> {
  const groupSize = Math.max(1, Math.floor(options.groupSize));
  const ahead = extractAhead(files, options.extract, options.catalogue, groupSize, options.log);
  let stopped: { at: number; unavailable: boolean } | undefined;
  const emit = (outcome: DocumentOutcome) => options.onOutcome(outcome);
  try {
    for (let i = 0; i < files.length && !stopped; ) {
      const begun = performance.now();
      const group: { file: string; batch: DocumentBatch }[] = [];
      const symbols = new Set<string>();
      let rows = 0;
      let failed: { file: string; error: string } | undefined;
      while (i < files.length && group.length < groupSize) {
        const item = await ahead.get(i);
        if ('error' in item) {
          // A file that cannot be read or extracted closes the group, so outcomes stay in file order.
          failed = item;
          i++;
          break;
        }
        // The same symbol twice in one transaction would write one document over itself: next group.
        const size = rowCount(item.batch);
        if (group.length > 0 && (symbols.has(item.batch.symbol) || rows + size > MAX_GROUP_ROWS)) break;
        group.push(item);
        symbols.add(item.batch.symbol);
        rows += size;
        i++;
      }
      const written = await writeWithRetry(db, group, options, begun);
      written.outcomes.forEach(emit);
      if (written.stoppedAt !== undefined) {
        stopped = { at: i - group.length - (failed ? 1 : 0) + written.stoppedAt + 1, unavailable: written.unavailable };
        break;
      }
      if (failed) {
        emit({ ...empty(failed.file), status: 'failed', error: failed.error });
        if (options.onError === 'stop') stopped = { at: i, unavailable: false };
      }
    }
  } finally {
    await ahead.close();
  }
  if (stopped) {
    const rest = files.slice(stopped.at);
    for (const file of rest) emit({ ...empty(file), status: 'not attempted' });
    if (rest.length > 0) {
      options.log(
        `Stopped before the remaining ${rest.length} document(s)${stopped.unavailable ? ': the database is unavailable' : ''}.`,
      );
    }
  }
}

interface Written {
  outcomes: DocumentOutcome[];
  /** Index in the group of the document after whose failure the run stops. */
  stoppedAt?: number;
  unavailable: boolean;
}

/** The group in one transaction; if that fails, each document in its own, in order. */
async function writeWithRetry(
  db: Database,
  group: { file: string; batch: DocumentBatch }[],
  options: GroupLoadOptions,
  begun: number,
): Promise<Written> {
  if (group.length === 0) return { outcomes: [], unavailable: false };
  if (group.length > 1) {
    try {
      const results = await writeGroup(
        db,
        group.map((d) => d.batch),
        options,
      );
      const ms = (performance.now() - begun) / group.length;
      return {
        outcomes: group.map(({ file, batch }) => outcome(file, batch, results.get(batch.symbol)!, ms)),
        unavailable: false,
      };
    } catch (error) {
      // The database itself failing is no document's fault: say so once and stop.
      // The rest of the group is reported as not attempted by the caller, from stoppedAt on.
      if (isDatabaseFailure(error)) {
        const first = group[0]!;
        return {
          outcomes: [failedOutcome(first.file, first.batch, error, performance.now() - begun)],
          stoppedAt: 0,
          unavailable: true,
        };
      }
      // Rolled back as a whole; which document was at fault is found by writing them one by one.
      options.log(
        `A group of ${group.length} documents (${group[0]!.file} to ${group.at(-1)!.file}) failed and was rolled back: ` +
          `${messageOf(error)}; writing them one at a time.`,
      );
    }
  }
  const outcomes: DocumentOutcome[] = [];
  for (const [index, { file, batch }] of group.entries()) {
    const started = performance.now();
    try {
      const results = await writeGroup(db, [batch], options);
      outcomes.push(outcome(file, batch, results.get(batch.symbol)!, performance.now() - started));
    } catch (error) {
      const unavailable = isDatabaseFailure(error);
      outcomes.push(failedOutcome(file, batch, error, performance.now() - started));
      if (options.onError === 'stop' || unavailable) return { outcomes, stoppedAt: index, unavailable };
    }
  }
  return { outcomes, unavailable: false };
}

/** Unreachable, or failed itself (a full disk, a panic): every later document would fail the same way. */
function isDatabaseFailure(error: unknown): error is DatabaseError {
  return error instanceof DatabaseError && (error.code === 'DATABASE_UNAVAILABLE' || error.code === 'DATABASE_FAILED');
}

function failedOutcome(file: string, batch: DocumentBatch, error: unknown, ms: number): DocumentOutcome {
  const prefix =
    error instanceof DatabaseError && error.code === 'DATABASE_UNAVAILABLE' ? 'database unavailable: ' : '';
  return { ...empty(file), symbol: batch.symbol, status: 'failed', error: `${prefix}${messageOf(error)}`, ms };
}

function outcome(file: string, batch: DocumentBatch, result: 'loaded' | 'unchanged', ms: number): DocumentOutcome {
  if (result === 'unchanged') return { ...empty(file), symbol: batch.symbol, status: 'unchanged', ms };
  return {
    file,
    symbol: batch.symbol,
    status: 'loaded',
    paragraphs: batch.paragraphs.length,
    nodes: batch.nodeCount,
    relationships: batch.relationshipCount,
    ms,
  };
}

function empty(file: string): Omit<DocumentOutcome, 'status'> {
  return { file, paragraphs: 0, nodes: 0, relationships: 0, ms: 0 };
}

/**
 * Extracts files in order, one per event-loop turn, staying at most `window` files ahead of the
 * one last asked for. `close` stops it and waits for the file in progress.
 */
function extractAhead(
  files: readonly string[],
  extract: ExtractFile,
  catalogue: Catalogue,
  window: number,
  log: (line: string) => void,
) {
  const results: Promise<Prepared>[] = [];
  let tail: Promise<unknown> = Promise.resolve();
  let closed = false;
  const prepare = async (file: string): Promise<Prepared> => {
    try {
      const record = await extract(file, catalogue);
      // A readable but damaged file still loads; its warnings name the file and line so the
      // operator learns what the extractor had to guess.
      for (const warning of record.warnings) log(`${file}: warning: ${warning}`);
      return { file, batch: documentBatch(record, file) };
    } catch (error) {
      return { file, error: messageOf(error) };
    }
  };
  return {
    get(index: number): Promise<Prepared> {
      for (let j = results.length; j < Math.min(files.length, index + window + 1); j++) {
        const file = files[j]!;
        const next = tail
          .then(() => new Promise((resolve) => setImmediate(resolve)))
          .then(() => (closed ? { file, error: 'not extracted' } : prepare(file)));
        results.push(next);
        tail = next;
      }
      return results[index]!;
    },
    async close(): Promise<void> {
      closed = true;
      await tail;
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
