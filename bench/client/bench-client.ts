// `npm run bench:client`: drives headless Chromium over the built explorer and prints
//  - first render of the Bangkok Declaration graph (ms after navigation start; target ≤ 800),
//  - a synthetic 5,000-node / 10,000-edge graph: first render (target ≤ 2 s) and frame times while
//    panning (target ≥ 50 fps), with
//    Cytoscape's 2D canvas renderer and with its WebGL one (?renderer=webgl),
//  - bundle sizes (initial JS versus chunks loaded on demand),
// all against the stand-in API in fake-api.ts, so those figures are the client's own, not Neo4j's;
// then, on the real server over a throwaway Neo4j holding the Bangkok Declaration and the ga-80
// corpus (real-server.ts): first render of the default view, search and expansion, each with the
// API request's own time, with the server's response cache on and off; and the default views
// (Bangkok, the corpus overview, hierarchical, document order): first render and overlapping labels (views.ts).
//
//   npm run bench:client -- [--runs 5] [--search nuclear] [--expand ID] [--no-real-server]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import { startFakeApi, syntheticGraph } from './fake-api.ts';
import { CORPUS, realServer } from './real-server.ts';
import { commandLine } from '../../seed/cli/command-line.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'client/dist');
export const defaults = {
  /** Page loads per measurement; the median is reported. */
  runs: 5,
  /** How long to pan for the frame-time measurement. */
  panMs: 3000,
  syntheticNodes: 5000,
  syntheticEdges: 10000,
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
};

const USAGE = `Usage: npm run bench:client -- [options]

Builds the explorer, then measures it in headless Chromium (${defaults.chromium}; CHROMIUM_PATH
to change): against a stand-in API, then against the real server over a throwaway Neo4j (or
NEO4J_URI's, whose :InstrumentGraph nodes it removes) holding the Bangkok Declaration and ${CORPUS}.

  --runs N            page loads per measurement, the median reported (${defaults.runs})
  --search TEXT       what is entered in the search box on the real server (nuclear)
  --expand ID         the node expanded on the real server (by default the node of the default
                      view with the most neighbours outside it)
  --no-real-server    the stand-in API only: no Neo4j`;

const { values } = commandLine('bench:client', USAGE, {
  options: {
    runs: { type: 'string', default: String(defaults.runs) },
    search: { type: 'string', default: 'nuclear' },
    expand: { type: 'string' },
    'no-real-server': { type: 'boolean', default: false },
  },
});
defaults.runs = Number(values.runs);

/** The explorer's targets (the corpus-scale issue), on our machine. */
export const targets = {
  bangkokFirstRenderMs: 800,
  syntheticFirstRenderMs: 2000,
  panningFps: 50,
};
const met = (ok: boolean) => (ok ? 'met' : '**missed**');

type Metrics = Record<string, number>;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

async function load(
  browser: Browser,
  url: string,
): Promise<{ metrics: Metrics; page: import('playwright-core').Page }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { instrumentGraph?: { metrics: Metrics } }).instrumentGraph?.metrics.ready,
    null,
    { timeout: 120_000 },
  );
  const metrics = await page.evaluate(
    () => (window as unknown as { instrumentGraph: { metrics: Metrics } }).instrumentGraph.metrics,
  );
  return { metrics, page };
}

async function firstRender(browser: Browser): Promise<void> {
  const api = await startFakeApi();
  const runs: Metrics[] = [];
  for (let i = 0; i < defaults.runs; i++) {
    const { page } = await load(browser, `${api.url}/`);
    await page.waitForFunction('window.instrumentGraph.metrics.polished !== undefined', null, { timeout: 60_000 });
    runs.push(
      await page.evaluate(
        () => (window as unknown as { instrumentGraph: { metrics: Metrics } }).instrumentGraph.metrics,
      ),
    );
    await page.close();
  }
  await api.close();
  const m = (k: string) => Math.round(median(runs.map((r) => r[k] ?? NaN)));
  console.log(`Bangkok graph (${runs[0]!.nodes} nodes), median of ${defaults.runs} loads, ms after navigation start:`);
  console.log(
    `  data received ${m('dataLoaded')} · first render ${m('firstRender')} (target ≤ ${targets.bangkokFirstRenderMs}: ${met(m('firstRender') <= targets.bangkokFirstRenderMs)}) · interactive ${m('ready')} · layout polished ${m('polished')}`,
  );
}

async function large(browser: Browser, renderer: 'canvas' | 'webgl'): Promise<void> {
  const graph = syntheticGraph(defaults.syntheticNodes, defaults.syntheticEdges);
  const api = await startFakeApi({ graph });
  const { metrics, page } = await load(browser, `${api.url}/${renderer === 'webgl' ? '?renderer=webgl' : ''}`);
  // Frame deltas recorded in the page while the mouse drags the canvas, as a user pans: Cytoscape
  // switches to its cached texture (textureOnViewport) only during such gestures.
  // Sent as source text: tsx would wrap a function argument in helpers the page does not have.
  await page.evaluate(`window.__frames = []; window.__panning = true; (() => {
    let last = performance.now();
    const step = (now) => { window.__frames.push(now - last); last = now; if (window.__panning) requestAnimationFrame(step); };
    requestAnimationFrame(step);
  })()`);
  const box = (await page.locator('#cy').boundingBox())!;
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const began = Date.now();
  for (let i = 0; Date.now() - began < defaults.panMs; i++) {
    await page.mouse.move(start.x + 120 * Math.sin(i / 10), start.y + 80 * Math.cos(i / 10));
  }
  await page.mouse.up();
  const frames = (await page.evaluate('window.__panning = false, window.__frames.slice(1)')) as number[];
  await page.close();
  await api.close();
  const mean = frames.reduce((s, d) => s + d, 0) / frames.length;
  console.log(
    `Synthetic graph (${graph.nodes.length} nodes, ${graph.edges.length} edges, precomputed positions), ${renderer === 'webgl' ? 'WebGL' : '2D canvas'} renderer:`,
  );
  const fps = 1000 / mean;
  console.log(
    `  first render ${Math.round(metrics.firstRender!)} ms (target ≤ ${targets.syntheticFirstRenderMs}: ${met(metrics.firstRender! <= targets.syntheticFirstRenderMs)}) · interactive ${Math.round(metrics.ready!)} ms`,
  );
  console.log(
    `  panning: ${frames.length} frames in ${defaults.panMs} ms · mean ${mean.toFixed(1)} ms (${fps.toFixed(0)} fps; target ≥ ${targets.panningFps}: ${met(fps >= targets.panningFps)}) · p95 ${pct(frames, 95).toFixed(1)} ms · max ${Math.max(...frames).toFixed(1)} ms`,
  );
}

/**
 * The current build's files: those index.html names and, transitively, those their code names.
 * client/dist keeps the previous build's assets for pages still open, so a listing would count them.
 */
function currentAssets(html: string, all: string[]): { file: string; eager: boolean }[] {
  const named = (text: string) => all.filter((f) => text.includes(f));
  const fromHtml = named(html);
  const seen = new Set(fromHtml);
  const queue = [...fromHtml];
  for (let i = 0; i < queue.length; i++) {
    if (!queue[i]!.endsWith('.js')) continue;
    for (const f of named(readFileSync(join(DIST, 'assets', queue[i]!), 'utf8'))) {
      if (seen.has(f)) continue;
      seen.add(f);
      queue.push(f);
    }
  }
  // The entry (in index.html) imports main-* at once: both are needed for the first screen, and
  // so is what they import statically (`from"./x.js"`), unlike what they load with import().
  const eager = new Set([...fromHtml, ...[...seen].filter((f) => f.startsWith('main-'))]);
  for (const file of eager) {
    if (!file.endsWith('.js')) continue;
    for (const m of readFileSync(join(DIST, 'assets', file), 'utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+)"/g))
      eager.add(m[1]!);
  }
  return [...seen].sort().map((file) => ({ file, eager: eager.has(file) }));
}

function bundle(): void {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const all = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  console.log('Bundle (client/dist/assets, this build):');
  let initial = 0;
  let initialGz = 0;
  for (const { file, eager } of currentAssets(html, all)) {
    const bytes = readFileSync(join(DIST, 'assets', file));
    const gz = gzipSync(bytes).length;
    if (eager && file.endsWith('.js')) {
      initial += statSync(join(DIST, 'assets', file)).size;
      initialGz += gz;
    }
    console.log(
      `  ${file.padEnd(36)} ${(bytes.length / 1024).toFixed(1).padStart(7)} kB  gzip ${(gz / 1024).toFixed(1).padStart(6)} kB  ${eager ? 'first screen' : 'on demand'}`,
    );
  }
  console.log(
    `  JS for the first screen: ${(initial / 1024).toFixed(1)} kB (${(initialGz / 1024).toFixed(1)} kB gzip); load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} CPUs`,
  );
}

// The machine is shared: its load when the figures were taken is part of them.
console.log(
  `Load average at start ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${cpus().length} CPUs`,
);
const browser = await chromium.launch({
  executablePath: defaults.chromium,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  bundle();
  await firstRender(browser);
  await large(browser, 'canvas');
  await large(browser, 'webgl');
  if (!values['no-real-server'])
    await realServer(browser, {
      runs: defaults.runs,
      search: values.search,
      ...(values.expand ? { expand: values.expand } : {}),
    });
} finally {
  await browser.close();
  console.log(
    `Load average at end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
}
