// Gives the test run real Neo4j databases: the one NEO4J_URI names, or throwaway local ones (free
// ports, temporary data folders), one for each file that may run at the same time. A file holds
// one of them from its first query to its end (test/support/database.ts), lent by the run's
// resource pool, so files running side by side never see each other's data; with NEO4J_URI there
// is one database, and the files that use it take turns. Tests fail loudly if none can be reached.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../graph/neo4j-local/free-port.ts';
import { readNeo4jConfig } from '../../graph/config.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../graph/neo4j-local/local-neo4j.ts';
import { startResourcePool, type ResourcePool } from './resource-pool.ts';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The databases a file may hold: the pool's `database` item n is the n-th. */
    neo4jDatabases: Neo4jSettings[];
    /** The Unix socket of the run's resource pool (test/support/resource-pool.ts). */
    resourcePool: string;
    /** A folder for this run only, removed at its end, for what files share (a build of the explorer). */
    testRunDir: string;
  }
}

let locals: LocalNeo4j[] = [];
let pool: ResourcePool | undefined;
let runDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  // Read and checked as every command reads them (graph/config.ts): a bad NEO4J_URI is named.
  const { uri, user, password, database } = readNeo4jConfig();
  runDir = mkdtempSync(join(tmpdir(), 'instrument-graph-test-'));
  let databases: Neo4jSettings[];
  if (uri) {
    databases = [{ uri, user, password, database }];
  } else {
    const count = project.vitest.config.maxWorkers;
    const started = await Promise.allSettled(
      Array.from({ length: count }, async (_, i) =>
        startLocalNeo4j({
          port: await freePort(),
          dataDir: join(runDir!, `neo4j-${i}`),
          heap: '1g',
          shortLived: true,
          // Files empty and reseed these databases every few seconds, so their statistics swing
          // between one document and the whole corpus, and with Neo4j's default (10 s) each
          // statement was planned again and again: 210 s of the test databases' CPU in a run,
          // against 121 s without replanning. Answers do not depend on plans. The product's own
          // Neo4j, whose graph changes only when a document is seeded, keeps the default.
          settings: { 'dbms.cypher.min_replan_interval': '1h' },
          log: (line) => console.log(`[neo4j ${i}] ${line}`),
        }),
      ),
    );
    locals = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    databases = locals.map((local) => ({ uri: local.uri, user: 'neo4j', password: '', database: 'neo4j' }));
  }
  const socket = join(runDir, 'resource-pool.sock');
  pool = await startResourcePool(socket, { database: databases.length, 'client-build': 1 });
  project.provide('neo4jDatabases', databases);
  project.provide('resourcePool', socket);
  project.provide('testRunDir', runDir);
}

export async function teardown(): Promise<void> {
  await pool?.close();
  await Promise.all(locals.map((local) => local.stop()));
  if (runDir) rmSync(runDir, { recursive: true, force: true });
}
