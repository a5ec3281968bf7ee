import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/database.ts';
import { connectTestDatabase } from '../support/database.ts';

describe('Database on a real Neo4j', () => {
  let db: Database;
  const tag = `probe-${process.pid}-${Date.now()}`;

  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  afterAll(async () => {
    await db.write('MATCH (n:TestProbe {tag: $tag}) DETACH DELETE n', { tag });
    await db.close();
  });

  it('writes a node and reads it back as plain values', async () => {
    await db.write('CREATE (:TestProbe {tag: $tag, count: $count, on: date($on)})', {
      tag,
      count: 7,
      on: '2005-04-25',
    });
    const rows = await db.read('MATCH (n:TestProbe {tag: $tag}) RETURN n.count AS count, n.on AS on, n AS node', {
      tag,
    });
    expect(rows).toEqual([
      { count: 7, on: '2005-04-25', node: { labels: ['TestProbe'], tag, count: 7, on: '2005-04-25' } },
    ]);
  });

  it('refuses a write inside a read transaction', async () => {
    await expect(db.read('CREATE (:TestProbe {tag: $tag})', { tag })).rejects.toThrow(/write|read/i);
    const rows = await db.read('MATCH (n:TestProbe {tag: $tag}) RETURN count(n) AS n', { tag });
    expect(rows[0]!.n).toBe(1);
  });

  it('rolls back every statement of a failed write transaction', async () => {
    await expect(
      db.writeTransaction(async (tx) => {
        await tx.run('CREATE (:TestProbe {tag: $tag, step: 1})', { tag });
        await tx.run('RETURN 1/0');
      }),
    ).rejects.toThrow();
    const rows = await db.read('MATCH (n:TestProbe {tag: $tag}) WHERE n.step = 1 RETURN count(n) AS n', { tag });
    expect(rows[0]!.n).toBe(0);
  });

  it('answers ping while the database is up', async () => {
    expect(await db.ping()).toEqual({ ok: true });
  });
});
