// Connects a test file to a database of the run (test/support/global-setup.ts): the first call
// borrows one from the run's resource pool, and the file keeps it until it ends, so that no other
// file writes to it meanwhile. A test that needs the database and cannot reach it fails with
// "could not connect to neo4j at ...", never skips.
import { inject } from 'vitest';
import { Database } from '../../graph/database.ts';
import type { Neo4jSettings } from './global-setup.ts';
import { take, type Held } from './resource-pool.ts';

let held: Promise<Held> | undefined;

/** The settings of the database this file holds, borrowing one on the first call. */
export async function testNeo4j(): Promise<Neo4jSettings> {
  held ??= take(inject('resourcePool'), 'database');
  const { item } = await held;
  return inject('neo4jDatabases')[item]!;
}

/** Gives the database back to the pool (test/support/per-file.ts does it when a file ends). */
export async function releaseTestDatabase(): Promise<void> {
  const holding = held;
  held = undefined;
  // A borrowing that failed has already failed its file; there is nothing to give back.
  (await holding?.catch(() => undefined))?.release();
}

export async function connectTestDatabase(): Promise<Database> {
  const { uri, user, password, database } = await testNeo4j();
  try {
    return await Database.connect({ uri, user, password, database, attempts: 3 });
  } catch (error) {
    throw new Error(`could not connect to neo4j at ${uri}: ${(error as Error).message}`);
  }
}
