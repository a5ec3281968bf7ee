// Orders the files of a run so that side-by-side workers finish together: the longest first. With
// the durations of an earlier run in vitest's cache, vitest's own order does that. Without them
// (a fresh checkout, CI) it orders by file size, which puts a short file of many cases before a
// long one that crashes and restarts Neo4j; there the tiers' costs decide first: reliability files
// (their own Neo4j, the soak), then end-to-end (a browser), then the rest, each larger first.
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const COSTLIEST_FIRST = ['test/reliability/', 'test/e2e/'];

function rank(spec: TestSpecification): number {
  const path = relative(spec.project.vitest.config.root, spec.moduleId);
  const index = COSTLIEST_FIRST.findIndex((folder) => path.startsWith(folder));
  return index === -1 ? COSTLIEST_FIRST.length : index;
}

export default class CostSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const cache = this.ctx.cache;
    const measured = (spec: TestSpecification) =>
      cache.getFileTestResults(`${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`)?.duration !==
      undefined;
    if (sorted.every(measured)) return sorted;
    const position = new Map(sorted.map((spec, i) => [spec, i]));
    return [...sorted].sort(
      (a, b) =>
        a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder ||
        (a.project.name === b.project.name ? 0 : a.project.name < b.project.name ? -1 : 1) ||
        rank(a) - rank(b) ||
        position.get(a)! - position.get(b)!,
    );
  }
}
