// The explorer built once per test run, for every end-to-end file, into the run's own folder: not
// into client/dist, which `npm start` of this checkout or client-rebuild.int.test.ts may be
// swapping meanwhile. The first file to ask builds it; the others wait for that build.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { build } from 'vite';
import { take } from './resource-pool.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** The folder holding this run's build of the explorer (index.html and assets/). */
export async function builtClient(): Promise<string> {
  const dir = join(inject('testRunDir'), 'client');
  const turn = await take(inject('resourcePool'), 'client-build');
  try {
    if (!existsSync(join(dir, 'index.html'))) {
      await build({
        configFile: join(ROOT, 'client/vite.config.ts'),
        build: { outDir: dir, emptyOutDir: true },
        logLevel: 'warn',
      });
    }
    return dir;
  } finally {
    turn.release();
  }
}
