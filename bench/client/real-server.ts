// The explorer on the real server with the whole shipped corpus loaded, for `npm run bench:client`:
// a throwaway Neo4j (bench/bench-database.ts) seeded through seedDocuments with the Bangkok
// Declaration and the General Assembly resolutions of seed/corpus/ga-80, the real app
// (createApp + listen, serving client/dist as `npm start` does, warmed up by server/warm-up.ts),
// and headless Chromium. Two apps run over the same database: one as deployed (response cache on)
// and one with API_RESPONSE_CACHE_MB=0; after one uncounted page load on each (which fills the
// cache of the first), the page loads alternate between them. Each page load measures, in the
// page's own clock:
//  - first render of the default view (metrics.firstRender, ms after navigation start) and the
//    nodes in the canvas (metrics.nodes) and drawn (not hidden by the default filters);
//  - search: the query entered in the search box (one input event, as a paste) to its results
//    drawn (the frame after the list is filled), which includes the box's debounce;
//  - expansion: `app.expand(id)` (what double-click and Enter on a selected node call) to the frame
//    after the new nodes are placed, on the node of the default view with the most neighbours
//    outside it;
// and, for each, the API request's own time from the page's Resource Timing entries.
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_DOCUMENT as DEFAULT_SYMBOL } from '../../client/src/scope.ts';
import { GRAPH, NEIGHBORHOOD } from '../../client/src/graphql-documents.ts';
import type { Document } from '../../client/src/api.ts';
import { corpusFiles, DEFAULT_DOCUMENT } from '../../seed/corpora.ts';
import { resetGraph } from '../../seed/seed-documents.ts';
import { createApp } from '../../server/app.ts';
import type { ServerConfig } from '../../server/config.ts';
import { listen, type RunningServer } from '../../server/http-server.ts';
import { warmUp } from '../../server/warm-up.ts';
import { measureViews } from './views.ts';
import { describeSize, openBenchDatabase, seedOrFail } from '../bench-database.ts';
import { cacheBound, NO_CACHE, serverConfigs } from '../server-configs.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'client/dist');
export const CORPUS = 'ga-80';

export const targets = {
  /** The corpus-scale issue: the default (Bangkok) view drawn within 800 ms of navigation start. */
  firstRenderMs: 800,
  /** The API issue: p99 under 50 ms (bench:api measures it under load; here five samples). */
  apiP99Ms: 50,
};

export interface RealServerOptions {
  /** Page loads per server; the median is reported. */
  runs: number;
  /** What is entered in the search box. */
  search: string;
  /** The node to expand; by default the node of the default view with the most neighbours outside it. */
  expand?: string;
}

interface Run {
  firstRender: number;
  ready: number;
  nodes: number;
  drawn: number;
  graphRequest: number;
  search: number;
  searchRequest: number;
  hits: number;
  expand: number;
  expandRequest: number;
  added: number;
}

interface Variant {
  name: string;
  server: RunningServer;
  runs: Run[];
}

const say = (line: string) => console.log(`[bench:client] ${line}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => Math.round(x).toLocaleString('en-US');

export async function realServer(browser: Browser, options: RealServerOptions): Promise<void> {
  const bench = await openBenchDatabase('bench-client', say);
  const servers: RunningServer[] = [];
  try {
    const { db } = bench;
    await resetGraph(db);
    const files = [DEFAULT_DOCUMENT, ...corpusFiles(CORPUS)];
    let t = performance.now();
    await seedOrFail(db, files);
    say(
      `Seeded the Bangkok Declaration and ${files.length - 1} documents of ${CORPUS} in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    const size = await describeSize(db);
    t = performance.now();
    const warm = await warmUp(db);
    say(`Warmed up ${warm.statements} statements in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    // The per-request log line (LOG_LEVEL=info) would fill this output; it is not what is measured here.
    const env = { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };
    const configs = serverConfigs(env);
    const start = async (config: ServerConfig) => {
      const server = await listen(createApp({ db, config }), { port: 0, host: '127.0.0.1', clientDir: DIST });
      servers.push(server);
      return server;
    };
    const variants: Variant[] = [
      {
        name: `response cache on (as deployed, ${cacheBound(configs.cached)})`,
        server: await start(configs.cached),
        runs: [],
      },
      { name: `response cache off (${NO_CACHE})`, server: await start(configs.uncached), runs: [] },
    ];
    const uncached = variants[1]!.server;
    const target = options.expand
      ? { id: options.expand, label: options.expand, outside: NaN }
      : await expansionTarget(uncached.url);
    say(
      `Expanding ${target.label} (${target.id})${Number.isNaN(target.outside) ? '' : `: ${target.outside} neighbours outside the default view`}`,
    );

    // One page load on each server first, not counted: it warms the browser, the server's code and
    // Neo4j's caches, and fills the cached server's response cache as any earlier visitor would.
    // The measured loads then show a repeat visit with the cache on, and Neo4j answering every
    // request with it off. The two servers take turns, so that they share the same moments of a
    // shared machine.
    for (const variant of variants) await measureOnce(browser, variant.server.url, options.search, target.id);
    for (let i = 0; i < options.runs; i++) {
      for (const variant of variants) {
        const run = await measureOnce(browser, variant.server.url, options.search, target.id);
        variant.runs.push(run);
        say(
          `${variant.name.split(' (')[0]} #${i + 1}: first render ${ms(run.firstRender)} ms, search ${ms(run.search)} ms, expand ${ms(run.expand)} ms`,
        );
      }
    }
    report(variants, {
      size,
      documents: files.length,
      search: options.search,
      target: target.label,
      runs: options.runs,
    });
    await measureViews(browser, variants[0]!.server.url, options.runs);
  } finally {
    for (const server of servers) await server.close().catch(() => {});
    await bench.close();
  }
}

async function gql<T, V>(url: string, document: Document<T, V>, variables: V): Promise<T> {
  const query = document.toString();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!response.ok || !answer.data)
    throw new Error(`the API failed: ${answer.errors?.[0]?.message ?? response.status}`);
  return answer.data;
}

/**
 * The node of the default view (one the user sees: not a paragraph, footnote or hidden theme) whose
 * neighbourhood at depth 1 holds the most nodes not drawn yet: the expansion that brings most of
 * the corpus in. Asked of the uncached server, so that the cached one has seen none of it.
 */
async function expansionTarget(url: string): Promise<{ id: string; label: string; outside: number }> {
  const { graph } = await gql(url, GRAPH, { document: DEFAULT_SYMBOL });
  const drawn = new Set(graph.nodes.map((n) => n.id));
  let best = { id: DEFAULT_SYMBOL, label: DEFAULT_SYMBOL, outside: -1 };
  for (const node of graph.nodes) {
    if (node.kind === 'paragraph' || node.kind === 'footnote' || node.kind === 'theme') continue;
    const { neighborhood } = await gql(url, NEIGHBORHOOD, { id: node.id, depth: 1 });
    const outside = neighborhood.nodes.filter((n) => !drawn.has(n.id)).length;
    if (outside > best.outside) best = { id: node.id, label: node.label, outside };
  }
  return best;
}

type PageMetrics = Record<string, number>;
/** What the explorer exposes on `window` for benchmarks and tests (client/src/main.ts). */
type Explorer = { instrumentGraph?: { metrics: PageMetrics } };

async function measureOnce(browser: Browser, url: string, search: string, expandId: string): Promise<Run> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    await page.goto(`${url}/`);
    // Predicates as functions: the server's Content-Security-Policy forbids the page to eval a string.
    await page.waitForFunction(
      () => (window as unknown as Explorer).instrumentGraph?.metrics.ready !== undefined,
      null,
      { timeout: 120_000 },
    );
    // Let the animated layout pass end (it runs only on graphs small enough), so that it does not
    // share the CPU with what is measured next.
    await page
      .waitForFunction(() => (window as unknown as Explorer).instrumentGraph?.metrics.polished !== undefined, null, {
        timeout: 60_000,
      })
      .catch(() => {});
    const metrics = (await page.evaluate('window.instrumentGraph.metrics')) as PageMetrics;
    const drawn = (await page.evaluate(
      'window.instrumentGraph.cy.nodes().filter((n) => n.visible()).length',
    )) as number;
    const graphRequest = (await page.evaluate(requestAfter(0))) as number;

    const searched = await timeSearch(page, search);
    await page.keyboard.press('Escape');
    const expanded = (await page.evaluate(`(async () => {
      const ig = window.instrumentGraph;
      const before = ig.cy.nodes().length;
      // An expand of more than 50 nodes asks first: the answer is yes, given as soon as it is asked.
      const yes = new MutationObserver(() => document.querySelector('dialog.confirm button.primary')?.click());
      yes.observe(document.body, { childList: true });
      const t0 = performance.now();
      await ig.app.expand(${JSON.stringify(expandId)});
      yes.disconnect();
      await new Promise((r) => requestAnimationFrame(r));
      const t1 = performance.now();
      return { ms: t1 - t0, added: ig.cy.nodes().length - before, request: ${requestAfter('t0')} };
    })()`)) as { ms: number; added: number; request: number };
    if (pageErrors.length > 0) throw new Error(`the page failed: ${pageErrors.join('; ')}`);
    return {
      firstRender: metrics.firstRender!,
      ready: metrics.ready!,
      nodes: metrics.nodes!,
      drawn,
      graphRequest,
      search: searched.ms,
      searchRequest: searched.request,
      hits: searched.hits,
      expand: expanded.ms,
      expandRequest: expanded.request,
      added: expanded.added,
    };
  } finally {
    await page.close();
  }
}

/** Page source: the duration of the first /graphql request that started at or after `since` (ms), or NaN. */
function requestAfter(since: number | string): string {
  return `((since) => { const e = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/graphql') && r.startTime >= since); return e ? e.duration : NaN; })(${since})`;
}

/** Enters the text in the search box and times it to the frame after the results are in the list. */
async function timeSearch(page: Page, text: string): Promise<{ ms: number; request: number; hits: number }> {
  // Page source, not a function: tsx would wrap a function argument in code the page lacks.
  await page.evaluate(`(() => {
    const input = document.getElementById('search');
    const list = document.getElementById('search-results');
    const s = (window.__search = { typed: 0, shown: 0 });
    input.addEventListener('input', () => { s.typed = performance.now(); s.shown = 0; }, true);
    new MutationObserver(() => {
      if (s.typed && !s.shown && !list.hidden && list.querySelector('[role=option]')) requestAnimationFrame(() => { s.shown ||= performance.now(); });
    }).observe(list, { childList: true, subtree: true, attributes: true });
  })()`);
  await page.locator('#search').fill(text);
  await page.waitForFunction(
    () => ((window as unknown as { __search?: { shown: number } }).__search?.shown ?? 0) > 0,
    null,
    { timeout: 30_000 },
  );
  return (await page.evaluate(`(() => {
    const s = window.__search;
    const hits = document.querySelectorAll('#search-results [role=option]:not(.empty)').length;
    return { ms: s.shown - s.typed, hits, request: ${requestAfter('s.typed')} };
  })()`)) as { ms: number; request: number; hits: number };
}

function report(
  variants: Variant[],
  about: { size: string; documents: number; search: string; target: string; runs: number },
): void {
  const range = (xs: number[]) => `${ms(median(xs))} ms (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;
  const met = (ok: boolean) => (ok ? 'met' : '**missed**');
  console.log(
    `Real server, Bangkok + ${CORPUS} (${about.documents} documents; ${about.size} in the graph), ` +
      `${about.runs} page loads per server, median (min–max):`,
  );
  for (const { name, runs } of variants) {
    const col = <K extends keyof Run>(k: K) => runs.map((r) => r[k]);
    const first = median(col('firstRender'));
    const worstRequest = (k: 'graphRequest' | 'searchRequest' | 'expandRequest') => Math.max(...col(k));
    console.log(`  ${name}:`);
    console.log(
      `    first render of the default view: ${range(col('firstRender'))} after navigation start ` +
        `(target ≤ ${targets.firstRenderMs}: ${met(first <= targets.firstRenderMs)}) · ${median(col('nodes'))} nodes in the canvas, ${median(col('drawn'))} drawn · ` +
        `interactive ${ms(median(col('ready')))} ms · graph request ${range(col('graphRequest'))}`,
    );
    console.log(
      `    search "${about.search}", input to ${median(col('hits'))} results drawn: ${range(col('search'))}, the box's debounce included · ` +
        `search request ${range(col('searchRequest'))}, slowest ${ms(worstRequest('searchRequest'))} (API target p99 < ${targets.apiP99Ms}: ${met(worstRequest('searchRequest') < targets.apiP99Ms)})`,
    );
    console.log(
      `    expand ${about.target} (+${median(col('added'))} nodes): ${range(col('expand'))} · ` +
        `neighbourhood request ${range(col('expandRequest'))}, slowest ${ms(worstRequest('expandRequest'))} (API target p99 < ${targets.apiP99Ms}: ${met(worstRequest('expandRequest') < targets.apiP99Ms)})`,
    );
  }
  console.log(
    '  One page load per server before these, not counted, filled the cache: with it on, the answers above came from it',
  );
  console.log("  (each request still reads the graph's version from Neo4j).");
}
