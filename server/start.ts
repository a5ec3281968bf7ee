// `npm start`: the main job. Opens Neo4j (the one NEO4J_URI names, or the project's own local
// one), seeds the Bangkok Declaration when the database does not hold it yet (or holds it from an
// older text or loader), then serves the GraphQL API and the built explorer, and stops everything
// it started on Ctrl-C.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readNeo4jConfig } from '../graph/config.ts';
import { openDatabase, type OpenedDatabase } from '../graph/open-database.ts';
import { corpusFiles, DEFAULT_DOCUMENT } from '../seed/corpora.ts';
import { extractPath } from '../seed/extract.ts';
import { ensureSchemaAndCatalogue, isDocumentCurrent, seedDocuments } from '../seed/seed-documents.ts';
import { createApp } from './app.ts';
import { watchDatabase } from './database-watch.ts';
import { readServerConfig } from './config.ts';
import { listen } from './http-server.ts';
import { createLogger } from './logger.ts';
import { uploadPolicy } from './upload/upload-guard.ts';
import { uploadRoutes } from './upload/upload-routes.ts';
import { warmUp } from './warm-up.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLIENT_DIR = join(ROOT, 'client', 'dist');

const HELP = `Usage: npm start [-- --corpus NAME]

Starts Instrument Graph: Neo4j, the GraphQL API and the explorer.

  --corpus NAME   also seed a shipped corpus (${'ga-80'}: General Assembly resolutions of 2025;
                  pdf: the official PDFs of A/RES/73/3 and A/RES/73/8); the same as SEED_CORPUS=NAME
  --help          show this help

Without NEO4J_URI it starts (or reuses) a local Neo4j on 127.0.0.1:NEO4J_LOCAL_PORT (7687),
keeping its data in NEO4J_LOCAL_DATA (.neo4j/data). The Bangkok Declaration is seeded on the
first start. See README.md for every environment variable.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { corpus: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const neo4jConfig = readNeo4jConfig();
  const serverConfig = readServerConfig();
  // One logger for the whole process, so a log collector gets JSON lines only, and a person at a
  // terminal gets the start-up steps and the server's events in one readable form.
  const logger = createLogger(serverConfig.logLevel, serverConfig.logFormat);
  const say = (line: string) => logger.info(line);
  const corpus = values.corpus ?? process.env.SEED_CORPUS;
  const extraFiles = corpus ? corpusFiles(corpus) : [];

  let opened: OpenedDatabase | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  let stopping = false;
  const stop = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: shutting down...`);
    await server?.close().catch(() => {});
    await opened?.close().catch(() => {});
    say('stopped.');
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  opened = await openDatabase(neo4jConfig, (line) => say(line));
  const { db } = opened;

  await ensureSchemaAndCatalogue(db);
  const wanted = [DEFAULT_DOCUMENT, ...extraFiles];
  const missing: string[] = [];
  for (const file of wanted) {
    // Absent, loaded from another text, or written by an older loader (a database from before an
    // upgrade of the graph model): seeded again, so the server never reads an outdated layout.
    if (!(await isDocumentCurrent(db, await extractPath(file)))) missing.push(file);
  }
  if (missing.length > 0) {
    say(
      `Seeding ${missing.length} document(s) the database does not hold yet, or holds from an older text or loader...`,
    );
    const report = await seedDocuments(db, missing, { onError: 'continue', log: (line) => say(line) });
    if (report.failed.length > 0) say(`${report.failed.length} document(s) failed to seed; see above.`);
  } else {
    say(`The database already holds the ${wanted.length} document(s) to serve.`);
  }

  if (!existsSync(join(CLIENT_DIR, 'index.html'))) {
    say('The explorer is not built (client/dist is missing): run `npm run build:client` to serve it.');
  }
  const app = createApp({ db, config: serverConfig, logger });
  const upload = uploadPolicy(serverConfig);
  const routes = uploadRoutes({ db, policy: upload, logger });
  server = await listen(app, { port: serverConfig.port, host: serverConfig.host, clientDir: CLIENT_DIR, routes });
  // listen() names the address it bound, with the real port (PORT=0 picks a free one); a
  // wildcard host is shown as localhost, so say that other interfaces answer too.
  const everywhere = serverConfig.host === '0.0.0.0' || serverConfig.host === '::';
  say(`Explorer: ${server.url}/${everywhere ? ` (listening on every interface, ${serverConfig.host})` : ''}`);
  say(`GraphiQL: ${server.url}/graphql`);
  say(
    upload.mode === 'off'
      ? 'Adding documents is off: HOST is not loopback and UPLOAD_TOKEN is not set.'
      : `Adding documents: POST ${server.url}/api/documents${upload.mode === 'token' ? ' (with UPLOAD_TOKEN)' : ' (this machine only)'}.`,
  );
  say('Press Ctrl-C to stop.');
  watchDatabase(db, (problem) => {
    const where = neo4jConfig.uri ?? `the local Neo4j (data in ${neo4jConfig.localDataDir})`;
    say(`Neo4j has failed and must be restarted: ${problem}`);
    say(`If its disk is full, free space under ${where}, then run npm start again.`);
    void stop('database failed', 1);
  });
  // Neo4j plans each statement on its first run, which takes seconds; running them once now keeps
  // that cost away from the first visitor's requests.
  void warmUp(db).then(
    (report) => say(`Warmed up ${report.statements} queries in ${(report.ms / 1000).toFixed(1)} s.`),
    (error: unknown) => say(`Warm-up skipped: ${error instanceof Error ? error.message : String(error)}`),
  );
}

main().catch((error: unknown) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
