// `npm run build:client`: builds the explorer into a fresh folder under client/builds/, then
// swaps the client/dist symlink to it in one rename. A server serving client/dist meanwhile
// (`npm start` builds at each start, perhaps while another server of the same checkout serves)
// sees the old build or the new one, never a folder half emptied by the build. The previous
// build's own hashed assets are copied into the new one, so a page loaded just before the swap
// still finds its scripts after it (client/carry-over.ts); older builds are removed.
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type Rollup } from 'vite';
import { buildOf, carryOver, recordOwnFiles } from './carry-over.ts';

const CLIENT = dirname(fileURLToPath(import.meta.url));
const BUILDS = join(CLIENT, 'builds');
const DIST = join(CLIENT, 'dist');

const HELP = `Usage: npm run build:client

Builds the explorer with Vite into client/builds/<time>/ and points client/dist at it atomically,
so a running server never serves a half-built client. Takes no options.`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } }, strict: true });
  if (values.help) {
    console.log(HELP);
    return;
  }
  mkdirSync(BUILDS, { recursive: true });
  const name = `build-${Date.now()}`;
  const outDir = join(BUILDS, name);
  const output = await build({
    configFile: join(CLIENT, 'vite.config.ts'),
    build: { outDir, emptyOutDir: true },
    logLevel: 'warn',
  });
  recordOwnFiles(outDir, writtenFiles(output));

  const previous = existsSync(DIST) && lstatSync(DIST).isSymbolicLink() ? readlinkSync(DIST) : undefined;
  if (previous) carryOver(join(CLIENT, previous), outDir);
  // A real folder left by an older build step cannot be replaced by a rename: moved aside once.
  if (existsSync(DIST) && !lstatSync(DIST).isSymbolicLink()) renameSync(DIST, join(BUILDS, `old-${Date.now()}`));
  const link = join(CLIENT, `.dist-${process.pid}`);
  rmSync(link, { force: true });
  symlinkSync(join('builds', name), link);
  renameSync(link, DIST);
  for (const entry of readdirSync(BUILDS)) {
    const path = join('builds', buildOf(entry));
    if (buildOf(entry) !== name && path !== previous) rmSync(join(BUILDS, entry), { recursive: true, force: true });
  }
  console.log(`Built the explorer into client/${join('builds', name)} (client/dist points there).`);
}

/** The files Vite wrote, as paths relative to the build's folder. */
function writtenFiles(output: Awaited<ReturnType<typeof build>>): string[] {
  const outputs: Rollup.RollupOutput[] = Array.isArray(output) ? output : 'output' in output ? [output] : [];
  return outputs.flatMap(({ output: files }) => files.map((file) => file.fileName));
}

main().catch((error: unknown) => {
  console.error(`build:client: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
