/**
 * Every page type: no serious or critical axe-core violation, in light
 * and dark mode, and a full-page screenshot at 375 px and 1280 px wide in
 * test-output/screenshots/ for a person to look at.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations, watchPage } from './support/browser.ts';
import { startSite, type Site } from './support/site.ts';

const PAGE_TYPES: Record<string, string> = {
  home: '',
  report: 'bao-cao/hoi-nghi-chuyen-de-mo-rong-ban-chap-hanh-dang-bo-quan-4-nhiem-ky-2020-2025/',
  units: 'don-vi/',
  unit: 'don-vi/quan-uy-quan-4/',
  terms: 'nhiem-ky/',
  term: 'nhiem-ky/2020-2025/',
  people: 'nhan-vat/',
  person: 'nhan-vat/thai-thi-bich-lien/',
  years: 'nam/',
  year: 'nam/2020/',
  search: 'tim-kiem/',
  data: 'du-lieu/',
  'not-found': 'khong-co-trang-nay/',
};

const WIDTHS = [375, 1280];

let site: Site;
let browser: Browser;

beforeAll(async () => {
  site = await startSite();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe.each(Object.entries(PAGE_TYPES))('%s page', (name, sitePath) => {
  it.each(WIDTHS)('at %i px: accessible, no script but search, screenshot saved', async (width) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // The pages forbid inline script (CSP); axe-core is injected as one, so this
      // test context lets the test's own script in. The escaping test checks the CSP.
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme, bypassCSP: true });
      const page = await context.newPage();
      const seen = watchPage(page);
      const response = await page.goto(site.url(sitePath));
      expect(response?.status()).toBe(name === 'not-found' ? 404 : 200);
      // Nothing wider than the viewport: no sideways scrolling on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Only the search page runs a script: one external module, never inline.
      const scripts = await page
        .locator('script')
        .evaluateAll((nodes) =>
          nodes.map((node) => ({ src: node.getAttribute('src'), inline: node.textContent?.trim() ?? '' })),
        );
      if (name === 'search') {
        expect(scripts).toHaveLength(1);
        expect(scripts[0]).toMatchObject({ inline: '' });
        expect(scripts[0]!.src).toMatch(/\/_astro\/.+\.js$/);
      } else {
        expect(scripts).toEqual([]);
      }
      await screenshot(page, `${name}-${width}${colorScheme === 'dark' ? '-dark' : ''}`);
      expect(await seriousViolations(page)).toEqual([]);
      expect(seen.errors).toEqual([]);
      await context.close();
    }
  });
});
