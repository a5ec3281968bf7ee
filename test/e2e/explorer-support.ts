// Shared by the explorer's end-to-end tests: the client (built once per run), the real API (createApp +
// listen) on a free port over the run's seeded Neo4j, and headless Chromium.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ServerConfig } from '../../server/config.ts';
import { listen, type RunningServer } from '../../server/http-server.ts';
import { warmUp } from '../../server/warm-up.ts';
import { seededApi, type TestApi } from '../int/api/support.ts';
import { builtClient } from '../support/client-build.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHOTS = join(ROOT, 'test-results');
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export interface Explorer {
  api: TestApi;
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

export interface ExplorerOptions {
  /** Runs on the seeded database before the server starts (a test's clean-up of what it adds). */
  prepare?: (api: TestApi) => Promise<void>;
  /** Puts the API and the client on a port; by default the read-only server `npm start` runs. */
  serve?: (api: TestApi, clientDir: string) => Promise<RunningServer>;
}

export async function startExplorer(
  config: Partial<ServerConfig> = {},
  options: ExplorerOptions = {},
): Promise<Explorer> {
  mkdirSync(SHOTS, { recursive: true });
  const clientDir = await builtClient();
  const api = await seededApi(config);
  await options.prepare?.(api);
  const server = await (options.serve?.(api, clientDir) ?? listen(api.app, { port: 0, host: '127.0.0.1', clientDir }));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    api,
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      await api.close();
    },
  };
}

/**
 * The explorer for files that test gestures, not speed: the API's query bound raised, since on a
 * loaded machine a fresh database's first answers can pass the default 10 s, and the database
 * warmed as `npm start` warms it, so that cold plans do not eat into it.
 */
export async function startWarmExplorer(): Promise<Explorer> {
  const explorer = await startExplorer({ queryTimeoutMs: 60_000 });
  await warmUp(explorer.api.db);
  return explorer;
}

/** The id of the node or edge the explorer has selected, from its state. */
export function selectedId(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      (window as unknown as { instrumentGraph: { app: { state: { selected: string | null } } } }).instrumentGraph.app
        .state.selected,
  );
}

/**
 * Opens the explorer and waits until the graph is drawn and its layout has settled. Pages ask for
 * reduced motion unless told otherwise: tests of gestures and answers need the final picture,
 * not the glide to it, and the tests of motion say so (`motion: 'no-preference'`).
 */
export async function openExplorer(
  explorer: Explorer,
  query = '',
  viewport = { width: 1280, height: 720 },
  { motion = 'reduce' }: { motion?: 'reduce' | 'no-preference' } = {},
): Promise<Page> {
  const page = await explorer.browser.newPage({ viewport, acceptDownloads: true, reducedMotion: motion });
  page.on('pageerror', (error) => console.error(`[page] ${error.message}`));
  await page.goto(`${explorer.server.url}/${query}`);
  await settle(page);
  return page;
}

export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const ig = (
        window as unknown as {
          instrumentGraph?: { metrics: Record<string, number>; app: { state: { layout: string } } };
        }
      ).instrumentGraph;
      if (!ig?.metrics.ready) return false;
      return ig.app.state.layout !== 'fcose' || ig.metrics.polished !== undefined;
    },
    null,
    { timeout: 30_000 },
  );
  // No animation of the viewport or of a node (a layout's) is running, and the canvas has drawn.
  await page.waitForFunction(() => {
    type Animated = { animated(): boolean };
    const cy = (
      window as unknown as {
        instrumentGraph: { cy: Animated & { nodes(): { some(test: (n: Animated) => boolean): boolean } } };
      }
    ).instrumentGraph.cy;
    return !cy.animated() && !cy.nodes().some((node) => node.animated());
  });
  await nextFrames(page);
}

/** Resolves once the page has drawn two more frames: what was just changed is on screen. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Evaluates against the page's Cytoscape instance. */
export function cy<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(`(() => { const cy = window.instrumentGraph.cy; return ${fn}; })()`) as Promise<T>;
}

/** Clicks a node where it is drawn, as a user would. */
export async function clickNode(page: Page, id: string): Promise<void> {
  // Finish any pan or zoom still running, then bring the node to the middle of the canvas.
  await page.waitForFunction(() => {
    const cy = (window as unknown as { instrumentGraph: { cy: { animated(): boolean } } }).instrumentGraph.cy;
    return !cy.animated();
  });
  await page.evaluate((nodeId) => {
    const cy = (
      window as unknown as {
        instrumentGraph: { cy: { getElementById(id: string): unknown; center(e: unknown): void } };
      }
    ).instrumentGraph.cy;
    cy.center(cy.getElementById(nodeId));
  }, id);
  await nextFrames(page);
  const at = await page.evaluate((nodeId) => {
    const cy = (
      window as unknown as {
        instrumentGraph: { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } };
      }
    ).instrumentGraph.cy;
    const box = document.getElementById('cy')!.getBoundingClientRect();
    const p = cy.getElementById(nodeId).renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.mouse.click(at.x, at.y);
  // fcose places nodes afresh on each load, so an edge can cross a node's centre and take the
  // click. Then, and only then, tap the node through Cytoscape (the same handler runs).
  if ((await selectedId(page)) !== id) {
    await page.evaluate((nodeId) => {
      const cy = (
        window as unknown as { instrumentGraph: { cy: { getElementById(id: string): { emit(e: string): void } } } }
      ).instrumentGraph.cy;
      cy.getElementById(nodeId).emit('tap');
    }, id);
  }
  // What the test does next acts on the selection: the node, and nothing picked before it.
  await expect.poll(() => selectedId(page), { timeout: 5_000, interval: 50 }).toBe(id);
}
