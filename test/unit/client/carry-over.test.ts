import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildOf, carryOver, recordOwnFiles } from '../../../client/carry-over.ts';

let builds: string;
afterEach(() => rmSync(builds, { recursive: true, force: true }));

/** A build folder as Vite leaves it, with the files it wrote recorded as build.ts records them. */
function fakeBuild(name: string, own: string[]): string {
  const dir = join(builds, name);
  for (const file of ['index.html', ...own]) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), name);
  }
  recordOwnFiles(dir, ['index.html', ...own]);
  return dir;
}

const assets = (dir: string) => readdirSync(join(dir, 'assets')).sort();

describe('carrying a build’s assets over to the next', () => {
  it('hands on a build’s own assets and not those it was handed', () => {
    builds = mkdtempSync(join(tmpdir(), 'carry-over-'));
    const first = fakeBuild('build-1', ['assets/main-a.js', 'assets/layouts-a.js']);
    const second = fakeBuild('build-2', ['assets/main-b.js', 'assets/layouts-a.js']);
    carryOver(first, second);
    expect(assets(second)).toEqual(['layouts-a.js', 'main-a.js', 'main-b.js']);
    const third = fakeBuild('build-3', ['assets/main-c.js', 'assets/layouts-c.js']);
    carryOver(second, third);
    // main-a.js came to the second build from the first: a page of the first is long gone.
    expect(assets(third)).toEqual(['layouts-a.js', 'layouts-c.js', 'main-b.js', 'main-c.js']);
  });

  it('hands on every asset of a build made before builds kept a list, and only once', () => {
    builds = mkdtempSync(join(tmpdir(), 'carry-over-'));
    const old = join(builds, 'build-0');
    mkdirSync(join(old, 'assets'), { recursive: true });
    for (const name of ['main-x.js', 'main-y.js']) writeFileSync(join(old, 'assets', name), '');
    const next = fakeBuild('build-1', ['assets/main-z.js']);
    carryOver(old, next);
    expect(assets(next)).toEqual(['main-x.js', 'main-y.js', 'main-z.js']);
    const after = fakeBuild('build-2', ['assets/main-w.js']);
    carryOver(next, after);
    expect(assets(after)).toEqual(['main-w.js', 'main-z.js']);
  });

  it('names the build a list belongs to, so that clean-up keeps them together', () => {
    expect(buildOf('build-5.files.json')).toBe('build-5');
    expect(buildOf('build-5')).toBe('build-5');
  });
});
