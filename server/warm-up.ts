// Runs each API statement once at start, with parameters that match nothing, so that Neo4j has
// planned them before the first user asks: planning node-details (resolve-keys + one COLLECT per
// relationship) takes about a second on a loaded machine, and Neo4j caches plans by the exact
// text and the parameter types (and, unless told not to, by each string's and list's size to a
// power of ten: the project's local Neo4j and docker-compose.yml turn that off, so that one
// warm-up serves keys of every length). EXPLAIN does not fill that cache, so the statements really
// run; a key no node has makes each of them cost an index look-up. The text and the parameters go
// through createReader, as every resolver's do, so the plans cached are the ones requests use.
//
// Left out: graph-all and stats, which read the whole graph whatever their parameters (they plan
// in well under a second), and the corpus-* statements of the cross-document API.
import { createReader, type ReadableDatabase } from './cypher-reader.ts';
import { DEFAULT_QUERY_DEADLINE_SLACK_MS } from './config.ts';

/** A key that names no node: ids, symbols and names never contain spaces and brackets together. */
export const NO_SUCH_KEY = '[warm-up: no such node]';

interface WarmUpStatement {
  name: string;
  /** Names the statement follows resolve-keys.cypher with, or undefined for a plain read. */
  keys?: (string | null)[];
  params: Record<string, unknown>;
}

/** Each statement with the parameter types its resolver sends (server/resolvers/*). */
export function warmUpStatements(limit = 5_000): WarmUpStatement[] {
  return [
    { name: 'node-details', keys: [NO_SUCH_KEY], params: {} },
    {
      name: 'neighborhood',
      keys: [NO_SUCH_KEY],
      params: { depth: 1, labels: null, limit, rel: null, direction: 'BOTH' },
    },
    { name: 'path', keys: [NO_SUCH_KEY, NO_SUCH_KEY], params: { from: NO_SUCH_KEY, to: NO_SUCH_KEY } },
    { name: 'co-citations', keys: [NO_SUCH_KEY], params: { adoptionsApart: false } },
    {
      name: 'paragraphs',
      keys: [null, null],
      params: {
        document: NO_SUCH_KEY,
        cites: null,
        mentions: null,
        theme: null,
        section: null,
        text: null,
        afterDocument: null,
        afterOrder: null,
        first: 20,
      },
    },
    { name: 'search', params: { query: 'warmupnosuchword', limit: 10 } },
    { name: 'graph-document', params: { document: NO_SUCH_KEY, limit } },
    { name: 'documents', params: {} },
    { name: 'instruments', params: { kind: NO_SUCH_KEY, search: null } },
    { name: 'resolutions', params: {} },
    { name: 'bodies', params: {} },
    { name: 'themes', params: {} },
  ];
}

export interface WarmUpReport {
  statements: number;
  /** Names of the statements that failed (the server starts all the same). */
  failed: string[];
  ms: number;
}

/**
 * Plans every API statement once. Never throws: a failure only means that statement's first
 * request plans it, as without a warm-up. The server calls it before listening:
 *   await warmUp(db); server = await listen(app, ...)
 */
export async function warmUp(
  db: ReadableDatabase,
  options: { timeoutMs?: number; limit?: number } = {},
): Promise<WarmUpReport> {
  const started = performance.now();
  const reader = createReader(db, {
    timeoutMs: options.timeoutMs ?? 30_000,
    deadlineSlackMs: DEFAULT_QUERY_DEADLINE_SLACK_MS,
    requestId: 'warm-up',
  });
  const statements = warmUpStatements(options.limit);
  const failed: string[] = [];
  // One at a time: planning is CPU-bound, and in parallel it would slow a loaded machine as much.
  for (const { name, keys, params } of statements) {
    try {
      if (keys) await reader.resolve(name, keys, params);
      else await reader.read(name, params);
    } catch {
      failed.push(name);
    }
  }
  return { statements: statements.length, failed, ms: performance.now() - started };
}
