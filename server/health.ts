// GET /health: 200 when Neo4j answers a trivial query now, 503 otherwise, with a JSON body, so a
// load balancer stops sending requests while the database is away and resumes when it is back.
import { withDeadline, type ReadableDatabase } from './queries.ts';

/** A health check answers within this, whatever the driver's retries are doing. */
export const HEALTH_DEADLINE_MS = 3_000;

export interface HealthReport {
  status: 'ok' | 'unavailable';
  neo4j: 'reachable' | 'unreachable';
  checkedAt: string;
}

export async function checkHealth(db: Pick<ReadableDatabase, 'ping'>): Promise<{ status: number; body: HealthReport }> {
  const reachable = await withDeadline(db.ping(), HEALTH_DEADLINE_MS, () => new Error('no answer')).catch(() => false);
  return {
    status: reachable ? 200 : 503,
    body: { status: reachable ? 'ok' : 'unavailable', neo4j: reachable ? 'reachable' : 'unreachable', checkedAt: new Date().toISOString() },
  };
}
