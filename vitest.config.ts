import { defineConfig } from 'vitest/config';

// Tests by cost, in one command: unit tests (test/unit) need nothing but Node and run in
// parallel; integration (*.int.test.ts, real Neo4j), reliability and end-to-end (*.e2e.test.ts,
// real browser) tests get a throwaway Neo4j from the global setup, which only their project starts.
// `vitest run --project unit` is the quick loop.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['test/int/**/*.test.ts', 'test/reliability/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          // Integration tests share one database; files run one after another to keep their data apart.
          fileParallelism: false,
        },
      },
    ],
  },
});
