// The graph's version as a request sees it. Every request must see a version read after it
// arrived (a client that has just seeded must not get an answer cached before its seed), but a
// read per request would cost as much as many of the queries it saves. So reads are queued: while
// one is in flight, the requests that arrive wait for the next one, which starts as soon as the
// first is done and answers all of them. At most one read is in flight, and under load a read
// serves every request that arrived during the one before.

/** The graph's version, or null when it has none (never seeded, or just reset). */
export type GraphVersion = string | null;

export interface VersionWatch {
  /** A version read that started after this call; rejects when the read fails. */
  current(): Promise<GraphVersion>;
}

export function createVersionWatch(read: () => Promise<GraphVersion>): VersionWatch {
  let inFlight: Promise<GraphVersion> | undefined;
  let queued: Promise<GraphVersion> | undefined;

  const start = (): Promise<GraphVersion> => {
    const read$ = read().finally(() => {
      if (inFlight === read$) inFlight = undefined;
    });
    inFlight = read$;
    return read$;
  };

  return {
    current() {
      if (!inFlight) return start();
      // The read in flight began before this request: wait for it to end, then share the next.
      queued ??= inFlight
        .catch(() => undefined)
        .then(() => {
          queued = undefined;
          return start();
        });
      return queued;
    },
  };
}
