// GraphiQL in headless Chromium: it draws offline (no request leaves the server) and every example
// tab runs without errors on the Bangkok Declaration. (Each example over the whole corpus, through
// the API alone: test/int/api/corpus.int.test.ts.)
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERIES } from '../../server/graphiql.ts';
import { startWarmExplorer, type Explorer } from './explorer-support.ts';

let explorer: Explorer;
beforeAll(async () => {
  // What is tested is that each example runs, not how fast.
  explorer = await startWarmExplorer();
}, 300_000);
afterAll(async () => explorer?.close(), 120_000);

/** The first field the example's operation selects: what its answer's `data` must hold. */
const rootField = (query: string) => /\{\s*(\w+)/.exec(query.replace(/^#.*$/gm, ''))![1]!;

async function runEveryExample(): Promise<{ outside: string[]; tabs: number; answers: string[] }> {
  const page: Page = await explorer.browser.newPage({ viewport: { width: 1280, height: 720 } });
  const outside: string[] = [];
  const local = new URL(explorer.server.url).origin;
  page.on('request', (r) => {
    if (!/^(data|blob):/.test(r.url()) && new URL(r.url()).origin !== local) outside.push(r.url());
  });
  try {
    // Opened bare, GraphiQL offers one tab per example.
    await page.goto(`${explorer.server.url}/graphql`);
    await page.locator('.graphiql-container').first().waitFor();
    const examples = Object.values(EXAMPLE_QUERIES);
    await page
      .locator('.graphiql-tab-button')
      .nth(examples.length - 1)
      .waitFor();
    const tabs = await page.locator('.graphiql-tab-button').count();
    // Each example is then opened as a shared link would (?query=) and run with the Run button.
    const answers: string[] = [];
    for (const query of examples) {
      const operation = /query (\w+)/.exec(query)![1]!;
      await page.goto(`${explorer.server.url}/graphql?query=${encodeURIComponent(query)}`);
      await page.locator('.graphiql-query-editor', { hasText: operation }).first().waitFor();
      await page.locator('.graphiql-execute-button').click();
      const field = rootField(query);
      // The answer: the operation's root field, or errors.
      await page.waitForFunction(
        (f) => {
          const text = document.querySelector('.result-window')?.textContent ?? '';
          return text.includes(`"${f}"`) || text.includes('"errors"');
        },
        field,
        { timeout: 30_000 },
      );
      answers.push(
        `${operation}: ${((await page.locator('.result-window').textContent()) ?? '').replace(/\s+/g, ' ').slice(0, 200)}`,
      );
    }
    return { outside, tabs, answers };
  } finally {
    await page.close();
  }
}

describe('GraphiQL', () => {
  it('works offline and runs every example without errors on the Bangkok Declaration', async () => {
    const { outside, tabs, answers } = await runEveryExample();
    expect(outside).toEqual([]);
    expect(tabs).toBe(Object.keys(EXAMPLE_QUERIES).length);
    expect(answers).toHaveLength(Object.keys(EXAMPLE_QUERIES).length);
    for (const answer of answers) expect(answer).not.toContain('"errors"');
  }, 120_000);
});
