/**
 * The cost of searching a built site in headless Chromium (Debian's, via
 * playwright-core): bytes transferred and time until results show, for a
 * first search on a fresh page and a second search on the same page.
 */
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from '../tests/browser/support/browser.ts';
import { serveDirectory } from '../tests/browser/support/site.ts';

export interface SearchCost {
  bytes: number;
  ms: number;
  results: number;
}

export interface SearchMeasurement {
  query: string;
  startup: { bytes: number; ms: number };
  first: SearchCost;
  second: SearchCost & { query: string };
}

/**
 * Counts bytes received, page and Pagefind's worker alike: Playwright
 * reports the requests of a page's dedicated workers on its context.
 */
function countBytes(context: BrowserContext): { take: () => number } {
  let total = 0;
  context.on('requestfinished', (request) => {
    void request.sizes().then((sizes) => {
      total += sizes.responseBodySize + sizes.responseHeadersSize;
    });
  });
  return {
    take() {
      const value = total;
      total = 0;
      return value;
    },
  };
}

export async function measureSearch(distDir: string, queries: string[]): Promise<SearchMeasurement[]> {
  const site = await serveDirectory(distDir);
  const browser = await launchBrowser();
  const measurements: SearchMeasurement[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const counter = countBytes(context);
      const startLoad = performance.now();
      await page.goto(site.url('tim-kiem/'));
      await page.locator('#search-results p').first().waitFor();
      const startupMs = performance.now() - startLoad;
      // Requests still finishing are counted, not timed.
      await page.waitForTimeout(200);
      // The page, its script and Pagefind's start-up (entry, WebAssembly, filters).
      const startup = { bytes: counter.take(), ms: startupMs };

      const shown = () =>
        page.locator('#search-results .search-summary, #search-results .notice').first().waitFor({ timeout: 120_000 });
      const startFirst = performance.now();
      await page.fill('#search-query', query);
      await page.press('#search-query', 'Enter');
      await shown();
      const firstMs = performance.now() - startFirst;
      await page.waitForTimeout(200);
      const first = {
        bytes: counter.take(),
        ms: firstMs,
        results: await page.locator('.search-results li').count(),
      };

      const secondQuery = `${query} hội nghị`;
      const before = await page.locator('#search-results').innerText();
      const startSecond = performance.now();
      await page.fill('#search-query', secondQuery);
      await page.press('#search-query', 'Enter');
      await page.waitForFunction(
        (previous) => document.querySelector('#search-results')?.textContent !== previous,
        before,
        { timeout: 120_000 },
      );
      await shown();
      const second = {
        query: secondQuery,
        bytes: counter.take(),
        ms: performance.now() - startSecond,
        results: await page.locator('.search-results li').count(),
      };
      await page.waitForTimeout(200);
      second.bytes += counter.take();
      measurements.push({ query, startup, first, second });
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return measurements;
}
