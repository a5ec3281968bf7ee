// The server's logger (pino). JSON lines for a log collector; for a person at a terminal, the same
// events as one readable line each ("12:04:05 WARN  message key=value"), written by the small
// formatter below rather than pino-pretty and its dozen dependencies. Each request logs through a
// child that carries its request id, so every line of one request can be found together.
import { pino, type DestinationStream, type Logger } from 'pino';
import type { YogaLogger } from 'graphql-yoga';
import type { LogFormat } from './config.ts';

/** A logger at `level` in `format`, writing to `out` (standard output by default). */
export function createLogger(level: string = 'info', format: LogFormat = 'json', out?: NodeJS.WritableStream): Logger {
  const options = { level, base: { service: 'instrument-graph-api' } };
  if (format === 'pretty') return pino(options, prettyStream(out ?? process.stdout));
  return out ? pino(options, out as DestinationStream) : pino(options);
}

const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
/** Fields every line has, or that only a machine needs: left out of the readable line. */
const OMITTED = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'service', 'err']);

/** One pino JSON line as a line for a person. */
export function prettyLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.trimEnd();
  }
  const time = typeof entry.time === 'number' ? new Date(entry.time).toTimeString().slice(0, 8) : '';
  const level = (LEVEL_NAMES[Number(entry.level)] ?? String(entry.level)).padEnd(5);
  const fields = Object.entries(entry)
    .filter(([key, value]) => !OMITTED.has(key) && value !== undefined && value !== null)
    .map(([key, value]) => `${key}=${typeof value === 'string' && !/\s/.test(value) ? value : JSON.stringify(value)}`);
  const err = entry.err as { message?: string; stack?: string } | undefined;
  const line = [time, level, String(entry.msg ?? ''), ...fields].filter(Boolean).join(' ');
  // A stack is for someone fixing a bug: kept, indented under its line.
  return err?.stack ? `${line}\n    ${err.stack.split('\n').join('\n    ')}` : line;
}

function prettyStream(out: NodeJS.WritableStream): DestinationStream {
  return { write: (json: string) => void out.write(`${prettyLine(json)}\n`) };
}

/** Yoga's own messages (startup, unexpected errors) through the same pino logger. */
export function yogaLogger(logger: Logger): YogaLogger {
  const log =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const [first, ...rest] = args;
      // Yoga reports a request it refuses (a missing variable, a malformed body) through `error`,
      // but that is the client's mistake, answered with a 4xx: a debug line without a stack, so
      // the server's errors stay the server's faults.
      if (first instanceof Error && level === 'error' && isClientError(first))
        logger.debug({ status: httpStatus(first) }, first.message);
      else if (first instanceof Error) logger[level]({ err: first }, rest.map(String).join(' ') || first.message);
      else logger[level]({ args: rest.length ? rest : undefined }, String(first));
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

function httpStatus(error: Error): number | undefined {
  const status = (error as { extensions?: { http?: { status?: unknown } } }).extensions?.http?.status;
  return typeof status === 'number' ? status : undefined;
}

function isClientError(error: Error): boolean {
  const status = httpStatus(error);
  return status !== undefined && status >= 400 && status < 500;
}
