// What this server adds on top of the database, per request, without the database: the rows each
// measured operation's Cypher returns are recorded once from Neo4j (NEO4J_URI), then replayed
// instantly while the app answers the operation in-process (`app.fetch`, no socket) many times.
// The time per request is then the GraphQL layer alone: parse and validate (cached by Yoga), the
// plugins (GraphQL Armor, request ids, logging), resolvers and shaping, and JSON. Compared with
// the raw baseline's own work on the same rows (JSON.stringify), and with a bare Yoga over the
// same schema and resolvers, to tell the plugins' share.
//
//   NEO4J_URI=bolt://127.0.0.1:7687 npx tsx bench/api/profile-overhead.ts [--requests 300] >/dev/null
// The table goes to stderr; stdout takes the request logs of the LOG_LEVEL=info column.
import { createYoga } from 'graphql-yoga';
import { readNeo4jConfig } from '../../graph/config.ts';
import { Database, type Params, type QueryOptions, type Row } from '../../graph/database.ts';
import { createApp } from '../../server/app.ts';
import { defaultServerConfig } from '../../server/config.ts';
import { createContext } from '../../server/context.ts';
import { createLogger } from '../../server/logger.ts';
import type { ReadableDatabase } from '../../server/cypher-reader.ts';
import { buildSchema } from '../../server/schema/load-schema.ts';
import { commandLine } from '../../seed/cli/command-line.ts';
import { MEASURED } from './measured-queries.ts';

const { values } = commandLine(
  'profile-overhead',
  `Usage: NEO4J_URI=bolt://127.0.0.1:7687 npx tsx bench/api/profile-overhead.ts [--requests N] >/dev/null

Records the rows of each measured operation from a seeded Neo4j (NEO4J_URI), then times the app
answering it in-process over those rows, against the raw baseline and a bare Yoga. The table goes
to stderr.

  --requests N   measured requests per operation (300)`,
  { options: { requests: { type: 'string', default: '300' } } },
);
const requests = Number(values.requests);

const neo4jConfig = readNeo4jConfig();
if (!neo4jConfig.uri) throw new Error('profile-overhead.ts needs NEO4J_URI: a seeded database to record rows from');
const real = await Database.connect({ uri: neo4jConfig.uri, user: neo4jConfig.user, password: neo4jConfig.password });

/** Answers every read with the rows recorded for that statement, at once. */
function replaying(recorded: Map<string, Row[]>): ReadableDatabase {
  return {
    read: async (query: string) => structuredClone(recorded.get(query) ?? []),
    ping: async () => ({ ok: true as const }),
  };
}

const config = defaultServerConfig();
const timePerRequest = async (fetchOnce: () => Promise<Response>) => {
  for (let i = 0; i < 100; i++) await (await fetchOnce()).text();
  const started = performance.now();
  for (let i = 0; i < requests; i++) await (await fetchOnce()).text();
  return (performance.now() - started) / requests;
};

const print = (line: string) => process.stderr.write(`${line}\n`);
print(
  `| query | rows' JSON (raw's own work) | bare Yoga, same schema | createApp, LOG_LEVEL=silent | createApp, LOG_LEVEL=info |`,
);
print('|---|--:|--:|--:|--:|');
for (const q of MEASURED) {
  const recorded = new Map<string, Row[]>();
  const recorder: ReadableDatabase = {
    read: async (query: string, params?: Params, options?: QueryOptions) => {
      const rows = await real.read(query, params, options);
      recorded.set(query, rows);
      return rows;
    },
    ping: async () => ({ ok: true as const }),
  };
  const body = JSON.stringify(q.ours);
  const post = (app: { fetch: (url: string, init: RequestInit) => Response | Promise<Response> }) => () =>
    Promise.resolve(
      app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
    );
  await (await post(createApp({ db: recorder, config, logger: createLogger('silent') }))()).text();
  const db = replaying(recorded);

  const rows = [...recorded.values()];
  const started = performance.now();
  for (let i = 0; i < requests; i++) JSON.stringify(structuredClone(rows));
  const rawMs = (performance.now() - started) / requests;

  const bare = createYoga({
    schema: buildSchema(),
    logging: false,
    context: () => createContext(db, config, 'profile', createLogger('silent')),
  });
  const bareMs = await timePerRequest(post(bare));
  const silentMs = await timePerRequest(post(createApp({ db, config, logger: createLogger('silent') })));
  // Production logs a line per request at info, to stdout.
  const infoMs = await timePerRequest(post(createApp({ db, config, logger: createLogger('info') })));
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  print(`| ${q.name} | ${ms(rawMs)} | ${ms(bareMs)} | ${ms(silentMs)} | ${ms(infoMs)} |`);
}
await real.close();
