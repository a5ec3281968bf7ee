// The server's structured logger (pino, JSON lines). Each request logs through a child that
// carries its request id, so every line of one request can be found together.
import { pino, type Logger } from 'pino';
import type { YogaLogger } from 'graphql-yoga';

export function createLogger(level: string = 'info'): Logger {
  return pino({ level, base: { service: 'instrument-graph-api' } });
}

/** Yoga's own messages (startup, unexpected errors) through the same pino logger. */
export function yogaLogger(logger: Logger): YogaLogger {
  const log = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    const [first, ...rest] = args;
    if (first instanceof Error) logger[level]({ err: first }, rest.map(String).join(' ') || first.message);
    else logger[level]({ args: rest.length ? rest : undefined }, String(first));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
