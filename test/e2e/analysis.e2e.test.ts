// The Analysis panel, expansion and the mini-map in headless Chromium on the seeded Bangkok
// Declaration, driven as a user would: a measure chosen in "Size and rank by" sizes the top node
// most and lists it first, and the list is reached and used from the keyboard; clusters are listed
// and one marks its nodes; an expansion moves nothing already drawn; zoomed in on a large view, the
// mini-map shows and a click on it moves the view.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cy, nextFrames, openExplorer, selectedId, startWarmExplorer, type Explorer } from './explorer-support.ts';

let explorer: Explorer;
let page: Page | undefined;
beforeAll(async () => {
  explorer = await startWarmExplorer();
}, 300_000);
afterAll(async () => explorer?.close(), 120_000);
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });

describe('the Analysis panel', () => {
  it('sizes by PageRank, lists the top node first, and selects it from the keyboard', {
    timeout: 120_000,
  }, async () => {
    page = await openExplorer(explorer);
    await page.selectOption('#size-by', 'pagerank');
    const items = page.locator('.analysis ol.ranked li button');
    await poll(() => items.count()).toBeGreaterThan(3);
    expect(await items.count()).toBeLessThanOrEqual(20);
    // The first entry is the node drawn largest for its score (scaled to 1).
    const top = await cy<string>(page, "cy.nodes().filter((n) => n.data('score') === 1).map((n) => n.id())[0]");
    expect(await items.first().getAttribute('title')).toBe(
      await cy<string>(
        page,
        `String(cy.getElementById(${JSON.stringify(top)}).data('fullLabel') ?? cy.getElementById(${JSON.stringify(top)}).data('label'))`,
      ),
    );
    // Keyboard: from the measure picker, Tab reaches the list; Enter selects the node.
    await page.locator('#size-by').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('ol.ranked') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await poll(() => selectedId(page!)).toBe(top);
    // Back to times cited: no node keeps a score.
    await page.selectOption('#size-by', 'cited');
    expect(await cy<number>(page, "cy.nodes().filter((n) => n.data('score') !== undefined).length")).toBe(0);
  });

  it('lists the clusters of the view, and one marks its nodes', { timeout: 120_000 }, async () => {
    page = await openExplorer(explorer);
    await page.click('#btn-clusters');
    const clusters = page.locator('.cluster-box ol li button');
    await poll(() => clusters.count()).toBeGreaterThan(0);
    const name = (await clusters.first().textContent())!;
    const size = 1 + Number(/and (\d+) more/.exec(name)?.[1] ?? 0);
    await clusters.first().click();
    await poll(() => cy<number>(page!, "cy.nodes('.highlight').length")).toBe(size);
  });
});

describe('expansion and the mini-map', () => {
  it('adds a neighbourhood without moving what was drawn; zoomed in, the mini-map shows and a click on it pans', {
    timeout: 180_000,
  }, async () => {
    page = await openExplorer(explorer);
    expect(await page.locator('canvas.minimap').isHidden()).toBe(true);
    const before = await cy<Record<string, { x: number; y: number }>>(
      page,
      'Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()]))',
    );
    // What double-click and Enter call; so many new nodes are confirmed first.
    await page.evaluate(
      () =>
        void (
          window as unknown as { instrumentGraph: { app: { expand(id: string): Promise<void> } } }
        ).instrumentGraph.app.expand('ga'),
    );
    await page.locator('dialog.confirm button.primary').click();
    await poll(() => cy<number>(page!, 'cy.nodes().length')).toBeGreaterThan(Object.keys(before).length);
    const after = await cy<Record<string, { x: number; y: number }>>(
      page,
      'Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()]))',
    );
    for (const [id, at] of Object.entries(before)) expect(after[id], id).toEqual(at);
    const visible = await cy<number>(page, 'cy.nodes().filter((n) => n.visible()).length');
    // The General Assembly brings enough nodes for a large view (the mini-map's threshold is 200).
    expect(visible).toBeGreaterThan(200);
    await page.evaluate(() => {
      const c = (
        window as unknown as { instrumentGraph: { cy: { zoom(o: unknown): void; width(): number; height(): number } } }
      ).instrumentGraph.cy;
      c.zoom({ level: 2, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
    });
    await nextFrames(page);
    const map = page.locator('canvas.minimap');
    await poll(() => map.isVisible()).toBe(true);
    const pan = await cy<{ x: number; y: number }>(page, 'cy.pan()');
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + 10, box.y + 10);
    await poll(() => cy<{ x: number; y: number }>(page!, 'cy.pan()')).not.toEqual(pan);
  });
});
