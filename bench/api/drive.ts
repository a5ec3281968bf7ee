// The load generator, in a process of its own so that it never shares an event loop with a server
// it measures: `node --import tsx bench/api/drive.ts PLAN.json` runs each cell of the plan in turn
// (a short warm-up at the cell's concurrency, then autocannon for a fixed time) and prints one
// "RESULT {json}" line per cell. A response that is not 2xx, or that carries GraphQL errors,
// counts as an error.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { commandLine } from '../../seed/cli/command-line.ts';

export interface Cell {
  /** Opaque to the driver; comes back with the result. */
  key: string;
  url: string;
  body: string;
  connections: number;
  durationSec: number;
  /** Requests sent before measuring, `connections` at a time. */
  warmUpRequests: number;
}

export interface CellResult {
  key: string;
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Socket errors, timeouts, non-2xx answers and answers holding GraphQL errors, warm-up included. */
  errors: number;
  /** The first failure seen, to say what went wrong. */
  firstError?: string;
}

const HEADERS = { 'content-type': 'application/json', accept: 'application/json' };
const failed = (body: string) => body.includes('"errors":[');

/** One request outside autocannon; a network error is retried once (a keep-alive socket the server
 * closed while idle between cells can fail the first request on it), then counts as a failure. */
async function ask(cell: Cell, retry = true): Promise<string | undefined> {
  try {
    const response = await fetch(cell.url, { method: 'POST', headers: HEADERS, body: cell.body });
    const text = await response.text();
    return !response.ok || failed(text) ? `${response.status} ${text.slice(0, 300)}` : undefined;
  } catch (error) {
    if (retry) return ask(cell, false);
    return String((error as Error).cause ?? error);
  }
}

/** Sends the warm-up requests, `connections` at a time; returns the failures. */
async function warmUp(cell: Cell): Promise<string[]> {
  const failures: string[] = [];
  let left = cell.warmUpRequests;
  const worker = async () => {
    while (left-- > 0) {
      const failure = await ask(cell);
      if (failure) failures.push(failure);
    }
  };
  await Promise.all(Array.from({ length: Math.min(cell.connections, cell.warmUpRequests) }, worker));
  return failures;
}

async function run(cell: Cell): Promise<CellResult> {
  const warmUpFailures = await warmUp(cell);
  let firstError: string | undefined = warmUpFailures[0] && `warm-up: ${warmUpFailures[0]}`;
  const result = await autocannon({
    url: cell.url,
    method: 'POST',
    headers: HEADERS,
    body: cell.body,
    connections: cell.connections,
    duration: cell.durationSec,
    // A slow answer is measured as slow: only one slower than this counts as an error.
    timeout: 30,
    verifyBody: (body) => {
      if (!failed(body)) return true;
      firstError ??= body.slice(0, 300);
      return false;
    },
  });
  return {
    key: cell.key,
    requestsPerSec: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    // autocannon counts timeouts among errors; an answer both non-2xx and holding errors counts once.
    errors: warmUpFailures.length + result.errors + Math.max(result.non2xx, result.mismatches),
    ...(firstError ? { firstError } : {}),
  };
}

const { positionals } = commandLine(
  'drive',
  `Usage: npx tsx bench/api/drive.ts PLAN.json

Runs autocannon over each cell of the plan (written by bench-api.ts) and prints one
"RESULT <json>" line per cell.`,
  { allowPositionals: true, options: {} },
);
if (positionals.length !== 1) {
  console.error('drive: expected one plan file\nTry --help.');
  process.exit(2);
}
const plan = JSON.parse(readFileSync(positionals[0]!, 'utf8')) as Cell[];
for (const cell of plan) console.log(`RESULT ${JSON.stringify(await run(cell))}`);
