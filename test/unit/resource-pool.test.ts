import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startResourcePool, take, type ResourcePool } from '../support/resource-pool.ts';

let dir: string;
let socket: string;
let pool: ResourcePool;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'resource-pool-'));
  socket = join(dir, 'pool.sock');
  pool = await startResourcePool(socket, { database: 2, 'client-build': 1 });
});

afterEach(async () => {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Resolves to 'waiting' if the promise has not settled after a few turns of the event loop. */
const settledOrWaiting = <T>(promise: Promise<T>) =>
  Promise.race([promise, new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), 100))]);

describe('the resource pool', () => {
  it('lends each item to one holder at a time, and the next in line gets it when it is given back', async () => {
    const first = await take(socket, 'database');
    const second = await take(socket, 'database');
    expect([first.item, second.item].sort()).toEqual([0, 1]);
    const third = take(socket, 'database');
    expect(await settledOrWaiting(third)).toBe('waiting');
    second.release();
    expect((await third).item).toBe(second.item);
    first.release();
    (await third).release();
  });

  it('keeps pools apart', async () => {
    const build = await take(socket, 'client-build');
    const database = await take(socket, 'database');
    expect(build.item).toBe(0);
    expect(database.item).toBe(0);
    build.release();
    database.release();
  });

  it('takes an item back from a holder that dies without giving it back', async () => {
    // A process that takes the only item and is killed: its socket closes with it.
    const code = `import { take } from ${JSON.stringify(join(import.meta.dirname, '../support/resource-pool.ts'))};
      const held = await take(${JSON.stringify(socket)}, 'client-build');
      process.send('held ' + held.item);
      setInterval(() => {}, 1000);`;
    const holder = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', code], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    await new Promise((resolve) => holder.once('message', resolve));
    const next = take(socket, 'client-build');
    expect(await settledOrWaiting(next)).toBe('waiting');
    holder.kill('SIGKILL');
    expect((await next).item).toBe(0);
    (await next).release();
  });

  it('refuses a pool it does not have, naming the ones it has', async () => {
    await expect(take(socket, 'printer')).rejects.toThrow(/no pool named "printer"; there are database, client-build/);
  });
});
