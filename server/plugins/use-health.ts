// /health, the one implementation, served by the Yoga app so the in-process app (tests) and the
// listening server answer it alike: GET or HEAD, 200 with Neo4j reachable and 503 otherwise, with
// a JSON body that says why; any other method is 405.
import type { Plugin } from 'graphql-yoga';
import { checkHealth } from '../health.ts';
import type { ReadableDatabase } from '../cypher-reader.ts';

export const HEALTH_PATH = '/health';

export function useHealth(db: Pick<ReadableDatabase, 'ping'>): Plugin {
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      if (url.pathname !== HEALTH_PATH) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [{ message: '/health answers GET and HEAD only', extensions: { code: 'METHOD_NOT_ALLOWED' } }],
            }),
            {
              status: 405,
              headers: { allow: 'GET, HEAD', 'content-type': 'application/json; charset=utf-8' },
            },
          ),
        );
        return;
      }
      const { status, body } = await checkHealth(db);
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
