// Reads the API server's settings from the environment once, validates them, and fails at start-up
// naming the variable that is wrong. The Neo4j settings live in graph/config.ts.
import { z } from 'zod';
import { parseEnvironment } from '../graph/config.ts';
import { maxPdfPages } from '../seed/pdf/limits.ts';
import { maxFileBytes } from '../seed/stages/read-input.ts';

/** The most a neighbourhood query can expand: neighborhood.cypher unrolls exactly this many rings. */
export const HARD_MAX_NEIGHBORHOOD_DEPTH = 3;
/** The most a path query can search: path.cypher bounds shortestPath with this literal. */
export const HARD_MAX_PATH_LENGTH = 10;

/** See ServerConfig.queryDeadlineSlackMs. */
export const DEFAULT_QUERY_DEADLINE_SLACK_MS = 5_000;

/** The extractor's own bound on one document (seed/stages/read-input.ts): uploads cannot exceed it. */
const MAX_UPLOAD_MB = maxFileBytes / (1024 * 1024);

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const LOG_FORMATS = ['pretty', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

const ServerEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  // Loopback unless told otherwise (docker-compose sets 0.0.0.0): an API is not exposed by accident.
  HOST: z.string().min(1).default('127.0.0.1'),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .refine(
      (origins) => origins.every((o) => o === '*' || /^https?:\/\/[^\s/]+$/.test(o)),
      'must be comma-separated origins like https://example.org',
    ),
  // Unset: info. Set, it also asks for JSON lines unless LOG_FORMAT says otherwise (logFormatOf).
  LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
  LOG_FORMAT: z.enum(LOG_FORMATS).optional(),
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
  MAX_QUERY_COST: z.coerce.number().int().min(100).max(1_000_000).default(20_000),
  MAX_ALIASES: z.coerce.number().int().min(1).max(1000).default(20),
  MAX_TOKENS: z.coerce.number().int().min(100).max(100_000).default(2_000),
  MAX_NEIGHBORHOOD_DEPTH: z.coerce
    .number()
    .int()
    .min(1)
    .max(HARD_MAX_NEIGHBORHOOD_DEPTH)
    .default(HARD_MAX_NEIGHBORHOOD_DEPTH),
  MAX_PATH_LENGTH: z.coerce.number().int().min(1).max(HARD_MAX_PATH_LENGTH).default(HARD_MAX_PATH_LENGTH),
  MAX_GRAPH_NODES: z.coerce.number().int().min(10).max(100_000).default(5_000),
  // A hub's neighbourhood at depth 3 is most of the graph: it is cut here, with a count of the rest.
  MAX_NEIGHBORHOOD_NODES: z.coerce.number().int().min(10).max(100_000).default(500),
  API_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  // Megabytes of answers kept per server process, keyed on the graph's version; 0 turns the cache off.
  API_RESPONSE_CACHE_MB: z.coerce.number().min(0).max(16_384).default(64),
  // Admission control (server/admission.ts): operations run at once, operations waiting, longest wait.
  API_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(1_000).default(4),
  API_MAX_QUEUED: z.coerce.number().int().min(0).max(100_000).default(64),
  API_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(1).max(600_000).default(1_000),
  // Adding documents (server/upload/): on by itself only on loopback; elsewhere only with a token.
  UPLOAD_TOKEN: z
    .string()
    .default('')
    .refine(
      (t) => t === '' || /^[\x21-\x7e]{16,}$/.test(t),
      'must be at least 16 printable characters without spaces (or empty)',
    ),
  UPLOAD_HOSTS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((name) => name.trim().toLowerCase())
        .filter(Boolean),
    )
    .refine(
      (names) => names.every((n) => /^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(n)),
      'must be comma-separated host names like explorer.example.org, without ports',
    ),
  UPLOAD_MAX_MB: z.coerce.number().gt(0).max(MAX_UPLOAD_MB).default(MAX_UPLOAD_MB),
  UPLOAD_MAX_PAGES: z.coerce.number().int().min(1).max(maxPdfPages).default(200),
  UPLOAD_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(60_000),
});

/** Every variable this module reads, for .env.example and docker-compose checks. */
export const SERVER_ENV_VARIABLES: readonly string[] = Object.keys(ServerEnv.shape);

export interface ServerConfig {
  port: number;
  host: string;
  /** Origins allowed by CORS; empty means same origin only (no CORS headers at all). */
  corsOrigins: string[];
  logLevel: (typeof LOG_LEVELS)[number];
  /**
   * `pretty`: one readable line per event, requests at debug (a person at a terminal); `json`:
   * pino's JSON lines, a line per request at info (a log collector).
   */
  logFormat: LogFormat;
  /** Largest `first`/`limit` any list argument accepts. */
  maxPageSize: number;
  /** GraphQL Armor: deepest selection, highest cost, most aliases, most tokens. */
  maxQueryDepth: number;
  maxQueryCost: number;
  maxAliases: number;
  maxTokens: number;
  maxNeighborhoodDepth: number;
  maxPathLength: number;
  /** A subgraph larger than this is cut and flagged `truncated`. */
  maxGraphNodes: number;
  /** A neighbourhood larger than this is cut, with `omitted` saying how many nodes were left out. */
  maxNeighborhoodNodes: number;
  /** Upper bound on every read transaction the API runs. */
  queryTimeoutMs: number;
  /**
   * How long past `queryTimeoutMs` the API waits for Neo4j's own timeout before it stops waiting
   * and asks, by a ping, whether the database is busy or gone (server/cypher-reader.ts).
   */
  queryDeadlineSlackMs: number;
  /** Most bytes of answers the response cache keeps; 0 means no cache. */
  responseCacheBytes: number;
  /** Admission control: operations at once, operations waiting, longest wait (ms). */
  admission: { maxInFlight: number; maxQueued: number; maxWaitMs: number };
  /** Secret a client must send to add documents; empty means none (then only loopback allows it). */
  uploadToken: string;
  /** Host names, besides localhost and loopback addresses, that requests to add documents may name. */
  uploadHosts: string[];
  /** Largest document a client may add, in bytes. */
  uploadMaxBytes: number;
  /** Most pages a PDF a client adds may have. */
  uploadMaxPages: number;
  /** Upper bound on reading one added document; the reader is stopped after it. */
  uploadTimeoutMs: number;
}

/**
 * LOG_FORMAT when set; otherwise pretty for a terminal, and JSON lines for anything else (a file, a
 * pipe, a container's log) or when LOG_LEVEL is set: whoever tunes the level is tuning a log.
 */
function logFormatOf(v: { LOG_FORMAT?: LogFormat; LOG_LEVEL?: string }, terminal: boolean): LogFormat {
  return v.LOG_FORMAT ?? (terminal && v.LOG_LEVEL === undefined ? 'pretty' : 'json');
}

/**
 * Parses the server settings out of an environment (process.env by default); `terminal` says
 * whether the log goes to a person's terminal.
 */
export function readServerConfig(
  env: NodeJS.ProcessEnv = process.env,
  terminal = process.stdout.isTTY === true,
): ServerConfig {
  const v = parseEnvironment(ServerEnv, env);
  return {
    port: v.PORT,
    host: v.HOST,
    corsOrigins: v.CORS_ORIGINS,
    logLevel: v.LOG_LEVEL ?? 'info',
    logFormat: logFormatOf(v, terminal),
    maxPageSize: v.MAX_PAGE_SIZE,
    maxQueryDepth: v.MAX_QUERY_DEPTH,
    maxQueryCost: v.MAX_QUERY_COST,
    maxAliases: v.MAX_ALIASES,
    maxTokens: v.MAX_TOKENS,
    maxNeighborhoodDepth: v.MAX_NEIGHBORHOOD_DEPTH,
    maxPathLength: v.MAX_PATH_LENGTH,
    maxGraphNodes: v.MAX_GRAPH_NODES,
    maxNeighborhoodNodes: Math.min(v.MAX_NEIGHBORHOOD_NODES, v.MAX_GRAPH_NODES),
    queryTimeoutMs: v.API_QUERY_TIMEOUT_MS,
    queryDeadlineSlackMs: DEFAULT_QUERY_DEADLINE_SLACK_MS,
    responseCacheBytes: Math.round(v.API_RESPONSE_CACHE_MB * 1024 * 1024),
    admission: { maxInFlight: v.API_MAX_IN_FLIGHT, maxQueued: v.API_MAX_QUEUED, maxWaitMs: v.API_QUEUE_TIMEOUT_MS },
    uploadToken: v.UPLOAD_TOKEN,
    uploadHosts: v.UPLOAD_HOSTS,
    uploadMaxBytes: Math.round(v.UPLOAD_MAX_MB * 1024 * 1024),
    uploadMaxPages: v.UPLOAD_MAX_PAGES,
    uploadTimeoutMs: v.UPLOAD_TIMEOUT_MS,
  };
}

/** The defaults, for tests and tools that build an app without an environment. */
export function defaultServerConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return { ...readServerConfig({}, false), ...overrides };
}
