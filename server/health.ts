// GET /health: 200 when Neo4j answers a trivial query now, 503 otherwise, with a JSON body, so a
// load balancer stops sending requests while the database is away and resumes when it is back.
import { withDeadline, type ReadableDatabase } from './cypher-reader.ts';

/** A health check answers within this, whatever the driver's retries are doing. */
export const HEALTH_DEADLINE_MS = 3_000;

export interface HealthReport {
  status: 'ok' | 'unavailable';
  neo4j: 'reachable' | 'unreachable';
  /** Why Neo4j did not answer (absent when it did): down, or up but broken ("needs to be restarted"). */
  problem?: string;
  checkedAt: string;
}

export async function checkHealth(db: Pick<ReadableDatabase, 'ping'>): Promise<{ status: number; body: HealthReport }> {
  const ping = await withDeadline(
    db.ping(),
    HEALTH_DEADLINE_MS,
    () => new Error(`no answer within ${HEALTH_DEADLINE_MS} ms`),
  ).catch((error: Error) => ({ ok: false as const, problem: error.message }));
  const checkedAt = new Date().toISOString();
  if (ping.ok) return { status: 200, body: { status: 'ok', neo4j: 'reachable', checkedAt } };
  return { status: 503, body: { status: 'unavailable', neo4j: 'unreachable', problem: ping.problem, checkedAt } };
}
