import { describe, expect, it } from 'vitest';
import { createVersionWatch, type GraphVersion } from '../../../server/graph-version.ts';

/** A version source whose reads the test settles by hand, in order. */
function manualSource() {
  const reads: { resolve: (v: GraphVersion) => void; reject: (e: Error) => void }[] = [];
  const read = () =>
    new Promise<GraphVersion>((resolve, reject) => {
      reads.push({ resolve, reject });
    });
  return { read, reads };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('createVersionWatch', () => {
  it('answers a request with a read that started after it arrived', async () => {
    const { read, reads } = manualSource();
    const watch = createVersionWatch(read);
    const first = watch.current();
    const arrivedDuringFirstRead = watch.current();
    expect(reads).toHaveLength(1);
    reads[0]!.resolve('v1');
    expect(await first).toBe('v1');
    await tick();
    // The graph changed while the first read was in flight: the later request must not get 'v1'.
    expect(reads).toHaveLength(2);
    reads[1]!.resolve('v2');
    expect(await arrivedDuringFirstRead).toBe('v2');
  });

  it('keeps one read in flight and shares the next among every request that waits', async () => {
    const { read, reads } = manualSource();
    const watch = createVersionWatch(read);
    void watch.current();
    const waiting = [watch.current(), watch.current(), watch.current()];
    expect(reads).toHaveLength(1);
    reads[0]!.resolve('v1');
    await tick();
    expect(reads).toHaveLength(2);
    reads[1]!.resolve('v2');
    expect(await Promise.all(waiting)).toEqual(['v2', 'v2', 'v2']);
  });

  it('rejects the requests of a failed read, and reads again for the next one', async () => {
    const { read, reads } = manualSource();
    const watch = createVersionWatch(read);
    const failed = watch.current();
    reads[0]!.reject(new Error('database unavailable'));
    await expect(failed).rejects.toThrow('database unavailable');
    const next = watch.current();
    expect(reads).toHaveLength(2);
    reads[1]!.resolve(null);
    expect(await next).toBeNull();
  });
});
