// GET /health inside the Yoga app, so the in-process app (tests) and the listening server answer
// it alike: 200 with Neo4j reachable, 503 otherwise, with a JSON body.
import { useReadinessCheck, type Plugin } from 'graphql-yoga';
import { checkHealth } from '../health.ts';
import type { ReadableDatabase } from '../queries.ts';

export const HEALTH_PATH = '/health';

export function useHealth(db: Pick<ReadableDatabase, 'ping'>): Plugin {
  return useReadinessCheck({
    endpoint: HEALTH_PATH,
    check: async ({ fetchAPI }) => {
      const { status, body } = await checkHealth(db);
      return new fetchAPI.Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
      });
    },
  });
}
