// Puts every GraphQL operation through admission control (server/admission.ts) before anything
// else reads the database: one that finds no place answers SERVER_BUSY with HTTP 503 and a
// Retry-After header, at once, while the operations already admitted keep their pace.
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ServerBusyError, type Admission } from '../admission.ts';
import { ErrorCode } from '../errors.ts';

export function useAdmission(admission: Admission): Plugin {
  const leave = new WeakMap<Request, () => void>();
  return {
    async onParams({ request, setResult }) {
      try {
        leave.set(request, await admission.enter());
      } catch (error) {
        if (!(error instanceof ServerBusyError)) throw error;
        setResult({
          errors: [
            new GraphQLError(error.message, {
              extensions: {
                code: ErrorCode.SERVER_BUSY,
                reason: error.reason,
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
