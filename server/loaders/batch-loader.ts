// A per-request batching cache on DataLoader: every load() asked for while the current GraphQL
// level resolves is gathered into one call of `batch`, so nested fields cost one database round
// trip per level, not one per object. Keys are cached for the request's lifetime; a failed batch
// is not (DataLoader clears its keys), so the next request asks the database again.
import DataLoader from 'dataloader';

export type BatchLoader<V> = DataLoader<string, V | undefined>;

/** A loader whose `batch` answers with a map; a key the map lacks loads as undefined. */
export function createBatchLoader<V>(batch: (keys: string[]) => Promise<Map<string, V>>): BatchLoader<V> {
  return new DataLoader<string, V | undefined>(
    async (keys) => {
      const values = await batch([...keys]);
      return keys.map((key) => values.get(key));
    },
    {
      // Dispatch once the level's resolvers have all run: setImmediate comes after every promise
      // reaction and every nextTick they queue, so sibling list items share one batch.
      batchScheduleFn: (dispatch) => setImmediate(dispatch),
    },
  );
}
