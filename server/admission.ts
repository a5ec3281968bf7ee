// Admission control: at most `maxInFlight` GraphQL operations run at once in this process, at
// most `maxQueued` more wait for a place, and none waits longer than `maxWaitMs`. Past that the
// server says so at once (SERVER_BUSY, HTTP 503 with Retry-After) instead of letting every
// request slow down until the database's own deadline turns a busy server into what looks like an
// outage. The bound is per process: several servers behind one Neo4j each keep their own, so the
// database sees at most their sum.

export interface AdmissionOptions {
  /** Operations that may run at the same time. */
  maxInFlight: number;
  /** Operations that may wait for a place; one more is refused at once. */
  maxQueued: number;
  /** Longest wait for a place; a request still queued then is refused. */
  maxWaitMs: number;
}

/** Why a request was not admitted: the queue was full, or its wait ran out. */
export class ServerBusyError extends Error {
  override name = 'ServerBusyError';
  constructor(
    readonly reason: 'queue-full' | 'wait-expired',
    /** Seconds a client should wait before it tries again (the Retry-After header). */
    readonly retryAfterSeconds: number,
  ) {
    super(
      reason === 'queue-full'
        ? 'The server is busy: too many requests are waiting; try again shortly'
        : 'The server is busy: the request waited too long for its turn; try again shortly',
    );
  }
}

interface Waiter {
  admit(): void;
  timer: NodeJS.Timeout;
}

export interface Admission {
  /** Waits for a place (or throws ServerBusyError) and returns the function that frees it. */
  enter(): Promise<() => void>;
  /** Operations running and waiting now, for logs and tests. */
  readonly load: { inFlight: number; queued: number };
}

export function createAdmission(options: AdmissionOptions): Admission {
  let inFlight = 0;
  // A FIFO over an array with a moving head: shift() would copy the queue at every admission.
  const queue: (Waiter | undefined)[] = [];
  let head = 0;
  let queued = 0;
  const retryAfter = Math.max(1, Math.ceil(options.maxWaitMs / 1000));

  const release = (): void => {
    inFlight -= 1;
    while (head < queue.length) {
      const next = queue[head];
      queue[head] = undefined;
      head += 1;
      if (!next) continue;
      queued -= 1;
      clearTimeout(next.timer);
      inFlight += 1;
      next.admit();
      break;
    }
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    }
  };

  const ticket = (): (() => void) => {
    let freed = false;
    return () => {
      if (freed) return;
      freed = true;
      release();
    };
  };

  return {
    enter() {
      if (inFlight < options.maxInFlight && queued === 0) {
        inFlight += 1;
        return Promise.resolve(ticket());
      }
      if (queued >= options.maxQueued) return Promise.reject(new ServerBusyError('queue-full', retryAfter));
      return new Promise((resolve, reject) => {
        const at = queue.length;
        const waiter: Waiter = {
          admit: () => resolve(ticket()),
          timer: setTimeout(() => {
            queue[at] = undefined;
            queued -= 1;
            reject(new ServerBusyError('wait-expired', retryAfter));
          }, options.maxWaitMs),
        };
        queue.push(waiter);
        queued += 1;
      });
    },
    get load() {
      return { inFlight, queued };
    },
  };
}
