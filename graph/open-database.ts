// Opens the database a process should use: the one NEO4J_URI names, or else the project's own
// local Neo4j (started, or reused when another command already runs it).
import type { Neo4jConfig } from './config.ts';
import { Database } from './database.ts';
import { startLocalNeo4j, type LocalNeo4j } from './neo4j-local/local-neo4j.ts';

export interface OpenedDatabase {
  db: Database;
  /** The local Neo4j this process started, if any; `close()` stops it. */
  local: LocalNeo4j | undefined;
  /** Closes the driver, then stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/** `shortLived`: a command that stops the Neo4j it starts once done (see LocalNeo4jOptions). */
export async function openDatabase(
  config: Neo4jConfig,
  log: (line: string) => void = () => {},
  { shortLived = false }: { shortLived?: boolean } = {},
): Promise<OpenedDatabase> {
  let local: LocalNeo4j | undefined;
  let uri = config.uri;
  if (!uri) {
    local = await startLocalNeo4j({ port: config.localPort, dataDir: config.localDataDir, log, shortLived });
    uri = local.uri;
  }
  try {
    const db = await Database.connect({
      uri,
      user: config.user,
      password: config.password,
      database: config.database,
      txTimeoutMs: config.txTimeoutMs,
      onRetry: (attempt, error) => log(`Neo4j at ${uri} did not answer (attempt ${attempt}): ${error.message}`),
    });
    // Every caller of close() (a signal handler, a `finally`) waits for the same shutdown, so no
    // caller exits while the JVM is still stopping.
    let closing: Promise<void> | undefined;
    return {
      db,
      local,
      close: () => {
        closing ??= (async () => {
          await db.close();
          await local?.stop();
        })();
        return closing;
      },
    };
  } catch (error) {
    await local?.stop();
    throw error;
  }
}
