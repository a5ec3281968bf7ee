// The baseline: a tiny HTTP endpoint that sends the very statement and parameters this server
// sends for each measured operation straight through neo4j-driver (one read transaction), and
// answers with the rows as JSON. No GraphQL, no loaders, no shaping: the limit an API over the
// same Cypher can approach. POST /raw/<name> (measured-queries.ts names the four).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { toPlain } from '../../graph/values.ts';
import { MEASURED } from './measured-queries.ts';
import type { StartedServer } from './neo4j-graphql-server.ts';

/** Whole numbers go as Cypher integers, as server/cypher-reader.ts sends them (LIMIT refuses floats). */
function integers(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      Number.isSafeInteger(value) ? neo4j.int(value as number) : value,
    ]),
  );
}

export async function startRawServer(driver: Driver, database: string): Promise<StartedServer> {
  const statements = new Map(
    MEASURED.map((q) => [`/raw/${q.name}`, { statement: q.raw.statement, params: integers(q.raw.params) }]),
  );
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    const found = statements.get((req.url ?? '').split('?')[0]!);
    if (!found) {
      res.writeHead(404).end();
      return;
    }
    driver
      .executeQuery(found.statement, found.params, { database, routing: neo4j.routing.READ })
      .then((result) => {
        const body = JSON.stringify(result.records.map((record) => toPlain(record.toObject())));
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
      })
      .catch((error: unknown) => {
        res
          .writeHead(500, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ errors: [{ message: String(error) }] }));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/raw`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
