// The database a benchmark runs on: a throwaway local Neo4j (a temporary NEO4J_LOCAL_DATA and a
// free NEO4J_LOCAL_PORT) unless NEO4J_URI is set, in which case that one, whose :InstrumentGraph
// nodes the benchmark removes. Shared by bench:api and bench:client.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readNeo4jConfig } from '../graph/config.ts';
import type { Database } from '../graph/database.ts';
import { freePort } from '../graph/neo4j-local/free-port.ts';
import { openDatabase } from '../graph/open-database.ts';
import { readCatalogue } from '../seed/catalogue/read-catalogue.ts';
import { graphCounts, seedDocuments } from '../seed/seed-documents.ts';

export interface BenchDatabase {
  db: Database;
  /** Bolt URI of the database, for servers started in other processes. */
  uri: string;
  /** A temporary folder for the run, removed by close(). */
  work: string;
  /** The environment the benchmark's children get: the caller's, with the local Neo4j's settings. */
  env: NodeJS.ProcessEnv;
  /** Closes the driver, stops the local Neo4j if one was started, and removes `work`. */
  close(): Promise<void>;
}

/** `prefix` names the temporary folder; `say` prints progress lines. */
export async function openBenchDatabase(prefix: string, say: (line: string) => void): Promise<BenchDatabase> {
  const work = mkdtempSync(join(tmpdir(), `instrument-graph-${prefix}-`));
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (!env.NEO4J_URI) {
    env.NEO4J_LOCAL_DATA = join(work, 'neo4j');
    env.NEO4J_LOCAL_PORT = String(await freePort());
  } else {
    say(`NEO4J_URI is set: benchmarking ${env.NEO4J_URI}; its :InstrumentGraph nodes will be removed.`);
  }
  let opened: Awaited<ReturnType<typeof openDatabase>>;
  try {
    opened = await openDatabase(readNeo4jConfig(env), say);
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
  return {
    db: opened.db,
    uri: opened.local?.uri ?? env.NEO4J_URI!,
    work,
    env,
    close: async () => {
      try {
        await opened.close();
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  };
}

/** Seeds the files through seedDocuments and fails on the first document that does not load. */
export async function seedOrFail(db: Database, files: string[]): Promise<void> {
  const report = await seedDocuments(db, files, { onError: 'stop', catalogue: readCatalogue() });
  if (report.failed.length > 0)
    throw new Error(`seeding failed: ${report.failed.map((d) => `${d.file}: ${d.error}`).join('; ')}`);
}

/** "N nodes and M relationships", the whole graph, catalogue included. */
export async function describeSize(db: Database): Promise<string> {
  const counts = await graphCounts(db);
  return `${counts.nodeTotal.toLocaleString('en-US')} nodes and ${counts.relationshipTotal.toLocaleString('en-US')} relationships`;
}
