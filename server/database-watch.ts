// Watches the database `npm start` serves from. A Neo4j that has failed (a full disk makes it
// panic, and then it refuses every transaction until restarted) does not come back by itself:
// freeing the space is not enough. Serving on would answer every request with an error, so the
// watch tells the operator what happened and lets start.ts stop; a supervisor, or the operator
// after freeing space, starts it again.
import type { Ping } from '../graph/database.ts';

/** How often the database is asked; a ping is one trivial read. */
export const WATCH_INTERVAL_MS = 15_000;

export interface DatabaseWatch {
  stop(): void;
}

/** Calls `onFailed` once, with Neo4j's own words, when a ping says the database must be restarted. */
export function watchDatabase(
  db: { ping(): Promise<Ping> },
  onFailed: (problem: string) => void,
  everyMs = WATCH_INTERVAL_MS,
): DatabaseWatch {
  let stopped = false;
  const timer = setInterval(async () => {
    const ping = await db.ping();
    if (stopped || ping.ok || !/must be restarted|needs to be restarted/i.test(ping.problem)) return;
    stopped = true;
    clearInterval(timer);
    onFailed(ping.problem);
  }, everyMs);
  // The watch alone never keeps the process alive.
  timer.unref();
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
