// Start-up faults get one clear line, quickly: a NEO4J_URI whose port accepts connections and
// never answers, and a data folder Neo4j could not write.
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { startLocalNeo4j } from '../../graph/neo4j-local/local-neo4j.ts';

let silent: Server;
let port: number;
const sockets: Socket[] = [];

beforeAll(async () => {
  // Accepts every connection and never says a word, as a wrong service or a hung host would.
  silent = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  port = (silent.address() as { port: number }).port;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

describe('start-up faults', () => {
  it('gives up on a silent port after one connection timeout, saying what it saw', async () => {
    const started = performance.now();
    const error = await Database.connect({
      uri: `bolt://127.0.0.1:${port}`,
      connectionTimeoutMs: 1_000,
      attempts: 5,
    }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/accepted the connection but did not answer within 1000 ms/);
    // A hang guard, not a timing assertion: five attempts with retries would take far longer.
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('refuses a data folder it cannot create in one line naming the folder and the fix', async () => {
    const error = await startLocalNeo4j({ port: 1, dataDir: '/etc/hostname/neo4j-data' }).catch((e: Error) => e);
    expect((error as Error).message).toBe(
      "Neo4j's data folder /etc/hostname/neo4j-data cannot be created or written (ENOTDIR): make it writable, or point NEO4J_LOCAL_DATA at a folder that is.",
    );
  });
});

describe('the database watch of npm start', () => {
  it('reports a database that must be restarted, once, and nothing while it answers or is merely away', async () => {
    const { watchDatabase } = await import('../../server/database-watch.ts');
    const answers = [
      { ok: true as const },
      { ok: false as const, problem: 'Neo4j at bolt://x is unavailable: connection refused' },
      { ok: false as const, problem: 'Neo4j at bolt://x has failed and must be restarted: critical error' },
      { ok: false as const, problem: 'Neo4j at bolt://x has failed and must be restarted: critical error' },
    ];
    const reported: string[] = [];
    await new Promise<void>((resolve) => {
      watchDatabase(
        { ping: async () => answers.shift() ?? { ok: true } },
        (problem) => {
          reported.push(problem);
          setTimeout(resolve, 50);
        },
        5,
      );
    });
    expect(reported).toEqual(['Neo4j at bolt://x has failed and must be restarted: critical error']);
  });
});
