// Creates the constraints and indexes of graph/queries/schema.cypher. Schema changes cannot share
// a transaction with data writes, so each statement runs on its own; all are IF NOT EXISTS.
import type { Database } from '../../graph/database.ts';
import { cypher, cypherStatements } from '../../graph/cypher.ts';

export async function applySchema(db: Database): Promise<void> {
  for (const statement of cypherStatements('schema')) {
    await db.write(statement, {}, { metadata: { stage: 'schema' } }).catch((error: Error) => {
      // Two seeders starting together both find a rule missing and both create it; IF NOT EXISTS
      // does not cover that race, and the one that loses it has what it wanted all the same.
      if (!/EquivalentSchemaRuleAlreadyExists|ConstraintAlreadyExists|IndexAlreadyExists/.test(error.message))
        throw error;
    });
  }
  // A fresh index is built in the background; wait, so the first loads use it rather than scans.
  await db.write(cypher('seed/await-indexes'), {}, { metadata: { stage: 'schema' }, timeoutMs: 120_000 });
}
