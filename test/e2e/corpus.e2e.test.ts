// The cross-document views in headless Chromium, on a server seeded with the Bangkok Declaration
// and the 27 GA resolutions of the ga-80 corpus: who cites the NPT (grouped by document), the
// document picker, Compare, the Timeline of UNCAC, the time filter, the resolution chain and the
// co-citation network. Screenshots at 1280×720 and 390×844 land in test-results/.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { corpusFiles, DEFAULT_DOCUMENT } from '../../seed/corpora.ts';
import { resetGraph, seedDocuments } from '../../seed/seed-documents.ts';
import { cy, nextFrames, openExplorer, SHOTS, startExplorer, type Explorer } from './explorer-support.ts';

const NARROW = { width: 390, height: 844 };
let explorer: Explorer;
let page: Page | undefined;

beforeAll(async () => {
  explorer = await startExplorer();
  // test/int/api/corpus.int.test.ts empties the graph when it ends: seed the corpus here, ourselves.
  const report = await seedDocuments(explorer.api.db, [DEFAULT_DOCUMENT, ...corpusFiles('ga-80')], { onError: 'stop' });
  const failed = report.documents.filter((d) => d.status !== 'loaded' && d.status !== 'unchanged');
  if (failed.length > 0)
    throw new Error(`seeding failed: ${failed.map((d) => `${d.file}: ${d.error ?? d.status}`).join('; ')}`);
}, 300_000);
afterAll(async () => {
  // Other files expect the Bangkok Declaration alone; their own beforeAll seeds it again.
  if (explorer) await resetGraph(explorer.api.db);
  await explorer?.close();
}, 120_000);
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });
const textOf = async (locator: Locator) => (await locator.allTextContents()).join(' ').trim();
const shot = (p: Page, name: string) => p.screenshot({ path: join(SHOTS, `corpus-${name}.png`) });
const state = (p: Page) =>
  p.evaluate(
    () =>
      (window as unknown as { instrumentGraph: { app: { state: Record<string, unknown> } } }).instrumentGraph.app.state,
  );
const param = (p: Page, name: string) => new URL(p.url()).searchParams.get(name);

describe('the explorer across the corpus', () => {
  it('picks the NPT and lists the GA resolutions that cite it, grouped by document', async () => {
    const { data } = await explorer.api.gql(
      '{ citingDocuments(target: "npt") { document { symbol } paragraphCount } }',
    );
    const expected = data.citingDocuments.map((d: { document: { symbol: string } }) => d.document.symbol);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    page = await openExplorer(explorer);
    await page.keyboard.press('/');
    await page.keyboard.type('Non-Proliferation');
    await poll(() => textOf(page!.locator('#search-results [role=option]').first())).toContain('NPT');
    await page.keyboard.press('Enter');
    const panel = page.locator('#details-body');
    await poll(() => textOf(panel.locator('h2'))).toBe('NPT');
    const groups = panel.locator('.citing-docs details.citing-doc');
    await poll(() => groups.evaluateAll((els) => els.map((e) => e.getAttribute('data-document')))).toEqual(expected);
    expect(expected.every((s: string) => s.startsWith('A/RES/80/'))).toBe(true);
    await poll(() => textOf(panel.locator('.citing-docs h3'))).toContain(`${expected.length} documents`);
    // The cited words are marked, and a paragraph link selects that paragraph.
    const first = groups.first();
    await poll(() => textOf(first.locator('mark').first())).toContain('Non-Proliferation');
    await shot(page, 'npt-cited-by');
    const link = first.locator('a.paragraph').first();
    const id = await link.getAttribute('data-target');
    await link.click();
    await poll(async () => (await state(page!)).selected).toBe(id);
    await poll(() => textOf(panel.locator('h2'))).toMatch(/¶|Preamble/);
  });

  it('switches the graph between one document and the whole corpus, kept in the URL', async () => {
    page = await openExplorer(explorer);
    await page.locator('#doc-pick').waitFor({ state: 'visible' });
    await page.locator('#doc-picker').selectOption('*');
    // The whole corpus opens as its overview: documents and what they cite, no paragraphs.
    const { data } = await explorer.api.gql('{ overview { nodes { id } } }');
    const unique = new Set(data.overview.nodes.map((n: { id: string }) => n.id)).size;
    await poll(() => cy<number>(page!, 'cy.nodes().length')).toBe(unique);
    expect(await cy<number>(page, "cy.nodes('.paragraph').length")).toBe(0);
    expect(param(page, 'doc')).toBe('*');
    await page.locator('#doc-picker').selectOption('A/RES/80/24');
    // The overview holds no paragraphs: wait until 80/24's are drawn, and nothing of another document.
    await poll(() => cy<boolean>(page!, "cy.getElementById('A/RES/80/24#preamble-1').nonempty()")).toBe(true);
    expect(await cy<boolean>(page, "cy.getElementById('E/CN.15/2005/5#op-12').nonempty()")).toBe(false);
    expect(param(page, 'doc')).toBe('A/RES/80/24');
    await shot(page, 'picker-80-24');
    await page.goBack();
    await poll(() => cy<number>(page!, 'cy.nodes().length')).toBe(unique);
  });

  it('compares two documents in three columns, each entry selecting its node', async () => {
    const { data } = await explorer.api.gql(
      '{ compareDocuments(a: "A/RES/80/14", b: "A/RES/80/15") { both { target { id } } onlyA { target { id } } onlyB { target { id } } } }',
    );
    const c = data.compareDocuments;
    page = await openExplorer(
      explorer,
      `?view=compare&cmpA=${encodeURIComponent('A/RES/80/14')}&cmpB=${encodeURIComponent('A/RES/80/15')}`,
    );
    const col = (key: string) => page!.locator(`.compare-col.${key} .compare-list li`);
    await poll(() => col('both').count()).toBe(c.both.length);
    expect(await col('onlyA').count()).toBe(c.onlyA.length);
    expect(await col('onlyB').count()).toBe(c.onlyB.length);
    expect(await textOf(page.locator('#cmp-h-both'))).toBe(`Both cite ${c.both.length}`);
    expect(await textOf(page.locator('.compare-col.both'))).toContain('Treaty of Pelindaba');
    await shot(page, 'compare');
    // Keyboard: choose B by its select, then the first shared target with Enter.
    await page.locator('#cmp-b').selectOption('A/RES/80/17');
    await poll(() => param(page!, 'cmpB')).toBe('A/RES/80/17');
    await poll(() => textOf(page!.locator('#cmp-h-onlyB'))).toContain('A/RES/80/17');
    await page.locator('.compare-col.both .compare-list button').first().focus();
    await page.keyboard.press('Enter');
    await poll(async () => (await state(page!)).view).toBe('graph');
    expect((await state(page)).selected).toBeTruthy();
  });

  it('draws the timeline of UNCAC: adoption, opening for signature, entry into force, citation', async () => {
    page = await openExplorer(explorer, '?view=timeline&tl=uncac');
    const rows = page.locator('.timeline-table tbody tr');
    await poll(() => rows.count()).toBeGreaterThanOrEqual(3);
    await poll(() => textOf(page!.locator('.timeline-table tr.adopted'))).toContain('2003-10-31');
    expect(await textOf(page.locator('.timeline-table tr.enteredIntoForce'))).toContain('2005-12-14');
    expect(await textOf(page.locator('.timeline-table tr.cited'))).toContain('E/CN.15/2005/5');
    // Drawn on the axis with a marker per kind, adoption left of entry into force.
    const x = (kind: string) =>
      page!
        .locator(`.timeline-svg g.event.${kind} circle, .timeline-svg g.event.${kind} polygon`)
        .first()
        .boundingBox();
    expect((await x('adopted'))!.x).toBeLessThan((await x('enteredIntoForce'))!.x);
    await poll(() => page!.locator('.legend li').count()).toBe(5);
    await shot(page, 'timeline-uncac');
    // The Bangkok Declaration prints no date: its citation carries the date its text gives, marked.
    expect(await textOf(page.locator('.timeline-table tr.cited'))).toContain('2005-04-25 (inferred)');
    // Played through time from the keyboard: each year fades what came later, and it stops at the end.
    await page.locator('.play-bar button.play').focus();
    await page.keyboard.press('Enter');
    await poll(() => textOf(page!.locator('.play-status'))).toContain('By the end of 2004');
    await poll(() => page!.locator('.timeline-svg g.event.enteredIntoForce.later').count()).toBe(1);
    await poll(() => textOf(page!.locator('.play-status'))).toContain('(the end)');
    expect(await page.locator('.timeline-svg g.event.later').count()).toBe(0);
    expect(await textOf(page.locator('.play-bar button.play'))).toContain('Play again');
    // The corpus's timeline: every instrument's dates.
    await page.locator('#tl-scope').selectOption('');
    await poll(() => textOf(page!.locator('#timeline .count').first())).toContain('in the corpus');
    await shot(page, 'timeline-corpus');
  });

  it('hides UNCAC before 2003 with the time filter, kept in the URL', async () => {
    page = await openExplorer(explorer);
    const shown = () => cy<boolean>(page!, "cy.getElementById('uncac').visible()");
    expect(await shown()).toBe(true);
    await page.locator('#asof').fill('2002-12-31');
    await poll(shown).toBe(false);
    expect(param(page, 'asof')).toBe('2002-12-31');
    await poll(() => textOf(page!.locator('#asof-info'))).toContain('hidden');
    await poll(() => textOf(page!.locator('#filter-kinds li', { hasText: 'Instrument' }))).toMatch(/\d+\/\d+/);
    await shot(page, 'time-2002');
    // The year slider by keyboard: one step right is the end of 2003, when UNCAC existed.
    await page.locator('#asof-year').focus();
    await page.keyboard.press('ArrowRight');
    await poll(() => param(page!, 'asof')).toBe('2003-12-31');
    await poll(shown).toBe(true);
    await page.locator('#asof-clear').click();
    await poll(() => param(page!, 'asof')).toBeNull();
    // A shared link applies the filter from the start.
    const again = await openExplorer(explorer, '?asof=2002-12-31');
    await expect
      .poll(() => cy<boolean>(again, "cy.getElementById('uncac').visible()"), { timeout: 20_000 })
      .toBe(false);
    await again.close();
  });

  it('walks the chain back from A/RES/80/24 to A/RES/79/50, marking what is not loaded', async () => {
    page = await openExplorer(explorer, '?view=chain');
    await page.locator('#chain-symbol').fill('A/RES/80/24');
    await page.keyboard.press('Enter');
    const target = page.locator('.chain-steps a[data-target="A/RES/79/50"]');
    await poll(() => target.count()).toBe(1);
    expect(await target.getAttribute('class')).toContain('not-loaded');
    expect(param(page, 'chain')).toBe('A/RES/80/24');
    const chainCy = await page.evaluate(() => {
      const el = document.querySelector('#chain .chain-canvas') as HTMLElement & {
        _cyreg?: { cy: { getElementById(id: string): { position(): { x: number } } } };
      };
      const c = el._cyreg!.cy;
      return {
        start: c.getElementById('A/RES/80/24').position().x,
        back: c.getElementById('A/RES/79/50').position().x,
      };
    });
    expect(chainCy.back).toBeLessThan(chainCy.start);
    await shot(page, 'chain');
    // The details of A/RES/80/24 offer the same walk.
    await target.click();
    await poll(() => textOf(page!.locator('#details-body h2'))).toBe('A/RES/79/50');
    await page.locator('#details-body').getByRole('button', { name: 'Walk the chain' }).click();
    await poll(() => param(page!, 'chain')).toBe('A/RES/79/50');
  });

  it('draws the co-citation network and drills into a pair’s paragraphs', async () => {
    page = await openExplorer(explorer, '?view=cocitation');
    const pairs = page.locator('table.pairs tbody tr');
    await poll(() => pairs.count()).toBeGreaterThan(5);
    const before = await pairs.count();
    await pairs.first().locator('button').click();
    const drill = page.locator('.cc-drill');
    await poll(() => drill.locator('.pair-doc').count()).toBeGreaterThan(0);
    await poll(() => drill.locator('mark').count()).toBeGreaterThan(0);
    await shot(page, 'cocitation');
    await page.locator('#cc-min').fill('3');
    await page.locator('#cc-min').press('Enter');
    await poll(() => param(page!, 'minw')).toBe('3');
    await poll(() => pairs.count()).toBeLessThan(before);
  });

  it('works on a narrow screen', async () => {
    for (const [name, query] of [
      ['narrow-npt', '?sel=npt'],
      ['narrow-compare', '?view=compare'],
      ['narrow-timeline', '?view=timeline&tl=uncac'],
      ['narrow-chain', '?view=chain&chain=A%2FRES%2F80%2F24'],
      ['narrow-cocitation', '?view=cocitation'],
    ] as const) {
      const p = await openExplorer(explorer, query, NARROW);
      // The view has fetched what it shows (no request for 500 ms) and drawn it.
      await p.waitForLoadState('networkidle');
      await nextFrames(p);
      const overflow = await p.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, name).toBeLessThanOrEqual(1);
      await shot(p, name);
      await p.close();
    }
  });
});
