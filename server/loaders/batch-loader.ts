// A per-request batching cache, in the manner of DataLoader: every load() asked for while the
// current GraphQL level resolves is gathered into one call of `batch`, so nested fields cost one
// database round trip per level, not one per object. Keys are cached for the request's lifetime.

export class BatchLoader<V> {
  private readonly cache = new Map<string, Promise<V | undefined>>();
  private pending: { key: string; resolve: (value: V | undefined) => void; reject: (error: unknown) => void }[] = [];

  constructor(private readonly batch: (keys: string[]) => Promise<Map<string, V>>) {}

  load(key: string): Promise<V | undefined> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V | undefined>((resolve, reject) => {
      if (this.pending.length === 0) {
        // setImmediate runs after every promise reaction queued by this level's resolvers, so
        // sibling list items that resolve in different microtasks still share one batch.
        setImmediate(() => void this.dispatch());
      }
      this.pending.push({ key, resolve, reject });
    });
    this.cache.set(key, promise);
    return promise;
  }

  /** Stores a value fetched by some other query, so later loads of the key cost nothing. */
  prime(key: string, value: V): void {
    if (!this.cache.has(key)) this.cache.set(key, Promise.resolve(value));
  }

  private async dispatch(): Promise<void> {
    const jobs = this.pending;
    this.pending = [];
    try {
      const values = await this.batch([...new Set(jobs.map((job) => job.key))]);
      for (const job of jobs) job.resolve(values.get(job.key));
    } catch (error) {
      // A failed batch is not cached: the next request (or retry) asks the database again.
      for (const job of jobs) {
        this.cache.delete(job.key);
        job.reject(error);
      }
    }
  }
}
