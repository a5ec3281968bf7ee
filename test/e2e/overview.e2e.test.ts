// The explorer's key gestures at corpus scale, in headless Chromium on the seeded Bangkok
// Declaration: the overview (?doc=*) opens a document into its paragraphs with one key and closes
// it with the same; arrow keys move the selection between neighbours; the details panel lets go
// of a selection the filters take away; labels drawn at the default zoom never overlap.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clickNode, cy, openExplorer, selectedId, startWarmExplorer, type Explorer } from './explorer-support.ts';

const SYMBOL = 'E/CN.15/2005/5';
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

/** Page source: pairs of drawn labels whose boxes, as Cytoscape draws them, overlap. */
const OVERLAPS = `(() => {
  const boxes = cy.nodes().filter((n) => n.visible() && !n.hasClass('no-label') && String(n.style('label') || '').length > 0)
    .map((n) => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }));
  let n = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) n++;
  }
  return n;
})()`;

describe('the overview', () => {
  it('opens a document into its paragraphs with one key, and closes it with the same', {
    timeout: 180_000,
  }, async () => {
    page = await openExplorer(explorer, '?doc=*');
    expect(await cy<number>(page, "cy.nodes('.paragraph').length")).toBe(0);
    // The introduction speaks of what the overview draws: documents, and the documents citing each starter.
    const intro = page.locator('#details-body');
    await poll(() => intro.textContent()).toContain('Each document (dark square) links to the instruments');
    expect(await intro.textContent()).toContain('Which documents cite');
    expect(await intro.locator('.starters .count').first().textContent()).toMatch(/^ 1 document$/);
    const weight = await cy<number>(
      page,
      `cy.edges('[?aggregate]').filter((e) => e.target().id() === 'uncac').map((e) => e.data('weight'))[0]`,
    );
    expect(weight).toBeGreaterThan(1);
    await clickNode(page, SYMBOL);
    await poll(() => selectedId(page!)).toBe(SYMBOL);
    await page.locator('#cy').focus();
    await page.keyboard.press('Enter');
    await poll(() => cy<number>(page!, "cy.nodes('.paragraph').length")).toBeGreaterThan(10);
    expect(new URL(page.url()).searchParams.get('open')).toBe(SYMBOL);
    // The paragraphs' own citations stand in for the weighted edge while the document is open.
    expect(await cy<number>(page, 'cy.edges(\'[?aggregate][type = "CITES"]\').filter((e) => e.visible()).length')).toBe(
      0,
    );
    // As many citing paragraphs as the weight said.
    expect(
      await cy<number>(
        page,
        `cy.edges('.CITES').filter((e) => e.visible() && e.target().id() === 'uncac').sources().length`,
      ),
    ).toBe(weight);
    await page.keyboard.press('Enter');
    await poll(() => cy<number>(page!, "cy.nodes('.paragraph').length")).toBe(0);
    expect(
      await cy<number>(page, 'cy.edges(\'[?aggregate][type = "CITES"]\').filter((e) => e.visible()).length'),
    ).toBeGreaterThan(0);
    // Back reopens it: the open documents live in the URL.
    await page.goBack();
    await poll(() => cy<number>(page!, "cy.nodes('.paragraph').length")).toBeGreaterThan(10);
  });
});

describe('the canvas', () => {
  it('moves the selection to a neighbour with the arrow keys', async () => {
    page = await openExplorer(explorer);
    await clickNode(page, 'uncac');
    await poll(() => selectedId(page!)).toBe('uncac');
    await page.locator('#cy').focus();
    const neighbours = await cy<string[]>(
      page,
      "cy.getElementById('uncac').neighborhood().nodes().filter((n) => n.visible()).map((n) => n.id())",
    );
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) {
      await page.keyboard.press(key);
      if ((await selectedId(page)) !== 'uncac') break;
    }
    expect(neighbours).toContain(await selectedId(page));
  });

  it('lets go of a selection that a filter takes away, and the details panel follows', {
    timeout: 120_000,
  }, async () => {
    page = await openExplorer(explorer);
    await clickNode(page, 'uncac');
    await poll(() => page!.locator('#details-body h2').first().textContent()).not.toBe('Who cites what');
    await page.locator('#filter-kinds label', { hasText: 'Instrument' }).click();
    await poll(() => selectedId(page!)).toBeNull();
    await poll(() => page!.locator('#details-body h2').first().textContent()).toBe('Who cites what');
    expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
  });

  it('draws no two overlapping labels at the default zoom of the default views', { timeout: 180_000 }, async () => {
    for (const query of ['', '?doc=*', '?layout=hierarchical', '?layout=document']) {
      // As most readers see them: the first picture, then the full layout's animated pass.
      page = await openExplorer(explorer, query, undefined, { motion: 'no-preference' });
      // Labels are placed once the view has stopped moving; two frames later they are drawn.
      await page.waitForFunction(() => {
        const ig = (
          window as unknown as {
            instrumentGraph: { cy: { animated(): boolean }; app: { canvas: { relabelPending: boolean } } };
          }
        ).instrumentGraph;
        return !ig.cy.animated() && !ig.app.canvas.relabelPending;
      });
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
      expect(await cy<number>(page, OVERLAPS), `overlapping labels in ${query || 'the default view'}`).toBe(0);
      await page.close();
      page = undefined;
    }
  });
});
