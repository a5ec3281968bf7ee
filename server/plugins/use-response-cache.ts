// Answers a query from memory when the same operation, with the same variables, was answered at
// the graph's current version. The data changes only when the seeder writes, and every seeder
// transaction gives the graph a new version (graph/queries/seed/graph-version-bump.cypher), so a
// cached answer is never served after the graph changed: each request first reads the version
// (graph-version.ts shares that read between concurrent requests), and the version is part of the
// cache key. The cache lives in this process and is rebuilt from Neo4j, so servers stay stateless:
// several of them behind one database each keep their own.
//
// @graphql-yoga/plugin-response-cache does the caching (keys, skipping answers with errors); this
// module supplies the version as its "session". No answer is cached while the graph has no
// version (never seeded, or reset), and when the version cannot be read the request bypasses the
// cache and runs, so the database's error reaches the caller as usual; after such a failure the
// cache stays out of the way for a moment rather than make every request wait on the next read.
import { useResponseCache as useYogaResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { cypher } from '../../graph/cypher.ts';
import { createVersionWatch, type GraphVersion } from '../graph-version.ts';
import { withDeadline, type ReadableDatabase } from '../cypher-reader.ts';

/** After a failed version read, requests skip the cache (and the read) for this long. */
const BACK_OFF_MS = 1_000;

export interface ResponseCacheOptions {
  /**
   * Most bytes of answers kept, as JSON (least recently used go first); a larger answer is not kept.
   */
  maxBytes: number;
  /**
   * Bound on the version read. A slower or failed read (the driver retries an unreachable
   * database for seconds) bypasses the cache for the requests that waited on it.
   */
  timeoutMs: number;
}

export function useResponseCache(db: Pick<ReadableDatabase, 'read'>, options: ResponseCacheOptions): Plugin[] {
  const watch = createVersionWatch(async () => {
    const read = db.read(
      cypher('api/graph-version'),
      {},
      { timeoutMs: options.timeoutMs, metadata: { app: 'instrument-graph-api', query: 'graph-version' } },
    );
    const rows = await withDeadline(
      read,
      options.timeoutMs,
      () => new Error(`The graph's version took over ${options.timeoutMs} ms to read`),
    );
    return (rows[0]?.version as GraphVersion | undefined) ?? null;
  });
  const cache = versionedCache(options.maxBytes);
  const versionOf = new WeakMap<Request, string>();

  let backOffUntil = 0;

  const readVersion: Plugin = {
    async onParams({ request }) {
      if (performance.now() < backOffUntil) return;
      try {
        const version = await watch.current();
        if (version === null) return;
        cache.use(version);
        versionOf.set(request, version);
      } catch {
        // No version, no cache: the request runs and meets the database's error itself.
        backOffUntil = performance.now() + BACK_OFF_MS;
      }
    },
    // The plugin marks cached answers with ETag and Last-Modified, but validators are never
    // honoured here (see `enabled`), and a browser or proxy must not keep a GET answer on its own
    // after the graph changes.
    onResponse({ request, response }) {
      if (new URL(request.url).pathname === '/graphql' && !response.headers.has('cache-control')) {
        response.headers.set('cache-control', 'no-cache');
      }
    },
  };

  return [
    readVersion,
    useYogaResponseCache({
      cache,
      session: (request) => versionOf.get(request) ?? null,
      // Only requests whose version was read here: this also keeps the plugin's If-None-Match
      // shortcut (which runs before any version is read) from answering 304 for an older graph.
      enabled: (request) => versionOf.has(request),
      // Entity tracking serves invalidation by mutations; this API has none.
      idFields: [],
      includeExtensionMetadata: false,
    }),
  ];
}

/**
 * A least-recently-used store bounded by the size of its answers, not their number: one
 * whole-corpus `graph` answer weighs megabytes where a paragraph weighs a few hundred bytes, so a
 * count of entries would bound nothing. Sizes are the answers' JSON length; the objects held take
 * roughly twice that in the heap. It drops everything it holds when the graph's version changes.
 */
function versionedCache(maxBytes: number): Cache & { use(version: string): void } {
  const create = () =>
    new LRUCache<string, ExecutionResult>({
      maxSize: maxBytes,
      // JSON length in UTF-16 code units: close to the bytes the answer is sent as. Measured once,
      // when an answer computed anyway is stored.
      sizeCalculation: (result) => Math.max(1, JSON.stringify(result).length),
    });
  let version: string | undefined;
  let answers = create();
  return {
    // Entries of older versions can never be hit (the version is in the key); dropping them at
    // once frees the memory rather than waiting for newer answers to push them out.
    use(next) {
      if (next !== version) {
        version = next;
        answers = create();
      }
    },
    get: (key) => answers.get(key),
    set: (key, result, _entities, ttl) => {
      answers.set(key, result, { ttl: Number.isFinite(ttl) ? ttl : undefined });
    },
    // Invalidation by entity serves mutations; this API has none, and versions replace it.
    invalidate: () => {},
  };
}
