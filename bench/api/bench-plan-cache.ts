// `npm run bench:plan-cache`: what a key of a length the server has not seen costs, on the local
// Neo4j as this project configures it (Cypher's plan cache not keyed by the parameters' sizes,
// graph/neo4j-local/Launcher.java) and with Neo4j's default (keyed by each string's size to a
// power of ten), side by side in one run. Two throwaway Neo4j with the full JIT, as `npm start`
// runs it, each seeded with the Bangkok Declaration; the API in this process asks each the same
// questions: keys no node has, one of each length, a first time and then again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../../graph/database.ts';
import { freePort } from '../../graph/neo4j-local/free-port.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../graph/neo4j-local/local-neo4j.ts';
import { commandLine } from '../../seed/cli/command-line.ts';
import { DEFAULT_DOCUMENT } from '../../seed/corpora.ts';
import { seedDocuments } from '../../seed/seed-documents.ts';
import { createApp, type App } from '../../server/app.ts';
import { defaultServerConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';

const USAGE = `Usage: npm run bench:plan-cache [-- --lengths 1,5,50,300]

Starts two throwaway local Neo4j (about a minute in all): one as the project configures it, one
with Neo4j's default plan cache (internal.cypher.use_parameter_size=true). Seeds the Bangkok
Declaration in each, then times the API's timeline and node questions for keys no node has, one
of each length, asked a first time and a second, and prints both side by side with their ratio.

  --lengths LIST   the key lengths, in characters (1,5,50,300)`;

const { values } = commandLine('bench:plan-cache', USAGE, {
  options: { lengths: { type: 'string', default: '1,5,50,300' } },
});
const lengths = values.lengths.split(',').map(Number);
if (lengths.some((n) => !Number.isInteger(n) || n < 1 || n > 500)) {
  console.error(
    `bench:plan-cache: --lengths needs whole numbers from 1 to 500 (the API's longest key), got ${values.lengths}\nTry --help.`,
  );
  process.exit(2);
}

const QUESTIONS = {
  timeline: 'query ($key: ID!) { timeline(target: $key) { date } }',
  node: 'query ($key: ID!) { node(id: $key) { id } }',
};

interface Subject {
  name: string;
  local: LocalNeo4j;
  db: Database;
  app: App;
}

async function subject(name: string, work: string, settings: Record<string, string>): Promise<Subject> {
  const local = await startLocalNeo4j({ port: await freePort(), dataDir: join(work, name), settings });
  const db = await Database.connect({ uri: local.uri });
  const report = await seedDocuments(db, [DEFAULT_DOCUMENT], { onError: 'stop' });
  if (report.failed.length > 0) throw new Error(`seeding ${name} failed: ${report.failed[0]!.error}`);
  const app = createApp({ db, config: defaultServerConfig(), logger: createLogger('silent') });
  return { name, local, db, app };
}

/** Milliseconds for one answer; any error but NOT_FOUND (the timeline's) fails the run. */
async function ask(app: App, query: string, key: string): Promise<number> {
  const started = performance.now();
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables: { key } }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  const ms = performance.now() - started;
  const code = body.errors?.[0]?.extensions?.code;
  if (code !== undefined && code !== 'NOT_FOUND')
    throw new Error(`expected nothing found for a key no node has, got ${JSON.stringify(body).slice(0, 200)}`);
  return ms;
}

const work = mkdtempSync(join(tmpdir(), 'instrument-graph-bench-plan-cache-'));
const subjects: Subject[] = [];
try {
  console.log('Starting two Neo4j and seeding the Bangkok Declaration in each...');
  subjects.push(await subject('as configured', work, {}));
  subjects.push(await subject("Neo4j's default", work, { 'internal.cypher.use_parameter_size': 'true' }));
  const rows: string[][] = [];
  for (const [question, query] of Object.entries(QUESTIONS)) {
    // Planned once at a length of its own (as the server's warm-up does), so that what follows
    // measures a new length, not a new statement.
    for (const s of subjects) for (let i = 0; i < 2; i++) await ask(s.app, query, `warm-up ${question} key #${i}`);
    for (const length of lengths) {
      const key = (i: number) => `${i}${'k'.repeat(length - 1)}`.slice(0, length);
      const cells: number[] = [];
      // The two alternate, so that both see the same moment of a noisy machine.
      for (const s of subjects) cells.push(await ask(s.app, query, key(1)));
      for (const s of subjects) cells.push(await ask(s.app, query, key(2)));
      const [configuredFirst, defaultFirst, configuredAgain, defaultAgain] = cells as [number, number, number, number];
      rows.push([
        question,
        String(length),
        configuredFirst.toFixed(0),
        defaultFirst.toFixed(0),
        `${(defaultFirst / configuredFirst).toFixed(1)}×`,
        configuredAgain.toFixed(0),
        defaultAgain.toFixed(0),
      ]);
    }
  }
  const header = [
    'question',
    'key length',
    'first, as configured (ms)',
    "first, Neo4j's default (ms)",
    'default ÷ configured',
    'again, as configured',
    "again, Neo4j's default",
  ];
  console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
} finally {
  for (const s of subjects) {
    await s.db.close();
    await s.local.stop();
  }
  rmSync(work, { recursive: true, force: true });
}
