// A vitest reporter that prints, at the end of the run, how long each tier of tests took, and the
// whole run. A tier's time is the time during which at least one of its files was running: files
// that run side by side count once, and the time another tier's file ran in between not at all.
// The tiers follow the layout of test/: unit, integration (test/int and test/reliability, on the
// throwaway Neo4j) and end-to-end (test/e2e, a browser).
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

const TIERS = [
  { name: 'unit', folders: ['test/unit/'] },
  { name: 'integration', folders: ['test/int/', 'test/reliability/'] },
  { name: 'e2e', folders: ['test/e2e/'] },
] as const;

function tierOf(moduleId: string): string {
  const path = relative(process.cwd(), moduleId);
  return TIERS.find((tier) => tier.folders.some((folder) => path.startsWith(folder)))?.name ?? 'other';
}

/** The length of the union of the intervals: time covered by at least one. */
export function coveredMs(intervals: readonly { start: number; end: number }[]): number {
  let total = 0;
  let reach = -Infinity;
  for (const { start, end } of [...intervals].sort((a, b) => a.start - b.start)) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}

const duration = (ms: number) => (ms >= 60_000 ? `${(ms / 60_000).toFixed(1)} min` : `${(ms / 1000).toFixed(1)} s`);

export default class TierTimes implements Reporter {
  private readonly started = performance.now();
  private readonly running = new Map<string, number>();
  private readonly done = new Map<string, { start: number; end: number }[]>();

  onTestModuleStart(module: TestModule): void {
    this.running.set(module.moduleId, performance.now());
  }

  onTestModuleEnd(module: TestModule): void {
    const start = this.running.get(module.moduleId);
    if (start === undefined) return;
    const tier = tierOf(module.moduleId);
    this.done.set(tier, [...(this.done.get(tier) ?? []), { start, end: performance.now() }]);
  }

  onTestRunEnd(): void {
    const parts = [...TIERS.map((tier) => tier.name), 'other'].flatMap((name) => {
      const files = this.done.get(name);
      return files ? [`${name} ${duration(coveredMs(files))} (${files.length} files)`] : [];
    });
    if (parts.length === 0) return;
    console.log(`\nTime by tier: ${parts.join(', ')}; the whole run ${duration(performance.now() - this.started)}`);
  }
}
