// `npm run bench`: the seeding, API and client benchmarks in sequence, each in its own process,
// sized to finish in under 10 minutes together on the 2-core machine. Each prints its own
// tables; this adds the time each took. The sizes are smaller than each benchmark's own defaults:
//   bench:seed    --docs 100 --naive-docs 3   (its default 1,000 documents take about 7 minutes)
//   bench:api     --docs 50 --seconds 1 --connections 1,32 --load-retries 0 --no-write
//                 (four servers, three graphs: Bangkok at 1 and 32 connections, Bangkok + ga-80
//                 and Bangkok + 50 synthetic at 32, 64 cells of 1 s; a quick pass: BENCHMARKS.md
//                 keeps the figures of a full `npm run bench:api`. With 100 documents and 2 s
//                 cells the whole run took 10.4 minutes on the loaded machine.)
//   bench:client  as its defaults (5 page loads each, the real server with the ga-80 corpus
//                 included)
//   bench:linear  --runs 1 (six pathological inputs at 1, 2, 4 and 8 MB, extraction alone)
//   bench:plan-cache  as its defaults (two Neo4j, keys of four lengths; about 40 s)
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { commandLine } from '../seed/cli/command-line.ts';

const ROOT = resolve(import.meta.dirname, '..');

const steps: { script: string; args: string[] }[] = [
  { script: 'bench:seed', args: ['--docs', '100', '--naive-docs', '3'] },
  {
    script: 'bench:api',
    args: ['--docs', '50', '--seconds', '1', '--connections', '1,32', '--load-retries', '0', '--no-write'],
  },
  { script: 'bench:client', args: [] },
  { script: 'bench:linear', args: ['--runs', '1'] },
  { script: 'bench:plan-cache', args: [] },
];

commandLine(
  'bench',
  `Usage: npm run bench [-- --help]

Runs the benchmarks one after another, each in its own process, at
sizes that finish in under 10 minutes together on a 2-core machine, and prints the time each took:
${steps.map(({ script, args }) => `  npm run ${script}${args.length ? ` -- ${args.join(' ')}` : ''}`).join('\n')}
Each uses a throwaway local Neo4j unless NEO4J_URI is set (bench:plan-cache always starts its own
two, since it sets one of them). For other sizes run one of them
alone (each takes --help). Exit status: 0 when all of them succeeded, 1 otherwise.`,
  { options: {} },
);

const started = performance.now();
const timings: string[] = [];
let failed = 0;
for (const { script, args } of steps) {
  console.log(`\n[bench] npm run ${script} -- ${args.join(' ')}`);
  const stepStarted = performance.now();
  const run = spawnSync('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, stdio: 'inherit' });
  const seconds = (performance.now() - stepStarted) / 1000;
  const ok = run.status === 0;
  if (!ok) failed++;
  timings.push(`${script} ${seconds.toFixed(0)} s${ok ? '' : ` (failed: ${run.status ?? run.signal})`}`);
}
const total = (performance.now() - started) / 1000;
console.log(`\n[bench] ${timings.join(', ')}; total ${(total / 60).toFixed(1)} min`);
process.exit(failed > 0 ? 1 : 0);
