/**
 * Search over a time-sharded index, as a large archive has it: the built
 * samples re-indexed in shards of two reports (a shard size of four cuts
 * at half that on so few pages: see planShards). The first search loads
 * only the newest shard and says what it covered; the reader loads older
 * ones; a year filter loads the shards of that year by itself.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { isShardFolder, type ShardManifest } from '../../src/search/shards.ts';
import { resultSamples as shownSamples, sampleSlugs } from './support/samples.ts';
import { launchBrowser, screenshot, seriousViolations, watchPage } from './support/browser.ts';
import { DIST, OUTPUT, ensureBuilt, serveDirectory, type Site } from './support/site.ts';

const SHARDED = path.join(OUTPUT, 'sharded-site');
let site: Site;
let browser: Browser;
let page: Page;
let seen: ReturnType<typeof watchPage>;
let manifest: ShardManifest;
const requested: string[] = [];
/** Sample number ("000") -> the slug its report got. */
let slugOf: Map<string, string>;

beforeAll(async () => {
  ensureBuilt();
  rmSync(SHARDED, { recursive: true, force: true });
  cpSync(DIST, SHARDED, {
    recursive: true,
    filter: (source) => !isShardFolder(path.basename(source)),
  });
  const stats = await buildSearchIndex(SHARDED, { shardSize: 4 });
  expect(stats).toMatchObject({ pages: 5, shards: 3, reused: 0 });
  manifest = JSON.parse(readFileSync(path.join(SHARDED, 'pagefind/shards.json'), 'utf8')) as ShardManifest;
  slugOf = sampleSlugs();
  site = await serveDirectory(SHARDED);
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  seen = watchPage(page);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The samples of the results shown, sorted: within a shard, relevance order is not the point here. */
const resultSamples = async () => (await shownSamples(page, slugOf)).sort();

async function open(query: string): Promise<void> {
  requested.length = 0;
  await page.goto(site.url(`tim-kiem/${query}`));
  await page.locator('#search-results .search-summary, #search-results .notice').first().waitFor();
}

describe('a time-sharded index', () => {
  it('plans three shards, newest first', () => {
    expect(manifest.total).toBe(5);
    expect(manifest.shards.map((shard) => [shard.path, shard.pages, shard.from, shard.to])).toEqual([
      ['pagefind/', 2, '2021-01-08', '2023-06-02'],
      ['pagefind-2/', 2, '2020-04-04', '2020-08-21'],
      ['pagefind-3/', 1, '2020-02-13', '2020-02-13'],
    ]);
  });

  it('searches the newest shard first, says so, and loads older shards when asked', async () => {
    await open('?q=dang');
    expect(await resultSamples()).toEqual(['000', '002']);
    expect(requested.some((url) => url.startsWith('/pagefind-2/'))).toBe(false);
    const coverage = page.locator('.search-coverage');
    expect(await coverage.locator('p').innerText()).toBe('Đã tìm trong 2 trên 5 báo cáo (08/01/2021 – 02/06/2023).');
    expect(await coverage.locator('button').innerText()).toBe(
      'Tìm thêm trong 2 báo cáo cũ hơn (04/04/2020 – 21/08/2020)',
    );

    await coverage.locator('button').click();
    await page.waitForFunction(() => document.querySelectorAll('.search-results li').length === 4);
    expect(await resultSamples()).toEqual(['000', '001', '002', '004']);
    expect(await coverage.locator('p').innerText()).toBe('Đã tìm trong 4 trên 5 báo cáo (04/04/2020 – 02/06/2023).');

    await coverage.locator('button').click();
    await page.waitForFunction(() => document.querySelectorAll('.search-results li').length === 5);
    expect(await resultSamples()).toEqual(['000', '001', '002', '003', '004']);
    expect(await page.locator('.search-coverage').count()).toBe(0);
  });

  it('says what was searched in a way that passes the accessibility check', async () => {
    // axe is injected as an inline script, which the site's CSP forbids: this page alone bypasses it.
    const context = await browser.newContext({ bypassCSP: true });
    const checked = await context.newPage();
    await checked.goto(site.url('tim-kiem/?q=dang'));
    await checked.locator('.search-coverage button').waitFor();
    expect(await seriousViolations(checked)).toEqual([]);
    // For a person to look at: test-output/screenshots/search-shards-coverage.png
    await screenshot(checked, 'search-shards-coverage');
    await context.close();
  });

  it('offers the older shards when the newest has no match', async () => {
    await open(`?q=${encodeURIComponent('Huỳnh')}`);
    expect(await page.locator('#search-results .notice').innerText()).toContain('Không tìm thấy');
    await page.locator('.search-coverage button').click();
    await page.locator('.search-results li').first().waitFor();
    expect(await resultSamples()).toEqual(['004']);
  });

  it('a year filter loads the shards that hold that year, and no others', async () => {
    await open('?nam=2020');
    expect(await resultSamples()).toEqual(['001', '003', '004']);
    expect(await page.locator('.search-coverage').count()).toBe(0);
    await open('?nam=2023');
    expect(await resultSamples()).toEqual(['002']);
    expect(await page.locator('.search-coverage').count()).toBe(0);
    expect(requested.some((url) => url.startsWith('/pagefind-2/') || url.startsWith('/pagefind-3/'))).toBe(false);
  });

  it('raised no page error', () => {
    expect(seen.errors).toEqual([]);
  });
});
