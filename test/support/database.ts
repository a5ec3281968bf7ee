// Connects a test file to the run's Neo4j. A test that needs the database and cannot reach it
// fails with "could not connect to neo4j at ...", never skips.
import { inject } from 'vitest';
import { Database } from '../../graph/database.ts';

export async function connectTestDatabase(): Promise<Database> {
  const { uri, user, password, database } = inject('neo4j');
  try {
    return await Database.connect({ uri, user, password, database, attempts: 3 });
  } catch (error) {
    throw new Error(`could not connect to neo4j at ${uri}: ${(error as Error).message}`);
  }
}
