// Answers that cost a walk over the whole graph (the whole corpus's subgraph) computed once per
// graph version and kept in this process. Each request still reads the version, one indexed node,
// so an answer is never older than the graph: the seeder renews the version in every transaction
// that changes the graph. Concurrent requests for a version not yet computed share one
// computation, so a burst of them costs one walk, not one each. Servers stay stateless: each
// rebuilds its own memo from Neo4j.

export interface VersionedMemo<T> {
  /** The answer at `version`: from memory, from a computation already running, or computed now. */
  get(version: string | null, compute: () => Promise<T>): Promise<T>;
}

export function createVersionedMemo<T>(): VersionedMemo<T> {
  let kept: { version: string; answer: Promise<T> } | undefined;
  return {
    get(version, compute) {
      // No version (never seeded, or reset): nothing to key on, so nothing is kept.
      if (version === null) return compute();
      if (kept?.version !== version) {
        const answer = compute();
        kept = { version, answer };
        // A failed computation is not an answer: the next request tries again.
        answer.catch(() => {
          if (kept?.answer === answer) kept = undefined;
        });
      }
      return kept.answer;
    },
  };
}
