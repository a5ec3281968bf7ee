// What one build of the explorer hands to the next (client/build.ts): its own hashed assets, so
// that a page loaded just before the swap still finds its scripts after it. Only its own: a build
// that passed on what it had itself been handed would keep every asset of every earlier build for
// ever (a 570 kB Cytoscape chunk more whenever the client's code changed).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Beside the build's folder, not in it: the folder is served as it is. */
const listOf = (buildDir: string) => `${buildDir}.files.json`;

/** Records the files a build wrote itself (paths relative to its folder, as Rollup names them). */
export function recordOwnFiles(buildDir: string, files: string[]): void {
  writeFileSync(listOf(buildDir), `${JSON.stringify(files.filter((file) => file.startsWith('assets/')))}\n`);
}

/**
 * Copies the previous build's own assets into the new one. A build made before builds kept a list
 * hands over all its assets, once.
 */
export function carryOver(previousDir: string, outDir: string): void {
  const files = existsSync(listOf(previousDir))
    ? (JSON.parse(readFileSync(listOf(previousDir), 'utf8')) as string[])
    : existsSync(join(previousDir, 'assets'))
      ? readdirSync(join(previousDir, 'assets')).map((name) => `assets/${name}`)
      : [];
  for (const file of files) {
    const from = join(previousDir, file);
    const to = join(outDir, file);
    if (existsSync(to) || !existsSync(from)) continue;
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
}

/** The build's folder a file of the builds folder belongs to: its list names it too. */
export function buildOf(entry: string): string {
  return entry.endsWith('.files.json') ? entry.slice(0, -'.files.json'.length) : entry;
}
