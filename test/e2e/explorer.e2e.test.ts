// The explorer in headless Chromium against the real API and a real seeded Neo4j. Screenshots
// land in test-results/ for a person to look at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clickNode, cy, openExplorer, settle, SHOTS, startExplorer, type Explorer } from './explorer-support.ts';

const SYMBOL = 'E/CN.15/2005/5';
const pid = (local: string) => `${SYMBOL}#${local}`;
let explorer: Explorer;
let page: Page | undefined;

beforeAll(async () => {
  explorer = await startExplorer();
});
afterAll(async () => {
  await explorer?.close();
});
afterEach(async () => {
  await page?.close();
  page = undefined;
});

/** Polls longer than vitest's 1 s default: a cold Neo4j on a busy machine answers slowly at first. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });
/** All the text of what a locator matches, for polling assertions. */
const textOf = async (locator: Locator) => (await locator.allTextContents()).join(' ').trim();
const shot = (name: string) => page!.screenshot({ path: join(SHOTS, `e2e-${name}.png`) });
const state = () =>
  page!.evaluate(
    () =>
      (window as unknown as { instrumentGraph: { app: { state: Record<string, unknown> } } }).instrumentGraph.app.state,
  );

describe('the explorer', () => {
  it('draws the whole Bangkok Declaration graph on first load, with a legend', async () => {
    page = await openExplorer(explorer, '', undefined, { motion: 'no-preference' });
    const { data } = await explorer.api.gql(`{ graph(document: "${SYMBOL}") { nodes { id } edges { id } } }`);
    expect(await cy<number>(page, 'cy.nodes().length')).toBe(data.graph.nodes.length);
    expect(await cy<number>(page, 'cy.edges().length')).toBe(data.graph.edges.length);
    // Themes start hidden; everything else is drawn.
    expect(await cy<number>(page, "cy.nodes('.paragraph').not('.filtered').length")).toBe(50);
    await poll(() => textOf(page!.locator('#filter-kinds li', { hasText: 'Paragraph' }))).toContain('50');
    await poll(() => textOf(page!.locator('#details-body'))).toContain('Which paragraphs cite');
    const metrics = await page.evaluate(
      () => (window as unknown as { instrumentGraph: { metrics: Record<string, number> } }).instrumentGraph.metrics,
    );
    console.log(`first render ${Math.round(metrics.firstRender!)} ms after navigation start`);
    // A quick first picture, which the full layout then polishes in motion.
    expect(metrics.polished).toBeGreaterThan(metrics.firstRender!);
    await shot('load');
  });

  it('moves nothing when the reader asks for reduced motion: one layout before the first paint, and Fit jumps', async () => {
    const fitAtOnce = (p: Page) =>
      p.evaluate(() => {
        const { cy } = (
          window as unknown as { instrumentGraph: { cy: { zoom(z?: number): number; animated(): boolean } } }
        ).instrumentGraph;
        cy.zoom(cy.zoom() * 3);
        const zoomed = cy.zoom();
        document.getElementById('btn-fit')!.click();
        // Read in the same turn as the click: an animation would not have moved the viewport yet.
        return { animated: cy.animated(), moved: cy.zoom() !== zoomed };
      });
    page = await openExplorer(explorer);
    const metrics = await page.evaluate(
      () => (window as unknown as { instrumentGraph: { metrics: Record<string, number> } }).instrumentGraph.metrics,
    );
    expect(metrics.polished).toBe(metrics.layoutDone);
    expect(await fitAtOnce(page)).toEqual({ animated: false, moved: true });
    await page.close();
    // Without the preference, the same Fit glides.
    page = await openExplorer(explorer, '', undefined, { motion: 'no-preference' });
    expect(await fitAtOnce(page)).toEqual({ animated: true, moved: false });
  });

  it('shows op-12 with its three treaties and footnotes highlighted at their words', async () => {
    page = await openExplorer(explorer);
    await clickNode(page, pid('op-12'));
    const panel = page.locator('#details-body');
    await poll(() => textOf(panel.locator('h2'))).toBe('¶ 12');
    const targets = await panel
      .locator('.marked-text a.cite')
      .evaluateAll((links) => links.map((a) => a.getAttribute('data-target')));
    expect(new Set(targets)).toEqual(new Set(['unesco-1970-convention', 'cites', 'cbd']));
    const cites = panel.locator('.marked-text a.cite');
    await poll(() => textOf(cites.first())).toContain('Convention on Means of Prohibiting');
    await poll(() => panel.locator('.marked-text .fn-marker').allTextContents()).toEqual(['5', '6', '7']);
    await poll(() => panel.locator('.footnotes li').count()).toBe(3);
    await poll(() => textOf(panel.locator('.footnotes'))).toContain('vol. 823, No. 11806');
    expect(await cy<boolean>(page, `cy.getElementById('${pid('op-12')}').selected()`)).toBe(true);
    await shot('op-12');
    // A marked citation leads to its instrument.
    await panel.locator('.marked-text a.cite[data-target="cbd"]').click();
    await poll(() => textOf(panel.locator('h2'))).toBe('CBD');
    await poll(() => textOf(panel)).toContain('Convention on Biological Diversity');
    await poll(() => textOf(panel)).toContain('vol. 1760, No. 30619');
  });

  it('answers "which paragraphs cite the Convention against Corruption" by search', async () => {
    page = await openExplorer(explorer);
    await page.keyboard.press('/');
    await page.keyboard.type('corruption');
    const options = page.locator('#search-results [role=option]');
    await poll(() => textOf(options.first())).toContain('UNCAC');
    await page.keyboard.press('Enter');
    const panel = page.locator('#details-body');
    await poll(() => textOf(panel.locator('h2'))).toBe('UNCAC');
    await poll(() => textOf(panel)).toContain('United Nations Convention against Corruption');
    expect(await cy<boolean>(page, "cy.getElementById('uncac').selected()")).toBe(true);
    await panel.getByRole('button', { name: 'Which paragraphs cite this?' }).click();
    await poll(() => textOf(panel.locator('h2'))).toBe('Paragraphs citing UNCAC');
    await poll(() => panel.locator('.citing li').count()).toBeGreaterThan(0);
    await poll(() => textOf(panel.locator('.citing mark').first())).toContain('Convention against Corruption');
    expect(await cy<number>(page, "cy.nodes('.highlight').length")).toBeGreaterThanOrEqual(4);
    await shot('search-corruption');
  });

  it('traces the shortest path between two picked nodes', async () => {
    page = await openExplorer(explorer);
    await clickNode(page, pid('op-12'));
    await page.locator('#btn-path-from').click();
    await clickNode(page, 'uncac');
    await poll(() => textOf(page!.locator('#details-body h2'))).toBe('UNCAC');
    await page.locator('#btn-path-to').click();
    await page.locator('#btn-path').click();
    await poll(() => textOf(page!.locator('#details-body h2'))).toContain('Path');
    const onPath = await cy<string[]>(page, "cy.nodes('.on-path').map((n) => n.id())");
    expect(onPath).toContain(pid('op-12'));
    expect(onPath).toContain('uncac');
    expect(onPath.length).toBeGreaterThanOrEqual(3);
    expect(new URL(page.url()).searchParams.get('to')).toBe('uncac');
    await shot('path');
  });

  it('filters by kind, relationship and theme, with counts', async () => {
    page = await openExplorer(explorer);
    await page.locator('#filter-kinds label', { hasText: 'Footnote' }).click();
    expect(await cy<number>(page, "cy.nodes('.footnote').not('.filtered').length")).toBe(0);
    await poll(() => textOf(page!.locator('#filter-kinds li', { hasText: 'Footnote' }))).toContain('0/10');
    await page.locator('#filter-rels label', { hasText: 'mentions' }).click();
    expect(await cy<number>(page, "cy.edges('.MENTIONS').not('.filtered').length")).toBe(0);
    await page.locator('#filter-theme').selectOption('corruption');
    const shown = await cy<string[]>(page, "cy.nodes('.paragraph').not('.filtered').map((n) => n.id())");
    expect(shown).toContain(pid('op-23'));
    expect(shown).not.toContain(pid('op-12'));
    expect(new URL(page.url()).searchParams.get('theme')).toBe('corruption');
    await shot('filter');
  });

  it('says why an answer is empty: a search that finds nothing, filters that leave nothing', async () => {
    page = await openExplorer(explorer);
    await page.keyboard.press('/');
    await page.keyboard.type('zzqxv');
    await poll(() => textOf(page!.locator('#search-results .empty'))).toMatch(
      /matches “zzqxv”.*Try fewer or shorter words/,
    );
    await page.keyboard.press('Escape');
    // Untick every kind: the filters panel says that nothing is left, why, and how to get it back.
    const ticked = page.locator('#filter-kinds input:checked');
    while ((await ticked.count()) > 0) {
      const before = await ticked.count();
      await ticked.first().click();
      await poll(() => ticked.count()).toBeLessThan(before);
    }
    const note = page.locator('p.empty[role=status]');
    await poll(() => textOf(note)).toMatch(
      /The filters leave no node on the canvas: .*Paragraph.* unticked.*Tick the kinds again/,
    );
    await shot('filters-leave-nothing');
    await page.locator('#filter-kinds label', { hasText: 'Paragraph' }).click();
    await poll(() => note.first().isHidden()).toBe(true);
  });

  it('exports the view as PNG, SVG, JSON and GraphML', async () => {
    page = await openExplorer(explorer);
    const visible = await cy<number>(page, "cy.nodes().not('.filtered, .hidden, .unfocused').length");
    const grab = async (format: string) => {
      await page!.locator('#export-menu summary').click();
      const [download] = await Promise.all([
        page!.waitForEvent('download'),
        page!.locator(`[data-export=${format}]`).click(),
      ]);
      return readFileSync((await download.path())!);
    };
    const json = JSON.parse((await grab('json')).toString('utf8')) as { nodes: unknown[]; edges: unknown[] };
    expect(json.nodes).toHaveLength(visible);
    expect((await grab('png')).subarray(1, 4).toString()).toBe('PNG');
    expect((await grab('svg')).toString('utf8')).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const graphml = (await grab('graphml')).toString('utf8');
    expect(graphml).toContain('<graphml');
    expect(graphml.match(/<node /g)).toHaveLength(visible);
  });

  it('keeps the view in the URL: a deep link restores it and back/forward step through it', async () => {
    const link = `?layout=concentric&sel=uncac&hideKinds=footnote,theme`;
    page = await openExplorer(explorer, link);
    expect(await state()).toMatchObject({
      layout: 'concentric',
      selected: 'uncac',
      hiddenKinds: ['footnote', 'theme'],
    });
    await poll(() => page!.locator('#layout').inputValue()).toBe('concentric');
    await poll(() => textOf(page!.locator('#details-body h2'))).toBe('UNCAC');
    expect(await cy<number>(page, "cy.nodes('.footnote').not('.filtered').length")).toBe(0);
    await page.locator('[data-view=matrix]').click();
    await page.locator('table.matrix').waitFor({ state: 'visible' });
    expect(new URL(page.url()).searchParams.get('view')).toBe('matrix');
    await shot('matrix');
    await page.goBack();
    await poll(async () => (await state()).view).toBe('graph');
    expect(new URL(page.url()).searchParams.get('sel')).toBe('uncac');
    await page.goForward();
    await poll(async () => (await state()).view).toBe('matrix');
    // The same link in a fresh page gives the same view.
    const again = await openExplorer(explorer, link);
    expect(
      await again.evaluate(
        () =>
          (window as unknown as { instrumentGraph: { app: { state: { selected: string } } } }).instrumentGraph.app.state
            .selected,
      ),
    ).toBe('uncac');
    await again.close();
  });

  it('reads the document with citations as chips that select their node', async () => {
    page = await openExplorer(explorer, '?view=reading');
    const chip = page.locator('#reading a.chip[data-target="cites"]').first();
    await chip.waitFor({ state: 'visible' });
    await shot('reading');
    await chip.click();
    await poll(async () => (await state()).selected).toBe('cites');
    expect((await state()).view).toBe('graph');
  });

  it('shows in the page when the API is down', async () => {
    page = await explorer.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${explorer.server.url}/`);
    const status = page.locator('#status');
    await status.waitFor({ state: 'visible' });
    await poll(() => status.getAttribute('role')).toBe('alert');
    await poll(() => textOf(status)).toContain('Cannot load the graph');
    await status.getByRole('button', { name: 'Retry' }).waitFor({ state: 'visible' });
    await shot('api-down');
    // The API back: Retry loads the graph.
    await page.unroute('**/graphql');
    await status.getByRole('button', { name: 'Retry' }).click();
    await settle(page);
    await status.waitFor({ state: 'hidden' });
  });

  it('shapes the canvas: hide, focus, undo and redo, expand by double-click', async () => {
    page = await openExplorer(explorer);
    const visible = (id: string) => cy<boolean>(page!, `cy.getElementById('${id}').visible()`);
    await clickNode(page, 'cbd');
    await page.locator('#btn-hide').click();
    expect(await visible('cbd')).toBe(false);
    await page.locator('#btn-undo').click();
    expect(await visible('cbd')).toBe(true);
    await page.locator('#btn-redo').click();
    expect(await visible('cbd')).toBe(false);
    await page.locator('#btn-undo').click();
    await clickNode(page, pid('op-12'));
    await page.locator('#btn-focus').click();
    expect(await visible('cbd')).toBe(true);
    expect(await visible('uncac')).toBe(false);
    expect(new URL(page.url()).searchParams.get('focus')).toBe(pid('op-12'));
    await shot('focus');
    await page.keyboard.press('Control+z');
    await poll(() => visible('uncac')).toBe(true);
    // Double-click asks for the neighbourhood; themes it brings stay filtered, the rest is kept.
    const before = await cy<number>(page, 'cy.elements().length');
    await page.evaluate(() =>
      (
        window as unknown as { instrumentGraph: { app: { expand(id: string): Promise<void> } } }
      ).instrumentGraph.app.expand('uncac'),
    );
    expect(await cy<number>(page, 'cy.elements().length')).toBeGreaterThanOrEqual(before);
    expect(await cy<boolean>(page, "cy.getElementById('A/RES/58/4').nonempty()")).toBe(true);
  });

  it('expands through one relationship type and direction, and keeps expansions and hidden nodes in the link', async () => {
    page = await openExplorer(explorer);
    // A target on the canvas whose neighbours not yet drawn come through more than one kind of
    // link, so that a narrowed expand can be seen to leave some out.
    const drawn = new Set(await cy<string[]>(page, 'cy.nodes().map((n) => n.id())'));
    const targets = await cy<string[]>(page, "cy.nodes('.instrument, .resolution').map((n) => n.id())");
    let pick: { id: string; rel: string; direction: 'IN' | 'OUT'; through: string[]; others: string[] } | undefined;
    for (const id of targets) {
      const { data } = await explorer.api.gql(
        `query($id: ID!) { neighborhood(id: $id) { edges { source target type } } }`,
        { id },
      );
      const groups = new Map<string, Set<string>>();
      for (const e of data.neighborhood.edges as { source: string; target: string; type: string }[]) {
        const other = e.source === id ? e.target : e.target === id ? e.source : null;
        if (!other || drawn.has(other)) continue;
        const key = `${e.type} ${e.source === id ? 'OUT' : 'IN'}`;
        groups.set(key, (groups.get(key) ?? new Set()).add(other));
      }
      if (groups.size < 2) continue;
      const [[key, through], ...rest] = [...groups] as [[string, Set<string>], ...[string, Set<string>][]];
      const [rel, direction] = key.split(' ') as [string, 'IN' | 'OUT'];
      const others = rest.flatMap(([, set]) => [...set]).filter((n) => !through.has(n));
      if (others.length > 0 && through.size <= 50) pick = { id, rel, direction, through: [...through], others };
      if (pick) break;
    }
    expect(pick, 'a drawn target with undrawn neighbours through two kinds of link').toBeDefined();
    const { id, rel, direction, through, others } = pick!;
    await page.locator('#expand-rel').selectOption(rel);
    await page.locator('#expand-dir').selectOption(direction);
    await clickNode(page, id);
    await page.locator('#btn-expand').click();
    await poll(() => new URL(page!.url()).searchParams.get('exp')).toBe(`${id}~${rel}~${direction.toLowerCase()}`);
    const has = (p: Page, n: string) => cy<boolean>(p, `cy.getElementById(${JSON.stringify(n)}).nonempty()`);
    for (const n of through) expect(await has(page, n)).toBe(true);
    for (const n of others) expect(await has(page, n)).toBe(false);
    await clickNode(page, 'cbd');
    await page.locator('#btn-hide').click();
    await poll(() => new URL(page!.url()).searchParams.get('hide')).toBe('cbd');
    // The link in a fresh page draws the same: the expansion replayed, the node still hidden.
    const again = await openExplorer(explorer, new URL(page.url()).search);
    await poll(() => has(again, through[0]!)).toBe(true);
    expect(await has(again, others[0]!)).toBe(false);
    expect(await cy<boolean>(again, "cy.getElementById('cbd').visible()")).toBe(false);
    await again.close();
  });

  it('saves the scene to a file that opens again, and says what is wrong with a bad one', async () => {
    page = await openExplorer(explorer, `?exp=${encodeURIComponent('uncac~ADOPTED_BY~out')}&hide=cbd`);
    await poll(() => cy<boolean>(page!, "cy.getElementById('A/RES/58/4').nonempty()")).toBe(true);
    // A block, not an expression: the node that position() returns must not go back to the test.
    await page.evaluate(() => {
      (
        window as unknown as { instrumentGraph: { cy: { getElementById(id: string): { position(p: object): void } } } }
      ).instrumentGraph.cy
        .getElementById('uncac')
        .position({ x: 4321, y: -123 });
    });
    await page.locator('#export-menu summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#btn-scene-save').click()]);
    const file = (await download.path())!;
    const scene = JSON.parse(readFileSync(file, 'utf8')) as {
      link: string;
      positions: Record<string, { x: number; y: number }>;
    };
    expect(scene.positions.uncac).toEqual({ x: 4321, y: -123 });
    const fresh = await openExplorer(explorer);
    // The picker is reached by its button; the file goes to the input the button opens.
    await fresh.locator('#btn-scene-open').focus();
    await fresh.locator('#scene-file').setInputFiles(file);
    await poll(() => cy<boolean>(fresh, "cy.getElementById('A/RES/58/4').nonempty()")).toBe(true);
    await poll(() => cy<{ x: number; y: number }>(fresh, "cy.getElementById('uncac').position()")).toEqual({
      x: 4321,
      y: -123,
    });
    expect(await cy<boolean>(fresh, "cy.getElementById('cbd').visible()")).toBe(false);
    expect(new URL(fresh.url()).searchParams.get('hide')).toBe('cbd');
    await fresh.locator('#scene-file').setInputFiles({
      name: 'not-a-scene.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "cytoscape"}'),
    });
    await poll(() => textOf(fresh.locator('#status'))).toContain('not-a-scene.json is not a scene');
    expect(await textOf(fresh.locator('#status'))).toContain('"format"');
    await fresh.close();
  });

  it('selects several nodes with a shift-drag box and hides or focuses them together', async () => {
    page = await openExplorer(explorer);
    const box = (await page.locator('#cy').boundingBox())!;
    // A box over the middle of the canvas, drawn with Shift held, as a user would.
    await page.keyboard.down('Shift');
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.3);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.55, { steps: 8 });
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.7, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    const selected = await cy<string[]>(page, "cy.nodes(':selected').filter((n) => n.visible()).map((n) => n.id())");
    expect(selected.length).toBeGreaterThanOrEqual(2);
    await page.locator('#bulk').waitFor({ state: 'visible' });
    expect(await textOf(page.locator('#bulk-count'))).toBe(`${selected.length} nodes selected`);
    await page.locator('#btn-bulk-focus').click();
    await poll(async () => ((await state()).focus as string[]).length).toBe(selected.length);
    await page.locator('#btn-undo').click();
    await poll(async () => ((await state()).focus as string[]).length).toBe(0);
    await cy(page, `cy.nodes().filter((n) => ${JSON.stringify(selected)}.includes(n.id())).select().length`);
    await page.locator('#btn-bulk-hide').click();
    await poll(() =>
      cy<number>(page!, `cy.nodes('.hidden').filter((n) => ${JSON.stringify(selected)}.includes(n.id())).length`),
    ).toBe(selected.length);
    expect((new URL(page.url()).searchParams.get('hide') ?? '').split(',').sort()).toEqual([...selected].sort());
    await shot('box-hide');
  });

  it('works on a narrow screen', async () => {
    page = await openExplorer(explorer, `?sel=${encodeURIComponent(pid('op-12'))}`, { width: 390, height: 844 });
    await poll(() => textOf(page!.locator('#details-body h2'))).toBe('¶ 12');
    const box = await page.locator('#cy').boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    // The controls leave most of the first screen to the graph: the views scroll sideways in
    // one row instead of wrapping (wrapped, the graph started 265 px down, of 844).
    const views = await page.locator('nav.views').boundingBox();
    expect(views!.height).toBeLessThan(40);
    expect(box!.y).toBeLessThan(240);
    // The Tab key goes through the header's controls row by row, as they are drawn: it never
    // goes back up (before, it went from the search, drawn last, to the top row).
    await page.focus('#search');
    const rows: { id: string; y: number }[] = [];
    for (let i = 0; i < 40; i++) {
      const at = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement;
        if (!focused.closest('.topbar')) return null;
        return { id: focused.id || focused.textContent!.trim(), y: focused.getBoundingClientRect().top };
      });
      if (!at) break;
      rows.push(at);
      await page.keyboard.press('Tab');
    }
    expect(rows.length).toBeGreaterThan(10);
    const upwards = rows.filter((at, i) => i > 0 && at.y < rows[i - 1]!.y - 4);
    expect(upwards, JSON.stringify(rows)).toEqual([]);
    await shot('narrow');
  });
});
