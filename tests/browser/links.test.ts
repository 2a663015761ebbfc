/**
 * Every internal href, src and form action in dist/ resolves, for a plain
 * build and for a build under BASE_PATH=/archive/ (a GitHub Pages project
 * site). scripts/build.ts always writes dist/, so the base-path build runs
 * last and a plain build is restored afterwards.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/check-links.ts';
import { launchBrowser } from './support/browser.ts';
import { DIST, buildSite, ensureBuilt, serveDirectory } from './support/site.ts';

describe('plain build', () => {
  beforeAll(() => ensureBuilt('/'));

  it('has no broken internal link', async () => {
    const { pages, links, broken } = await checkLinks(DIST, '/');
    expect(pages).toBeGreaterThan(25);
    expect(links).toBeGreaterThan(300);
    expect(broken).toEqual([]);
  });
});

describe('build under BASE_PATH=/archive/', () => {
  let browser: Browser;

  beforeAll(async () => {
    buildSite('/archive/');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    buildSite('/');
  });

  it('has no broken internal link, and none escapes the base path', async () => {
    const { links, broken } = await checkLinks(DIST, '/archive/');
    expect(links).toBeGreaterThan(300);
    expect(broken).toEqual([]);
  });

  it('is a working site when served from /archive/', async () => {
    const site = await serveDirectory(DIST, '/archive/');
    try {
      const page = await browser.newPage();
      await page.goto(site.url());
      // The stylesheet loaded from under the base: the header has its colour.
      const background = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).not.toBe('rgba(0, 0, 0, 0)');
      await page.getByRole('link', { name: 'Đơn vị' }).first().click();
      expect(new URL(page.url()).pathname).toBe('/archive/don-vi/');
      await page.getByRole('link', { name: 'Quận ủy Quận 4', exact: true }).click();
      expect(new URL(page.url()).pathname).toBe('/archive/don-vi/quan-uy-quan-4/');
      const form = page.locator('form.search-box');
      expect(await form.getAttribute('action')).toBe('/archive/tim-kiem/');
      await page.locator('#site-search').fill('Bích Liên');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/archive\/tim-kiem\/\?q=/);
      expect(new URL(page.url()).searchParams.get('q')).toBe('Bích Liên');
      const feed = await page.request.get(site.url('rss.xml'));
      expect(await feed.text()).toContain('/archive/bao-cao/');
    } finally {
      await site.close();
    }
  });
});
