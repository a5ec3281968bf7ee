// What every resolver receives: the request's database reader, its loaders, its settings and its
// logger. Built fresh per request, so caches never outlive the request that filled them.
import type { Logger } from 'pino';
import type { ServerConfig } from './config.ts';
import { createDetailsLoader, type DetailsLoader } from './loaders/node-details.ts';
import type { Subgraph } from './generated/resolvers-types.ts';
import { createReader, type ApiReader, type ReadableDatabase } from './cypher-reader.ts';
import { createVersionedMemo, type VersionedMemo } from './versioned-memo.ts';

export interface ApiContext {
  db: ApiReader;
  config: ServerConfig;
  /** Node id → the node with everything one hop away (one query per GraphQL level). */
  details: DetailsLoader;
  requestId: string;
  logger: Logger;
  /** Answers kept per graph version in this process, shared by its requests (versioned-memo.ts). */
  memo: ProcessMemo;
}

export interface ProcessMemo {
  /** The whole corpus's subgraph. */
  wholeGraph: VersionedMemo<Subgraph>;
  /** The corpus overview: documents and what they cite, one weighted edge per pair. */
  overview: VersionedMemo<Subgraph>;
}

export function createProcessMemo(): ProcessMemo {
  return { wholeGraph: createVersionedMemo(), overview: createVersionedMemo() };
}

export function createContext(
  db: ReadableDatabase,
  config: ServerConfig,
  requestId: string,
  logger: Logger,
  memo: ProcessMemo = createProcessMemo(),
): ApiContext {
  const reader = createReader(db, {
    timeoutMs: config.queryTimeoutMs,
    deadlineSlackMs: config.queryDeadlineSlackMs,
    requestId,
  });
  return { db: reader, config, details: createDetailsLoader(reader), requestId, logger, memo };
}
