import { describe, expect, it } from 'vitest';
import type { TestSpecification, Vitest } from 'vitest/node';
import CostSequencer from '../support/cost-sequencer.ts';

const ROOT = '/repo';

/** Specs of the int project, each with a file size and, when measured, an earlier run's duration. */
function sequencerFor(files: { path: string; size: number; duration?: number }[], project = 'int') {
  const byKey = new Map(files.map((f) => [`${project}:${f.path}`, f]));
  const ctx = {
    config: { root: ROOT },
    cache: {
      getFileTestResults: (key: string) => {
        const duration = byKey.get(key)?.duration;
        return duration === undefined ? undefined : { duration, failed: false };
      },
      getFileStats: (key: string) => ({ size: byKey.get(key)!.size }),
    },
  } as unknown as Vitest;
  const projectOf = { name: project, config: { sequence: { groupOrder: 1 }, isolate: true }, vitest: ctx };
  const specs = files.map(
    (f) => ({ project: projectOf, moduleId: `${ROOT}/${f.path}` }) as unknown as TestSpecification,
  );
  return { sequencer: new CostSequencer(ctx), specs };
}

const order = async ({ sequencer, specs }: ReturnType<typeof sequencerFor>) =>
  (await sequencer.sort(specs)).map((spec) => spec.moduleId.slice(ROOT.length + 1));

describe('the cost sequencer', () => {
  it('without earlier durations, runs reliability files, then end-to-end, then the rest, each larger first', async () => {
    const files = [
      { path: 'test/int/api/fields.int.test.ts', size: 9_000 },
      { path: 'test/e2e/explorer.e2e.test.ts', size: 8_000 },
      { path: 'test/reliability/faults.int.test.ts', size: 7_000 },
      { path: 'test/int/database.int.test.ts', size: 1_000 },
      { path: 'test/reliability/soak.int.test.ts', size: 8_500 },
    ];
    expect(await order(sequencerFor(files))).toEqual([
      'test/reliability/soak.int.test.ts',
      'test/reliability/faults.int.test.ts',
      'test/e2e/explorer.e2e.test.ts',
      'test/int/api/fields.int.test.ts',
      'test/int/database.int.test.ts',
    ]);
  });

  it("with every file's duration known, keeps vitest's order: the longest first", async () => {
    const files = [
      { path: 'test/reliability/faults.int.test.ts', size: 7_000, duration: 10 },
      { path: 'test/int/api/fields.int.test.ts', size: 9_000, duration: 300 },
      { path: 'test/e2e/explorer.e2e.test.ts', size: 8_000, duration: 20 },
    ];
    expect(await order(sequencerFor(files))).toEqual([
      'test/int/api/fields.int.test.ts',
      'test/e2e/explorer.e2e.test.ts',
      'test/reliability/faults.int.test.ts',
    ]);
  });
});
