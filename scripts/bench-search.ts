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

/**
 * When the page showed what the reader waits for, by the page's own clock.
 * Playwright's waits poll at growing intervals (up to 500 ms), so a time
 * taken outside the page is the poll that saw the results, not the moment
 * they appeared: one search measured 0.4 s or 0.9 s from run to run that
 * way. Installed before the page's scripts run; self-contained, as it is
 * sent to the page as source text.
 */
function installPageClock(): void {
  const clock: PageClock = { ready: -1, submitted: -1, shown: -1 };
  window.searchClock = clock;
  document.addEventListener(
    'submit',
    () => {
      clock.submitted = performance.now();
      clock.shown = -1;
    },
    true,
  );
  document.addEventListener('DOMContentLoaded', () => {
    const results = document.querySelector('#search-results');
    if (!results) return;
    // The callback runs right after the page changes the results, before the next paint.
    new MutationObserver(() => {
      if (clock.ready < 0 && results.querySelector('p')) clock.ready = performance.now();
      if (clock.submitted >= 0 && clock.shown < 0 && results.querySelector('.search-summary, .notice')) {
        clock.shown = performance.now();
      }
    }).observe(results, { childList: true, subtree: true });
  });
}

/** The page clock's readings, in ms from the start of navigation; -1 until taken. */
interface PageClock {
  ready: number;
  submitted: number;
  shown: number;
}

declare global {
  interface Window {
    searchClock: PageClock;
  }
}

export async function measureSearch(distDir: string, queries: string[]): Promise<SearchMeasurement[]> {
  const site = await serveDirectory(distDir);
  const browser = await launchBrowser();
  const measurements: SearchMeasurement[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(installPageClock);
      const clock = () => page.evaluate(() => window.searchClock);
      const counter = countBytes(context);
      await page.goto(site.url('tim-kiem/'));
      await page.locator('#search-results p').first().waitFor();
      // From the start of navigation (the page clock's zero) to the prompt, shown once Pagefind is ready.
      const startupMs = (await clock()).ready;
      // Requests still finishing are counted, not timed.
      await page.waitForTimeout(200);
      // The page, its script and Pagefind's start-up (entry, WebAssembly, filters).
      const startup = { bytes: counter.take(), ms: startupMs };

      const shown = async (): Promise<number> => {
        await page.waitForFunction(() => window.searchClock.shown >= 0, null, { timeout: 120_000 });
        const { submitted, shown: at } = await clock();
        return at - submitted;
      };
      await page.fill('#search-query', query);
      await page.press('#search-query', 'Enter');
      const firstMs = await shown();
      await page.waitForTimeout(200);
      const first = {
        bytes: counter.take(),
        ms: firstMs,
        results: await page.locator('.search-results li').count(),
      };

      const secondQuery = `${query} hội nghị`;
      await page.fill('#search-query', secondQuery);
      await page.press('#search-query', 'Enter');
      const secondMs = await shown();
      const second = {
        query: secondQuery,
        bytes: counter.take(),
        ms: secondMs,
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
