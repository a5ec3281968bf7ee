// The default views on the real server with the whole corpus: the Bangkok view, the corpus
// overview (?doc=*), the hierarchical layout and document order. For each, the median over page
// loads of the first render (ms after navigation start) and of the moment it can be used, and, at
// its default zoom once settled, the labels drawn and how many pairs of them overlap, counted from
// the bounding boxes Cytoscape gives for the drawn labels (not from the explorer's own placement).
import type { Browser } from 'playwright-core';

export const VIEWS = [
  { name: 'Bangkok view (default)', query: '/', firstRenderTargetMs: 800, readingOrder: false },
  { name: 'whole-corpus overview', query: '/?doc=*', firstRenderTargetMs: 1500, readingOrder: false },
  { name: 'hierarchical layout', query: '/?layout=hierarchical', firstRenderTargetMs: NaN, readingOrder: true },
  { name: 'document order', query: '/?layout=document', firstRenderTargetMs: NaN, readingOrder: true },
] as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
type Explorer = { instrumentGraph?: { metrics: Record<string, number>; app: { state: { layout: string } } } };

interface ViewRun {
  firstRender: number;
  ready: number;
  nodes: number;
  labels: number;
  overlaps: number;
  zoom: number;
  /** Pairs of paragraphs of one document in one column drawn out of reading order (higher before lower). */
  outOfOrder: number;
}

/** Page source: pairs of a document's paragraphs that share a column but stand out of reading order. */
const OUT_OF_ORDER = `(() => {
  const byColumn = new Map();
  for (const n of window.instrumentGraph.cy.nodes('.paragraph').filter((n) => n.visible())) {
    const key = String(n.data('document')) + '|' + Math.round(n.position().x);
    if (!byColumn.has(key)) byColumn.set(key, []);
    byColumn.get(key).push({ order: Number(n.data('order')), y: n.position().y });
  }
  let pairs = 0;
  for (const column of byColumn.values()) for (const a of column) for (const b of column) if (a.order < b.order && a.y >= b.y) pairs++;
  return pairs;
})()`;

/** Page source: the drawn labels' boxes at the current zoom, and the pairs of them that overlap. */
const COUNT_OVERLAPS = `(() => {
  const cy = window.instrumentGraph.cy;
  const boxes = cy.nodes().filter((n) => n.visible() && !n.hasClass('no-label') && String(n.style('label') || '').length > 0)
    .map((n) => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }))
    .filter((b) => b.w > 0 && b.h > 0);
  let overlaps = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
  }
  return { labels: boxes.length, overlaps, zoom: cy.zoom() };
})()`;

async function measureView(browser: Browser, url: string): Promise<ViewRun> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(url);
    await page.waitForFunction(
      () => {
        const ig = (window as unknown as Explorer).instrumentGraph;
        return !!ig?.metrics.ready && (ig.app.state.layout !== 'fcose' || ig.metrics.polished !== undefined);
      },
      null,
      { timeout: 120_000 },
    );
    // Labels are placed once the view stops moving; wait for that placement and one frame more.
    await page.waitForFunction(() => {
      const ig = (
        window as unknown as {
          instrumentGraph: { cy: { animated(): boolean }; app: { canvas: { relabelPending: boolean } } };
        }
      ).instrumentGraph;
      return !ig.cy.animated() && !ig.app.canvas.relabelPending;
    });
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    const metrics = (await page.evaluate('window.instrumentGraph.metrics')) as Record<string, number>;
    const labels = (await page.evaluate(COUNT_OVERLAPS)) as { labels: number; overlaps: number; zoom: number };
    const outOfOrder = (await page.evaluate(OUT_OF_ORDER)) as number;
    if (errors.length > 0) throw new Error(`the page failed: ${errors.join('; ')}`);
    return { firstRender: metrics.firstRender!, ready: metrics.ready!, nodes: metrics.nodes!, ...labels, outOfOrder };
  } finally {
    await page.close();
  }
}

export async function measureViews(browser: Browser, url: string, runs: number): Promise<void> {
  console.log(
    `Default views on the real server, ${runs} page loads each, median (overlapping labels: the worst load):`,
  );
  for (const view of VIEWS) {
    const results: ViewRun[] = [];
    for (let i = 0; i < runs; i++) results.push(await measureView(browser, `${url}${view.query}`));
    const first = median(results.map((r) => r.firstRender));
    const target = Number.isNaN(view.firstRenderTargetMs)
      ? ''
      : ` (target ≤ ${view.firstRenderTargetMs}: ${first <= view.firstRenderTargetMs ? 'met' : '**missed**'})`;
    const overlaps = Math.max(...results.map((r) => r.overlaps));
    console.log(
      `  ${view.name}: ${median(results.map((r) => r.nodes))} nodes · first render ${Math.round(first)} ms${target} · ` +
        `usable ${Math.round(median(results.map((r) => r.ready)))} ms · zoom ${median(results.map((r) => r.zoom)).toFixed(2)} · ` +
        `${median(results.map((r) => r.labels))} labels drawn, ${overlaps} overlapping pairs (target 0: ${overlaps === 0 ? 'met' : '**missed**'})` +
        (view.readingOrder
          ? ` · paragraphs out of reading order: ${Math.max(...results.map((r) => r.outOfOrder))} pairs (target 0)`
          : ''),
    );
  }
  await measureAnalysis(browser, url);
}

/**
 * The Analysis panel on the whole-corpus overview, as a user drives it: each "Size and rank by"
 * choice (measure, sizes, labels and the top-20 list, all done in the change handler) and "Find
 * clusters" to its list drawn, in the page's clock; one page load.
 */
async function measureAnalysis(browser: Browser, url: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    await page.goto(`${url}/?doc=*`);
    await page.waitForFunction(() => !!(window as unknown as Explorer).instrumentGraph?.metrics.ready, null, {
      timeout: 120_000,
    });
    const times: string[] = [];
    for (const measure of ['degree', 'pagerank', 'betweenness', 'cited']) {
      const ms = (await page.evaluate(`(() => {
        const select = document.getElementById('size-by');
        const start = performance.now();
        select.value = ${JSON.stringify(measure)};
        select.dispatchEvent(new Event('change'));
        return performance.now() - start;
      })()`)) as number;
      times.push(`${measure} ${Math.round(ms)} ms`);
    }
    const clusters = (await page.evaluate(`new Promise((resolve) => {
      const box = document.querySelector('.cluster-box');
      const start = performance.now();
      const seen = new MutationObserver(() => {
        if (box.querySelector('ol, .empty')) { seen.disconnect(); resolve({ ms: performance.now() - start, text: box.querySelector('.hint, .empty')?.textContent ?? '' }); }
      });
      seen.observe(box, { childList: true, subtree: true });
      document.getElementById('btn-clusters').click();
    })`)) as { ms: number; text: string };
    const nodes = (await page.evaluate('window.instrumentGraph.metrics.nodes')) as number;
    console.log(
      `  analysis on the overview (${nodes} nodes), size and rank by: ${times.join(' · ')}; clusters ${Math.round(clusters.ms)} ms (${clusters.text.trim()})`,
    );
  } finally {
    await page.close();
  }
}
