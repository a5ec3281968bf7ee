// Gives the test run a real Neo4j: the one NEO4J_URI names, or a throwaway local one on a free
// port with a temporary data folder. Integration tests fail loudly if neither can be reached.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, type LocalNeo4j } from '../../graph/neo4j-local/local-neo4j.ts';
import { freePort } from '../../graph/neo4j-local/free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string };
  }
}

let local: LocalNeo4j | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const env = process.env;
  if (env.NEO4J_URI) {
    project.provide('neo4j', {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE ?? 'neo4j',
    });
    return;
  }
  dataDir = mkdtempSync(join(tmpdir(), 'instrument-graph-test-'));
  local = await startLocalNeo4j({
    port: await freePort(),
    dataDir: join(dataDir, 'data'),
    heap: '1g',
    log: (line) => console.log(`[neo4j] ${line}`),
  });
  project.provide('neo4j', { uri: local.uri, user: 'neo4j', password: '', database: 'neo4j' });
}

export async function teardown(): Promise<void> {
  await local?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
