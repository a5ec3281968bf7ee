// Puts every GraphQL operation through admission control (server/admission.ts) before anything
// else reads the database: one that finds no place answers SERVER_BUSY with HTTP 503 and a
// Retry-After header, at once, while the operations already admitted keep their pace. A queue that
// fills because the database is gone (the admitted operations wait on a dead connection) is no
// overload: then the refusal says DATABASE_UNAVAILABLE, as the admitted ones will.
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Ping } from '../../graph/database.ts';
import { ServerBusyError, type Admission } from '../admission.ts';
import { ErrorCode } from '../errors.ts';
import { withDeadline } from '../cypher-reader.ts';

/** A ping's answer is reused this long, so a burst of refusals asks the database once. */
const PING_REUSE_MS = 1_000;
const PING_DEADLINE_MS = 2_000;

export function useAdmission(admission: Admission, db: { ping(): Promise<Ping> }): Plugin {
  const leave = new WeakMap<Request, () => void>();
  let lastPing: { at: number; answer: Promise<Ping> } | undefined;
  const ping = (): Promise<Ping> => {
    if (!lastPing || performance.now() - lastPing.at > PING_REUSE_MS) {
      const answer = withDeadline(db.ping(), PING_DEADLINE_MS, () => new Error('no answer')).catch((error: Error) => ({
        ok: false as const,
        problem: error.message,
      }));
      lastPing = { at: performance.now(), answer };
    }
    return lastPing.answer;
  };
  return {
    async onParams({ request, setResult }) {
      try {
        leave.set(request, await admission.enter());
      } catch (error) {
        if (!(error instanceof ServerBusyError)) throw error;
        const reachable = (await ping()).ok;
        const extensions = reachable
          ? { code: ErrorCode.SERVER_BUSY, reason: error.reason }
          : { code: ErrorCode.DATABASE_UNAVAILABLE };
        const message = reachable ? error.message : 'The database is unavailable at the moment; try again shortly';
        setResult({
          errors: [
            new GraphQLError(message, {
              extensions: {
                ...extensions,
                http: { status: 503, headers: { 'Retry-After': String(error.retryAfterSeconds) } },
              },
            }),
          ],
        });
      }
    },
    onResponse({ request }) {
      leave.get(request)?.();
      leave.delete(request);
    },
  };
}
