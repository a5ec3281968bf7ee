// One of the four measured servers in a process of its own, over the Neo4j that NEO4J_URI names:
//   node --import tsx bench/api/serve.ts ours|ours-uncached|neo4j-graphql|raw
// Prints "READY <url>" once it answers, and stops on SIGTERM. `ours` is the real app (createApp +
// listen, the server's configuration read from the environment as in production, so its response
// cache is on), warmed up at start by server/warm-up.ts. `ours-uncached` is the same app with
// API_RESPONSE_CACHE_MB=0 added to that environment (bench/server-configs.ts): every request
// reaches Neo4j.
import neo4j from 'neo4j-driver';
import { readNeo4jConfig } from '../../graph/config.ts';
import { Database } from '../../graph/database.ts';
import { createApp } from '../../server/app.ts';
import { listen } from '../../server/http-server.ts';
import { warmUp } from '../../server/warm-up.ts';
import { cacheBound, serverConfigs } from '../server-configs.ts';
import { startNeo4jGraphqlServer, type StartedServer } from './neo4j-graphql-server.ts';
import { isOurs, SERVER_KINDS, type ServerKind } from './measured-queries.ts';
import { startRawServer } from './raw-server.ts';
import { commandLine } from '../../seed/cli/command-line.ts';

async function start(kind: ServerKind): Promise<StartedServer> {
  const config = readNeo4jConfig();
  if (!config.uri) throw new Error('serve.ts needs NEO4J_URI (bench-api.ts sets it)');
  if (isOurs(kind)) {
    const configs = serverConfigs();
    const serverConfig = kind === 'ours' ? configs.cached : configs.uncached;
    const db = await Database.connect({
      uri: config.uri,
      user: config.user,
      password: config.password,
      database: config.database,
    });
    const warm = await warmUp(db);
    console.error(
      `[serve ${kind}] response cache: ${serverConfig.responseCacheBytes > 0 ? cacheBound(serverConfig) : 'off'}; warm-up: ${warm.statements} statements in ${Math.round(warm.ms)} ms${warm.failed.length ? `, failed: ${warm.failed.join(', ')}` : ''}`,
    );
    const running = await listen(createApp({ db, config: serverConfig }), { port: 0, host: '127.0.0.1' });
    return {
      url: `${running.url}/graphql`,
      close: async () => {
        await running.close();
        await db.close();
      },
    };
  }
  // The same pool size as graph/database.ts gives our server.
  const auth = config.password ? neo4j.auth.basic(config.user, config.password) : undefined;
  const driver = neo4j.driver(config.uri, auth, { maxConnectionPoolSize: 64 });
  await driver.verifyConnectivity({ database: config.database });
  const server =
    kind === 'raw'
      ? await startRawServer(driver, config.database)
      : await startNeo4jGraphqlServer(driver, config.database);
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await driver.close();
    },
  };
}

const USAGE = `Usage: npx tsx bench/api/serve.ts ${SERVER_KINDS.join('|')}

Serves one of the benchmark's servers over NEO4J_URI's database and prints "READY <url>";
bench-api.ts starts one per kind. SIGTERM stops it.`;
const { positionals } = commandLine('serve', USAGE, { allowPositionals: true, options: {} });
const kind = positionals[0] as ServerKind;
if (positionals.length !== 1 || !SERVER_KINDS.includes(kind)) {
  console.error(`serve: expected one of ${SERVER_KINDS.join(', ')}\nTry --help.`);
  process.exit(2);
}
const server = await start(kind);
process.on('SIGTERM', () => void server.close().finally(() => process.exit(0)));
console.log(`READY ${server.url}`);
