// `npm run bench:linear`: extraction time of generated pathological documents (one kind per way a
// document can make the extractor superlinear: test/support/pathological-inputs.ts) at 1, 2, 4
// and 8 MB, with the ratio of each time to the one at half the size: about 2 when the extractor
// is linear, about 4 when it is quadratic. Each extraction runs in a process of its own
// (test/support/extract-pathological.ts), so none pays for another's garbage; the time is the
// extraction's alone, start-up and warm-up excluded. No database. Prints Markdown for BENCHMARKS.md.
//
//   npm run bench:linear -- [--sizes 1,2,4,8] [--kinds whitespace,...] [--runs 3] [--help]
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type PathologicalKind, pathologicalKinds } from '../../test/support/pathological-inputs.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,2,4,8' },
    kinds: { type: 'string', default: pathologicalKinds.join(',') },
    runs: { type: 'string', default: '3' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`Usage: npm run bench:linear -- [options]

Extracts generated pathological documents of growing size, each in a process of its own, and
prints the time of each and its ratio to the time at the size before (2 for linear growth when
the sizes double).

  --sizes LIST  sizes in MB, comma-separated (1,2,4,8; at most 10, the extractor's limit)
  --kinds LIST  ${pathologicalKinds.join(', ')} (all)
  --runs N      extractions per cell; the median is printed (3)`);
  process.exit(0);
}

function fail(message: string): never {
  console.error(`bench:linear: ${message}`);
  process.exit(2);
}
const sizes = values.sizes.split(',').map((s) => {
  const n = Number(s);
  if (!(n > 0 && n <= 10)) fail(`--sizes: "${s}" is not a size in MB between 0 and 10`);
  return n;
});
const kinds = values.kinds.split(',').map((k) => {
  if (!(pathologicalKinds as readonly string[]).includes(k))
    fail(`--kinds: "${k}" is not one of ${pathologicalKinds.join(', ')}`);
  return k as PathologicalKind;
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs: "${values.runs}" is not a positive integer`);

/** One extraction in a fresh process: its time in ms. */
function extractOnce(kind: PathologicalKind, bytes: number): number {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'test/support/extract-pathological.ts', kind, String(bytes)],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  if (child.status !== 0) fail(`extracting ${kind} at ${bytes} bytes failed: ${child.stderr}`);
  const summary = JSON.parse(child.stdout.split('\n')[1]!) as { ms: number };
  return summary.ms;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

console.log(
  `Machine: ${cpus().length} CPUs, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the start; median of ${runs} runs.\n`,
);
console.log(`| input | ${sizes.map((s) => `${s} MB`).join(' | ')} | ratios (each size to the one before) |`);
console.log(`|---|${sizes.map(() => '---:').join('|')}|---|`);
for (const kind of kinds) {
  const times = sizes.map((mb) =>
    median(Array.from({ length: runs }, () => extractOnce(kind, Math.round(mb * 1024 * 1024)))),
  );
  const ratios = times.slice(1).map((t, i) => (t / times[i]!).toFixed(2));
  console.log(`| ${kind} | ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(' | ')} | ${ratios.join(', ')} |`);
}
console.log(`\nLoad average ${loadavg()[0]!.toFixed(1)} at the end.`);
