import { defineConfig } from 'vitest/config';

// Unit, integration (*.int.test.ts, real Neo4j) and end-to-end (*.e2e.test.ts, real browser)
// tests run in one command; the global setup gives them a throwaway Neo4j.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Integration tests share one database; files run one after another to keep their data apart.
    fileParallelism: false,
    reporters: ['default'],
  },
});
