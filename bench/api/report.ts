// Turns the cells' results into the one table of the API benchmark (Markdown, printed and written
// into BENCHMARKS.md) and checks them against the targets of the issue.
import { readFileSync, writeFileSync } from 'node:fs';
import type { CellResult } from './drive.ts';
import type { ServerKind } from './measured-queries.ts';

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

const n = (value: number | undefined, digits = 0) => (value === undefined ? '—' : value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const ratio = (a: CellResult | undefined, b: CellResult | undefined) =>
  a && b && b.requestsPerSec > 0 ? a.requestsPerSec / b.requestsPerSec : undefined;

function cells(result: CellResult | undefined): string {
  if (!result) return '— | — | — | —';
  return `${n(result.requestsPerSec, result.requestsPerSec < 10 ? 1 : 0)} | ${n(result.p50Ms)} | ${n(result.p99Ms)} | ${result.errors}`;
}

export function table(rows: Row[]): string {
  const head = [
    '| graph | query | conn. | ours req/s | p50 ms | p99 ms | err. | raw req/s | p50 ms | p99 ms | err. | @neo4j/graphql req/s | p50 ms | p99 ms | err. | ours/raw | ours/@neo4j/graphql |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  const body = rows.map((row) => {
    const { ours, raw } = row.results;
    const neo = row.results['neo4j-graphql'];
    return `| ${row.graph} | ${row.query} | ${row.connections} | ${cells(ours)} | ${cells(raw)} | ${cells(neo)} | ${n(ratio(ours, raw), 2)} | ${n(ratio(ours, neo), 2)} |`;
  });
  return [...head, ...body].join('\n');
}

/** One line per target: met or missed, with the cells that miss it. */
export function verdicts(rows: Row[], bangkokGraph: string): string[] {
  const all = rows.flatMap((row) => Object.entries(row.results).map(([server, r]) => ({ row, server, r: r! })));
  const errors = all.filter(({ r }) => r.errors > 0);
  const at32 = rows.filter((row) => row.connections === targets.atConnections);
  const label = (row: Row) => `${row.graph}/${row.query}`;
  const missRaw = at32.filter((row) => (ratio(row.results.ours, row.results.raw) ?? 0) < targets.vsRaw);
  const missNeo = at32.filter((row) => (ratio(row.results.ours, row.results['neo4j-graphql']) ?? 0) < targets.vsNeo4jGraphql);
  const missP99 = rows.filter((row) => row.graph === bangkokGraph && (row.results.ours?.p99Ms ?? Infinity) >= targets.p99Ms);
  const line = (ok: boolean, what: string, misses: string[], measured = true) =>
    `- ${!measured ? 'not measured' : ok ? 'met' : '**missed**'}: ${what}${ok || !measured ? '' : ` (missed by ${misses.join(', ')})`}`;
  return [
    line(errors.length === 0, 'zero errors', errors.map(({ row, server, r }) => `${server} ${label(row)} at ${row.connections}: ${r.errors}${r.firstError ? ` — ${r.firstError.slice(0, 120)}` : ''}`)),
    line(missRaw.length === 0, `ours ≥ ${targets.vsRaw}× raw at ${targets.atConnections} connections`, missRaw.map((row) => `${label(row)} ${n(ratio(row.results.ours, row.results.raw), 2)}×`), at32.length > 0),
    line(missNeo.length === 0, `ours ≥ ${targets.vsNeo4jGraphql}× @neo4j/graphql at ${targets.atConnections} connections`, missNeo.map((row) => `${label(row)} ${n(ratio(row.results.ours, row.results['neo4j-graphql']), 2)}×`), at32.length > 0),
    line(missP99.length === 0, `ours p99 < ${targets.p99Ms} ms on the ${bangkokGraph} graph`, missP99.map((row) => `${row.query} at ${row.connections}: ${n(row.results.ours?.p99Ms)} ms`)),
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
