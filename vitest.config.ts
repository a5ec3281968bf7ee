import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import CostSequencer from './test/support/cost-sequencer.ts';

// Tests by cost, in one command: unit tests (test/unit) need nothing but Node; integration
// (*.int.test.ts, real Neo4j), reliability and end-to-end (*.e2e.test.ts, real browser) tests get
// throwaway Neo4j databases from the global setup, which only their project starts. Files run side
// by side, as many as there are workers: each file that uses a database holds one of the run's
// own until it ends (test/support/database.ts). Files share their worker's modules (isolate:
// false), so the server and the extractor are loaded once per worker rather than once per file;
// nothing a test relies on lives in module state. `vitest run --project unit` is the quick loop.
const WORKERS = Math.min(4, Math.max(2, availableParallelism()));

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    maxWorkers: WORKERS,
    // The costliest files first, so that the run does not end on one long file alone.
    sequence: { sequencer: CostSequencer },
    // The default reporter, then each tier's time (test/support/tier-times.ts).
    reporters: ['default', './test/support/tier-times.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false } },
      {
        extends: true,
        test: {
          name: 'int',
          isolate: false,
          include: ['test/int/**/*.test.ts', 'test/reliability/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          setupFiles: ['test/support/per-file.ts'],
        },
      },
    ],
  },
});
