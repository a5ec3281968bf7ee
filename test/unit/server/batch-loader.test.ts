import { describe, expect, it } from 'vitest';
import { createBatchLoader } from '../../../server/loaders/batch-loader.ts';

describe('createBatchLoader', () => {
  it('gathers the loads of one level into one batch, without repeats', async () => {
    const batches: string[][] = [];
    const loader = createBatchLoader<string>(async (keys) => {
      batches.push(keys);
      return new Map(keys.map((k) => [k, k.toUpperCase()]));
    });
    // Loads that start in different microtasks of the same level still share the batch.
    const values = await Promise.all([
      loader.load('a'),
      Promise.resolve().then(() => loader.load('b')),
      loader.load('a'),
    ]);
    expect(values).toEqual(['A', 'B', 'A']);
    expect(batches).toEqual([['a', 'b']]);
    expect(await loader.load('b')).toBe('B');
    expect(batches).toHaveLength(1);
  });

  it('answers primed keys without a batch, and undefined for keys the batch lacks', async () => {
    let calls = 0;
    const loader = createBatchLoader<number>(async () => {
      calls++;
      return new Map();
    });
    loader.prime('x', 1);
    expect(await loader.load('x')).toBe(1);
    expect(calls).toBe(0);
    expect(await loader.load('y')).toBeUndefined();
    expect(calls).toBe(1);
  });

  it('does not cache a failed batch', async () => {
    let fail = true;
    const loader = createBatchLoader<string>(async (keys) => {
      if (fail) throw new Error('down');
      return new Map(keys.map((k) => [k, 'ok']));
    });
    await expect(loader.load('k')).rejects.toThrow('down');
    fail = false;
    expect(await loader.load('k')).toBe('ok');
  });
});
