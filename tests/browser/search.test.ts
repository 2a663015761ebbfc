/**
 * Search as a reader uses it: /tim-kiem/?q=… in Debian's Chromium over the
 * built samples. Queries with and without tone marks, "d" for "đ", the
 * expected report first, filters, sorting, shareable URLs, keyboard only.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultSamples as shownSamples, sampleSlugs } from './support/samples.ts';
import { launchBrowser, watchPage } from './support/browser.ts';
import { startSite, type Site } from './support/site.ts';

let site: Site;
let browser: Browser;
let page: Page;
let seen: ReturnType<typeof watchPage>;
/** Sample number ("000") -> the slug its report got. */
let slugOf: Map<string, string>;

beforeAll(async () => {
  site = await startSite();
  slugOf = sampleSlugs();
  browser = await launchBrowser();
  page = await browser.newPage();
  seen = watchPage(page);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Waits until the page shows results or says there are none. */
async function settled(): Promise<void> {
  await page.locator('#search-results .search-results, #search-results .notice').first().waitFor();
}

async function search(query: string, extra = ''): Promise<string[]> {
  await page.goto(site.url(`tim-kiem/?q=${encodeURIComponent(query)}${extra}`));
  await settled();
  return resultSamples();
}

/** The samples ("000"…) of the results shown, in order. */
const resultSamples = () => shownSamples(page, slugOf);

describe('queries find their report, first, with or without marks', () => {
  it.each([
    ['Thái Thị Bích Liên', '000'],
    ['thai thi bich lien', '000'],
    ['Lâm Đình Thắng', '001'],
    ['lam dinh thang', '001'],
    ['so tay dang vien dien tu', '002'],
    ['quang tam', '003'],
    ['nha be', '004'],
  ])('%s → %s', async (query, sample) => {
    const results = await search(query);
    expect(results[0]).toBe(sample);
  });

  it('finds both spellings of "Quận ủy" with either spelling', async () => {
    const oldSpelling = await search('Quận uỷ');
    const newSpelling = await search('Quận ủy');
    for (const results of [oldSpelling, newSpelling])
      expect(results).toEqual(expect.arrayContaining(['000', '001', '002']));
    expect(new Set(oldSpelling)).toEqual(new Set(newSpelling));
  });

  it('finds "Đảng" when the reader types "dang"', async () => {
    const results = await search('dang');
    expect(new Set(results)).toEqual(new Set(['000', '001', '002', '003', '004']));
  });

  it('shows excerpts with the matched words marked, and the date and unit', async () => {
    await search('nha be');
    const first = page.locator('#search-results .search-results li').first();
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    expect(await first.locator('.meta').innerText()).toContain('Huyện ủy Nhà Bè');
    // Excerpts and meta come back with the real "đ", never the indexing stand-in.
    expect(await page.locator('#search-results').innerText()).not.toMatch(/\u0335/);
  });

  it('says clearly when nothing matches', async () => {
    expect(await search('xqzwv')).toEqual([]);
    expect(await page.locator('#search-results .notice').innerText()).toContain(
      'Không tìm thấy báo cáo nào cho “xqzwv”',
    );
  });
});

describe('filters, sorting and the URL', () => {
  it('a filter narrows the results, with counts on the facets', async () => {
    const all = await search('dang');
    const narrowed = await search('dang', `&don-vi=${encodeURIComponent('Quận ủy Quận 4')}`);
    expect(narrowed).toEqual(['000']);
    expect(narrowed.length).toBeLessThan(all.length);
    const option = await page.locator('#facet-unit option:checked').innerText();
    expect(option).toBe('Quận ủy Quận 4 (1)');
  });

  it('an empty query with a filter lists that filter’s reports', async () => {
    await page.goto(site.url(`tim-kiem/?nam=2020`));
    await settled();
    expect(new Set(await resultSamples())).toEqual(new Set(['001', '003', '004']));
  });

  it('sorting by date orders the results', async () => {
    expect(await search('dang', '&sap-xep=moi-nhat')).toEqual(['002', '000', '001', '004', '003']);
    expect(await search('dang', '&sap-xep=cu-nhat')).toEqual(['003', '004', '001', '000', '002']);
  });

  it('changing a facet updates the URL, and Back restores the previous search', async () => {
    await search('dang');
    // The facets load when the reader opens them.
    expect(await page.locator('#facet-year').count()).toBe(0);
    await page.locator('.search-facets summary').click();
    await page.locator('#facet-year').waitFor();
    await page.locator('#facet-year').selectOption('2021');
    await page.waitForURL(/nam=2021/);
    await settled();
    expect(await resultSamples()).toEqual(['000']);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('nam='));
    await page.waitForFunction(() => document.querySelectorAll('#search-results .search-results li').length === 5);
    expect(await page.locator('#facet-year').inputValue()).toBe('');
  });

  it('opens the facets from the keyboard and keeps the focus there', async () => {
    await search('dang');
    await page.focus('.search-facets summary');
    await page.keyboard.press('Enter');
    await page.locator('#facet-unit').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    expect(await page.locator('#facet-unit option').count()).toBeGreaterThan(5);
  });

  it('works by keyboard alone', async () => {
    await page.goto(site.url('tim-kiem/'));
    await page.locator('#search-results p').first().waitFor();
    await page.focus('#search-query');
    await page.keyboard.type('lam dinh thang');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=lam\+dinh\+thang/);
    await settled();
    expect((await resultSamples())[0]).toBe('001');
    // Tab from the query box reaches the facets and then the first result link.
    let reachedResult = false;
    for (let step = 0; step < 20 && !reachedResult; step++) {
      await page.keyboard.press('Tab');
      reachedResult = await page.evaluate(() => document.activeElement?.closest('.search-results') !== null);
    }
    expect(reachedResult).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/bao-cao\//);
    expect(page.url()).toContain(slugOf.get('001'));
  });

  it('raised no page error', () => {
    expect(seen.errors).toEqual([]);
    expect(seen.dialogs).toEqual([]);
  });
});
