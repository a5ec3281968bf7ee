// Removes every node this project created (labelled :InstrumentGraph) with its relationships,
// in bounded batches, then the graph's version node; nodes of other applications in the same
// database are left alone. Each batch's transaction also renews the graph's version, so an API
// server never answers from its cache for a graph a reset has begun to empty, even if the reset
// stops half-way.
import type { Database } from '../../graph/database.ts';
import { cypher } from '../../graph/cypher.ts';

const BATCH = 5_000;

/** Deletes this project's nodes and returns how many there were. */
export async function resetGraph(db: Database): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await db.writeTransaction(
      async (tx) => {
        const deleted = await tx.run(cypher('seed/reset-batch'), { batch: BATCH });
        await tx.run(cypher('seed/graph-version-bump'));
        return deleted;
      },
      { metadata: { stage: 'reset' } },
    );
    const deleted = Number(rows[0]?.deleted ?? 0);
    total += deleted;
    if (deleted < BATCH) break;
  }
  await db.write(cypher('seed/graph-version-delete'), {}, { metadata: { stage: 'reset' } });
  return total;
}
