// A database that breaks rather than goes away: the disk under Neo4j's data fills up while the
// seeder writes. Neo4j fails the commit, then refuses every transaction until it is restarted.
// The seeder must stop at that first failure and name it, the API must answer DATABASE_UNAVAILABLE
// with /health saying why. (Whether Neo4j comes back after the space is freed is Neo4j's own
// recovery: it needs a restart, which npm start asks for; see server/database-watch.ts.)
// The small disk is a tmpfs mounted for the test (this project's tests and CI run as root).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { freePort } from '../../graph/neo4j-local/free-port.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../graph/neo4j-local/local-neo4j.ts';
import { seedDocuments } from '../../seed/seed-documents.ts';
import { createApp } from '../../server/app.ts';
import { defaultServerConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';

const BANGKOK = 'seed/corpus/E-CN.15-2005-5.txt';
const LATER = ['seed/corpus/ga-80/A-RES-80-14.txt', 'seed/corpus/ga-80/A-RES-80-15.txt'];

let mount: string;
let port: number;
let neo4j: LocalNeo4j | undefined;
const start = () =>
  startLocalNeo4j({ port, dataDir: join(mount, 'data'), heap: '512m', startTimeoutMs: 240_000, shortLived: true });

beforeAll(async () => {
  mount = mkdtempSync(join(tmpdir(), 'instrument-graph-full-disk-'));
  // Room for Neo4j's store and a first document; the test then fills the rest.
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=600m', 'tmpfs', mount]);
  mkdirSync(join(mount, 'data'));
  port = await freePort();
  neo4j = await start();
}, 300_000);

afterAll(async () => {
  // The space back first: Neo4j's shutdown writes a checkpoint, and on a full disk it would wait
  // for the stop's 30 s escalation to SIGKILL.
  rmSync(join(mount, 'filler'), { force: true });
  await neo4j?.stop().catch(() => {});
  execFileSync('umount', ['-l', mount]);
  rmSync(mount, { recursive: true, force: true });
});

describe('a full disk under Neo4j', () => {
  it('stops the seeder at the first failure, naming it, and answers DATABASE_UNAVAILABLE with /health saying why', async () => {
    const db = await Database.connect({ uri: neo4j!.uri });
    const first = await seedDocuments(db, [BANGKOK], { onError: 'continue' });
    expect(first.loaded).toHaveLength(1);

    const free = Number(
      execFileSync('df', ['--output=avail', '-B1', mount], { encoding: 'utf8' }).trim().split('\n').at(-1),
    );
    execFileSync('fallocate', ['-l', String(free - 4096), join(mount, 'filler')]);
    const lines: string[] = [];
    const report = await seedDocuments(db, LATER, {
      onError: 'continue',
      groupSize: 1,
      force: true,
      log: (line) => lines.push(line),
    });
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]!.error).toMatch(/Neo4j at .* has failed/);
    // The second file is not tried against a database that cannot write.
    expect(report.notAttempted.map((d) => d.file)).toEqual([LATER[1]]);
    expect(lines.join('\n')).toMatch(/Stopped before the remaining 1 document/);

    const app = createApp({
      db,
      config: defaultServerConfig({ responseCacheBytes: 0 }),
      logger: createLogger('silent'),
    });
    const answer = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ documents { id } }' }),
    });
    const body = (await answer.json()) as { errors?: { extensions: { code: string } }[] };
    expect(body.errors?.map((e) => e.extensions.code)).toEqual(['DATABASE_UNAVAILABLE']);
    const health = await app.fetch('http://localhost/health');
    expect(health.status).toBe(503);
    expect(((await health.json()) as { problem: string }).problem).toMatch(/must be restarted|disk/);

    await db.close();
  }, 600_000);
});
