// Rebuilding the explorer while a server serves it: every request for the page and for the
// scripts it names is answered, before, during and after the swap (build:client builds into a new
// folder and swaps the client/dist symlink in one rename).
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { staticFiles } from '../../server/static-files.ts';

const ROOT = join(import.meta.dirname, '../..');
const run = promisify(execFile);

describe('rebuilding the explorer while it is served', () => {
  it('never answers 404 for the page or its assets', async () => {
    await run('npx', ['tsx', 'client/build.ts'], { cwd: ROOT });
    const serve = staticFiles(join(ROOT, 'client/dist'));
    const server = createServer((req, res) => {
      if (!serve(req, res)) res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const statuses: number[] = [];
    let building = true;
    const rebuild = run('npx', ['tsx', 'client/build.ts'], { cwd: ROOT }).finally(() => (building = false));
    try {
      // A visitor loads the page, then the script it names, over and over until the build is done.
      for (let i = 0; (building || i < 5) && i < 10_000; i++) {
        const page = await fetch(`${url}/`);
        statuses.push(page.status);
        const script = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
        expect(script).toBeDefined();
        statuses.push((await fetch(`${url}/${script}`)).status);
      }
      await rebuild;
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(statuses.length).toBeGreaterThan(10);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  }, 180_000);
});
