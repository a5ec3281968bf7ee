// "Add document" in headless Chromium, on a loopback server with the write path: a text file
// picked with the keyboard and A/RES/73/8's official PDF dropped are previewed (paragraphs, cited
// words marked, warnings), loaded on confirmation, then open in the graph, are listed in the
// document picker and answer `citations`; a binary file dropped shows its coded error and changes
// nothing. Screenshots of the previews and the error land in test-results/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { census } from '../reliability/support.ts';
import { removeDocument, uploadServer } from '../int/api/upload-support.ts';
import { openExplorer, ROOT, settle, SHOTS, startExplorer, type Explorer } from './explorer-support.ts';

const TEXT_FILE = join(ROOT, 'seed/corpus/ga-80/A-RES-80-1.txt');
const PDF_FILE = join(ROOT, 'seed/corpus/pdf/A_RES_73_8-EN.pdf');
const ADDED = ['A/RES/80/1', 'A/RES/73/8'];
let explorer: Explorer;
let page: Page | undefined;

beforeAll(async () => {
  explorer = await startExplorer(
    {},
    {
      prepare: async (api) => {
        for (const symbol of ADDED) await removeDocument(api.db, symbol);
      },
      serve: (api, clientDir) => uploadServer(api, {}, clientDir),
    },
  );
}, 300_000);
afterAll(async () => {
  if (explorer) for (const symbol of ADDED) await removeDocument(explorer.api.db, symbol);
  await explorer?.close();
}, 120_000);
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const poll = <T>(fn: () => T | Promise<T>, timeout = 60_000) => expect.poll(fn, { timeout, interval: 100 });
const shot = (p: Page, name: string) => p.screenshot({ path: join(SHOTS, `upload-${name}.png`) });

/** Drops a file on the dialog's drop zone as a user's drag and drop does: a drop event with a DataTransfer. */
async function dropFile(p: Page, name: string, bytes: Buffer, type: string): Promise<void> {
  const transfer = await p.evaluateHandle(
    ({ name, base64, type }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], name, { type }));
      return dt;
    },
    { name, base64: bytes.toString('base64'), type },
  );
  await p.dispatchEvent('#add-document-drop', 'dragover', { dataTransfer: transfer });
  await p.dispatchEvent('#add-document-drop', 'drop', { dataTransfer: transfer });
}

/** Confirms the preview, then waits for the page to open the new document's graph. */
async function confirmAndOpen(p: Page, symbol: string): Promise<void> {
  await p.click('#add-document-confirm');
  await p.waitForURL((url) => url.searchParams.get('doc') === symbol, { timeout: 60_000 });
  await settle(p);
}

async function citingDocuments(target: string): Promise<string[]> {
  const { data } = await explorer.api.gql(
    'query($t: ID!) { citations(target: $t) { paragraph { document { symbol } } } }',
    { t: target },
  );
  return (data?.citations ?? []).map(
    (c: { paragraph: { document: { symbol: string } } }) => c.paragraph.document.symbol,
  );
}

describe('Add document', () => {
  it('takes a text file chosen with the keyboard: preview, confirm, then graph, picker and citations', async () => {
    page = await openExplorer(explorer);
    const button = page.locator('#btn-add-document');
    await button.focus();
    await page.keyboard.press('Enter');
    await poll(() => page!.evaluate(() => (document.getElementById('add-document') as HTMLDialogElement).open)).toBe(
      true,
    );
    // The file picker is a button the keyboard reaches; the file itself is set as the picker would.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('choose a file…');
    await page.setInputFiles('#add-document-file', TEXT_FILE);
    const preview = page.locator('#add-document-preview');
    await preview.waitFor({ timeout: 60_000 });
    expect(await preview.locator('h3').textContent()).toContain('A/RES/80/1');
    const marked = await preview.locator('.marked-text a.cite').allTextContents();
    expect(marked).toContain('Headquarters Agreement');
    await shot(page, 'preview-text');
    await confirmAndOpen(page, 'A/RES/80/1');
    // The picker fills once the sidebar's data arrives, after the graph is drawn.
    await poll(() => page!.locator('#doc-picker option[value="A/RES/80/1"]').count()).toBe(1);
    await poll(() => page!.locator('#doc-picker').inputValue()).toBe('A/RES/80/1');
    expect(await page.locator('#doc-pick').isVisible()).toBe(true);
    expect(await citingDocuments('un-headquarters-agreement')).toContain('A/RES/80/1');
  }, 180_000);

  it("takes A/RES/73/8's official PDF dropped on it: preview, confirm, then graph, picker and citations", async () => {
    page = await openExplorer(explorer);
    await page.click('#btn-add-document');
    await dropFile(page, 'A_RES_73_8-EN.pdf', readFileSync(PDF_FILE), 'application/pdf');
    // Progress shows while the server reads the PDF (seconds); the preview then replaces it.
    const progress = page.locator('#add-document-progress');
    await progress.waitFor({ timeout: 10_000 });
    expect(await progress.textContent()).toMatch(/(Sending|Reading) A_RES_73_8-EN\.pdf/);
    await shot(page, 'reading-pdf');
    const preview = page.locator('#add-document-preview');
    await Promise.race([
      preview.waitFor({ timeout: 90_000 }),
      page.locator('#add-document-error').waitFor({ timeout: 90_000 }),
    ]);
    await shot(page, 'preview-pdf');
    const refused = page.locator('#add-document-error');
    expect((await refused.count()) ? await refused.textContent() : null).toBeNull();
    expect(await preview.locator('h3').textContent()).toContain('A/RES/73/8');
    expect(await preview.locator('.paragraphs > li').count()).toBeGreaterThanOrEqual(8);
    // "Recalling ... resolution 72/4": the cited words are marked in the preview.
    const targets = await preview
      .locator('.marked-text a.cite')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-target')));
    expect(targets).toContain('A/RES/72/4');
    const recall = preview.locator('li[data-paragraph="op-1"]');
    await recall.scrollIntoViewIfNeeded();
    expect(await recall.locator('.pages').textContent()).toMatch(/pp?\. \d/);
    await shot(page, 'preview-pdf-op-1');
    await confirmAndOpen(page, 'A/RES/73/8');
    await poll(() => page!.locator('#doc-picker option[value="A/RES/73/8"]').count()).toBe(1);
    expect(await citingDocuments('A/RES/72/4')).toContain('A/RES/73/8');
  }, 180_000);

  it('shows the coded error of a binary file dropped on it, and the graph is unchanged', async () => {
    const before = await census(explorer.api.db);
    page = await openExplorer(explorer);
    await page.click('#btn-add-document');
    const bytes = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256));
    await dropFile(page, 'archive.bin', bytes, 'application/octet-stream');
    const error = page.locator('#add-document-error');
    await error.waitFor({ timeout: 60_000 });
    expect(await error.getAttribute('data-code')).toBe('BINARY_FILE');
    expect(await error.textContent()).toContain('archive.bin');
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await page.locator('#add-document-confirm').count()).toBe(0);
    await shot(page, 'error-binary');
    expect(await census(explorer.api.db)).toEqual(before);
  }, 120_000);
});
