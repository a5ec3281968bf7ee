// Turns the cells' results into the tables of the API benchmark (Markdown, printed and written
// into BENCHMARKS.md) and checks them against the targets of the issue.
import { readFileSync, writeFileSync } from 'node:fs';
import type { CellResult } from './drive.ts';
import { NO_CACHE } from '../server-configs.ts';
import { SERVER_LABEL, type ServerKind } from './measured-queries.ts';

export interface Row {
  graph: string;
  query: string;
  connections: number;
  results: Partial<Record<ServerKind, CellResult>>;
}

export const targets = {
  /** At 32 connections, ours at least this share of the raw driver's requests/s. */
  vsRaw: 0.7,
  /** At 32 connections, ours at least this share of @neo4j/graphql's requests/s. */
  vsNeo4jGraphql: 1.0,
  /** Ours, on the Bangkok graph, at every concurrency. */
  p99Ms: 50,
  atConnections: 32,
};

/** The servers' columns, left to right: this API as deployed, then without its cache, then the two others. */
const COLUMNS: ServerKind[] = ['ours', 'ours-uncached', 'raw', 'neo4j-graphql'];
/** The ratios' columns: each of ours, with and without the cache, against the two others; then what the cache buys. */
const RATIOS: [ServerKind, ServerKind][] = [
  ['ours', 'raw'],
  ['ours', 'neo4j-graphql'],
  ['ours-uncached', 'raw'],
  ['ours-uncached', 'neo4j-graphql'],
  ['ours', 'ours-uncached'],
];

const n = (value: number | undefined, digits = 0) =>
  value === undefined
    ? '—'
    : value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ratio = (a: CellResult | undefined, b: CellResult | undefined) =>
  a && b && b.requestsPerSec > 0 ? a.requestsPerSec / b.requestsPerSec : undefined;
const ratioOf = (row: Row, [a, b]: [ServerKind, ServerKind]) => ratio(row.results[a], row.results[b]);
/** "no cache" rather than "ours, no cache" where the column already reads as a ratio. */
const short = (kind: ServerKind) => (kind === 'ours-uncached' ? 'no cache' : SERVER_LABEL[kind]);

function cells(result: CellResult | undefined): string {
  if (!result) return '— | — | — | —';
  return `${n(result.requestsPerSec, result.requestsPerSec < 10 ? 1 : 0)} | ${n(result.p50Ms)} | ${n(result.p99Ms)} | ${result.errors}`;
}

/**
 * Two Markdown tables over the same rows: requests/s, p50, p99 and errors of each server; then the
 * ratios of requests/s.
 */
export function table(rows: Row[]): string {
  const key = (row: Row) => `| ${row.graph} | ${row.query} | ${row.connections} |`;
  const perServer = [
    'Requests per second, latency in ms (p50, p99) and errors, per server:',
    '',
    `| graph | query | conn. | ${COLUMNS.map((kind) => `${SERVER_LABEL[kind]} req/s | p50 | p99 | err.`).join(' | ')} |`,
    `|---|---|--:|${COLUMNS.map(() => '--:|--:|--:|--:|').join('')}`,
    ...rows.map((row) => `${key(row)} ${COLUMNS.map((kind) => cells(row.results[kind])).join(' | ')} |`),
  ];
  const ratios = [
    'Ratios of requests per second:',
    '',
    `| graph | query | conn. | ${RATIOS.map(([a, b]) => `${short(a)}/${short(b)}`).join(' | ')} |`,
    `|---|---|--:|${RATIOS.map(() => '--:|').join('')}`,
    ...rows.map((row) => `${key(row)} ${RATIOS.map((pair) => n(ratioOf(row, pair), 2)).join(' | ')} |`),
  ];
  return [...perServer, '', ...ratios].join('\n');
}

/**
 * One line per target: met or missed, with the cells that miss it. The targets judge `ours`, the
 * server as deployed (response cache on); a second list gives the same targets for the server with
 * no cache, so that what the cache hides stays in view.
 */
export function verdicts(rows: Row[], bangkokGraph: string): string[] {
  const all = rows.flatMap((row) =>
    Object.entries(row.results).map(([server, r]) => ({ row, server: server as ServerKind, r: r! })),
  );
  const errors = all.filter(({ r }) => r.errors > 0);
  const line = (ok: boolean, what: string, misses: string[], measured = true) =>
    `${!measured ? 'not measured' : ok ? 'met' : '**missed**'}: ${what}${ok || !measured ? '' : ` (missed by ${misses.join(', ')})`}`;
  return [
    `- ${line(
      errors.length === 0,
      'zero errors',
      errors.map(
        ({ row, server, r }) =>
          `${SERVER_LABEL[server]} ${label(row)} at ${row.connections}: ${r.errors}${r.firstError ? ` — ${r.firstError.slice(0, 120)}` : ''}`,
      ),
    )}`,
    ...serverVerdicts(rows, bangkokGraph, 'ours', line).map((text) => `- ${text}`),
    `- The same targets for ${SERVER_LABEL['ours-uncached']} (${NO_CACHE}), every request answered by Neo4j:`,
    ...serverVerdicts(rows, bangkokGraph, 'ours-uncached', line).map((text) => `  - ${text}`),
  ];
}

const label = (row: Row) => `${row.graph}/${row.query}`;

function serverVerdicts(
  rows: Row[],
  bangkokGraph: string,
  kind: 'ours' | 'ours-uncached',
  line: (ok: boolean, what: string, misses: string[], measured?: boolean) => string,
): string[] {
  const name = SERVER_LABEL[kind];
  const at32 = rows.filter((row) => row.connections === targets.atConnections);
  const missRaw = at32.filter((row) => (ratioOf(row, [kind, 'raw']) ?? 0) < targets.vsRaw);
  const missNeo = at32.filter((row) => (ratioOf(row, [kind, 'neo4j-graphql']) ?? 0) < targets.vsNeo4jGraphql);
  const bangkok = rows.filter((row) => row.graph === bangkokGraph);
  const missP99 = bangkok.filter((row) => (row.results[kind]?.p99Ms ?? Infinity) >= targets.p99Ms);
  return [
    line(
      missRaw.length === 0,
      `${name} ≥ ${targets.vsRaw}× raw at ${targets.atConnections} connections`,
      missRaw.map((row) => `${label(row)} ${n(ratioOf(row, [kind, 'raw']), 2)}×`),
      at32.length > 0,
    ),
    line(
      missNeo.length === 0,
      `${name} ≥ ${targets.vsNeo4jGraphql}× @neo4j/graphql at ${targets.atConnections} connections`,
      missNeo.map((row) => `${label(row)} ${n(ratioOf(row, [kind, 'neo4j-graphql']), 2)}×`),
      at32.length > 0,
    ),
    line(
      missP99.length === 0,
      `${name} p99 < ${targets.p99Ms} ms on the ${bangkokGraph} graph`,
      missP99.map((row) => `${row.query} at ${row.connections}: ${n(row.results[kind]?.p99Ms)} ms`),
      bangkok.length > 0,
    ),
  ];
}

export const API_HEADING = '## API';
const BEGIN = '<!-- bench:api results: written by `npm run bench:api` -->';
const END = '<!-- /bench:api results -->';

/**
 * Writes the latest results into BENCHMARKS.md between the bench:api markers of its "## API"
 * section, so the text around them (what is measured, what profiling showed) stays as written.
 * Without markers, appends an "## API" section holding them. Other sections are left alone.
 */
export function writeResults(file: string, results: string): void {
  const text = readFileSync(file, 'utf8');
  const block = `${BEGIN}\n${results.trim()}\n${END}`;
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start !== -1 && end > start) {
    writeFileSync(file, text.slice(0, start) + block + text.slice(end + END.length));
  } else {
    writeFileSync(file, `${text.trimEnd()}\n\n${API_HEADING}\n\n${block}\n`);
  }
}
