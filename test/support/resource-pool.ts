// What test files running side by side must not use at the same time (a database, a build of the
// explorer) is lent by a small service in vitest's main process, one holder per item at a time.
// A holder keeps a socket open for as long as it holds the item: when the file ends, or when its
// worker dies, the socket closes and the item goes to the next in line. No lock can go stale.
import { createConnection, createServer, type Socket } from 'node:net';

/** How many items each pool lends: `{ database: 2 }` lends databases 0 and 1. */
export type PoolSizes = Record<string, number>;

export interface ResourcePool {
  close(): Promise<void>;
}

/** Serves the pools on a Unix socket at `path` (in a folder of the test run's own). */
export async function startResourcePool(path: string, sizes: PoolSizes): Promise<ResourcePool> {
  const free = new Map(Object.entries(sizes).map(([pool, size]) => [pool, Array.from({ length: size }, (_, i) => i)]));
  const waiting = new Map<string, Socket[]>(Object.keys(sizes).map((pool) => [pool, []]));
  const lend = (pool: string) => {
    const queue = waiting.get(pool)!;
    const items = free.get(pool)!;
    while (queue.length > 0 && items.length > 0) {
      const socket = queue.shift()!;
      if (socket.destroyed) continue;
      const item = items.shift()!;
      socket.once('close', () => {
        items.push(item);
        lend(pool);
      });
      socket.write(`${item}\n`);
    }
  };
  const server = createServer((socket) => {
    socket.setEncoding('utf8');
    socket.on('error', () => socket.destroy());
    let request = '';
    const onData = (chunk: string) => {
      request += chunk;
      if (!request.includes('\n')) return;
      socket.off('data', onData);
      const pool = request.trim();
      if (!free.has(pool)) {
        socket.end(`no pool named "${pool}"; there are ${[...free.keys()].join(', ')}\n`);
        return;
      }
      waiting.get(pool)!.push(socket);
      lend(pool);
    };
    socket.on('data', onData);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, resolve);
  });
  return {
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Holders still connected (a worker being torn down) must not keep the run alive.
        server.unref();
      }),
  };
}

export interface Held {
  /** Which item of the pool: 0 to size - 1. */
  item: number;
  release(): void;
}

/** Waits until the pool lends this process an item, and holds it until release() or exit. */
export function take(path: string, pool: string): Promise<Held> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(path);
    socket.setEncoding('utf8');
    let answer = '';
    socket.on('error', (error) => reject(new Error(`the test run's resource pool at ${path}: ${error.message}`)));
    socket.on('data', (chunk: string) => {
      answer += chunk;
      if (!answer.endsWith('\n')) return;
      const item = Number(answer.trim());
      if (!Number.isInteger(item)) {
        socket.destroy();
        reject(new Error(`the test run's resource pool refused "${pool}": ${answer.trim()}`));
        return;
      }
      // Holding the item must not keep the worker alive once its file is done.
      socket.unref();
      resolve({ item, release: () => socket.destroy() });
    });
    socket.write(`${pool}\n`);
  });
}
