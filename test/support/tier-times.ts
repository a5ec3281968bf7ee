// A vitest reporter that prints, at the end of the run, how long each tier of tests took: wall
// time from the start of its first file to the end of its last (files of a tier may overlap), and
// the whole run's. The tiers follow the layout of test/: unit, integration (test/int and
// test/reliability, on the throwaway Neo4j) and end-to-end (test/e2e, a browser).
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

const seconds = (ms: number) => (ms >= 60_000 ? `${(ms / 60_000).toFixed(1)} min` : `${(ms / 1000).toFixed(1)} s`);

export default class TierTimes implements Reporter {
  private readonly started = performance.now();
  private readonly spans = new Map<string, { start: number; end: number; files: number }>();

  onTestModuleStart(module: TestModule): void {
    const tier = tierOf(module.moduleId);
    const now = performance.now();
    const span = this.spans.get(tier) ?? { start: now, end: now, files: 0 };
    this.spans.set(tier, span);
  }

  onTestModuleEnd(module: TestModule): void {
    const span = this.spans.get(tierOf(module.moduleId));
    if (!span) return;
    span.end = performance.now();
    span.files++;
  }

  onTestRunEnd(): void {
    const order = [...TIERS.map((tier) => tier.name), 'other'];
    const parts = order.flatMap((name) => {
      const span = this.spans.get(name);
      return span ? [`${name} ${seconds(span.end - span.start)} (${span.files} files)`] : [];
    });
    if (parts.length === 0) return;
    console.log(`\nTime by tier: ${parts.join(', ')}; the whole run ${seconds(performance.now() - this.started)}`);
  }
}
