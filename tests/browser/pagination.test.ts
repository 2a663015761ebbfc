/**
 * Long listings cut into pages (src/site/pagination.ts), as a reader moves
 * through them: the sample reports built with two reports to a page, so the
 * term 2020–2025 (four reports) and the year 2020 (three, in February, April
 * and August) each have two pages, and the ten people five.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScript, ROOT } from '../support/astro-build.ts';
import { launchBrowser, seriousViolations, watchPage } from './support/browser.ts';
import { serveDirectory, type Site } from './support/site.ts';

let site: Site;
let browser: Browser;
let page: Page;
let seen: ReturnType<typeof watchPage>;

beforeAll(async () => {
  const work = mkdtempSync(path.join(tmpdir(), 'bien-nien-paged-'));
  const out = path.join(work, 'dist');
  const result = buildScript(
    {
      input: path.join(ROOT, 'content/raw'),
      overrides: path.join(ROOT, 'content/overrides'),
      reports: path.join(work, 'reports'),
      out,
      cache: path.join(work, 'cache'),
    },
    { BIEN_NIEN_LISTING_PAGE_SIZE: '2' },
  );
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  site = await serveDirectory(out);
  browser = await launchBrowser();
  // axe is injected as a script: the site's Content-Security-Policy would refuse it.
  page = await (await browser.newContext({ bypassCSP: true })).newPage();
  seen = watchPage(page);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const titles = () => page.locator('.report-list li > a').allInnerTexts();
const pager = () => page.getByRole('navigation', { name: 'Các trang' });

describe('a listing cut into pages', () => {
  it('shows a term two reports at a time, with the units on its first page, and moves between the pages', async () => {
    await page.goto(site.url('nhiem-ky/2020-2025/'));
    expect(await page.locator('.lead').innerText()).toContain('Trang 1/2 · 4 báo cáo');
    const first = await titles();
    expect(first).toHaveLength(2);
    expect(await page.getByRole('heading', { name: 'Đơn vị' }).count()).toBe(1);
    expect(await pager().getByRole('link', { name: 'Trang 1' }).getAttribute('aria-current')).toBe('page');

    await pager().getByRole('link', { name: 'Trang sau →' }).click();
    expect(new URL(page.url()).pathname).toBe('/nhiem-ky/2020-2025/trang-2/');
    expect(await page.title()).toBe('Nhiệm kỳ 2020–2025 – Trang 2 · Biên Niên');
    expect(await page.locator('.lead').innerText()).toContain('Trang 2/2 · 4 báo cáo');
    const second = await titles();
    expect(second).toHaveLength(2);
    expect(new Set([...first, ...second]).size).toBe(4);
    // The units sum up the whole term: on the first page only.
    expect(await page.getByRole('heading', { name: 'Đơn vị' }).count()).toBe(0);
    expect(await pager().getByRole('link', { name: 'Trang sau →' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // The breadcrumb leads back to the term's first page, as does "Trang trước".
    expect(
      await page.getByRole('navigation', { name: 'Vị trí trong trang' }).getByRole('link').last().innerText(),
    ).toBe('Nhiệm kỳ 2020–2025');
    await pager().getByRole('link', { name: 'Trang trước' }).click();
    expect(new URL(page.url()).pathname).toBe('/nhiem-ky/2020-2025/');
    expect(await titles()).toEqual(first);
  });

  it('takes a month of a year to the page its reports begin on, by keyboard too', async () => {
    await page.goto(site.url('nam/2020/'));
    const months = page.getByRole('navigation', { name: 'Các tháng' });
    expect(await months.getByRole('link').allInnerTexts()).toEqual(['Tháng 2/2020', 'Tháng 4/2020', 'Tháng 8/2020']);
    // February and April are on the first page, August on the second.
    expect(await page.getByRole('heading', { name: 'Tháng 8/2020' }).count()).toBe(0);
    await months.getByRole('link', { name: 'Tháng 8/2020' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/nam\/2020\/trang-2\/#thang-8$/);
    expect(await page.getByRole('heading', { name: 'Tháng 8/2020' }).isVisible()).toBe(true);
    expect(await titles()).toHaveLength(1);
    expect(seen.errors).toEqual([]);
  });

  it('shows the people two names at a time, and takes an initial to the page its names begin on', async () => {
    // Ten people: Huỳnh, Lâm, Lê, Lê, Ngô, Nguyễn, Nguyễn, Phạm, Thái, Trần.
    await page.goto(site.url('nhan-vat/'));
    expect(await page.locator('.lead').innerText()).toContain('Trang 1/5 · 10 nhân vật');
    const initials = page.getByRole('navigation', { name: 'Theo chữ cái đầu' });
    expect(await initials.getByRole('link').allInnerTexts()).toEqual(['H', 'L', 'N', 'P', 'T']);
    await initials.getByRole('link', { name: 'T', exact: true }).click();
    await page.waitForURL(/\/nhan-vat\/trang-5\/#chu-T$/);
    expect(await page.locator('#chu-T a').innerText()).toBe('Thái Thị Bích Liên');
    expect(await page.locator('main .link-list li').allInnerTexts()).toHaveLength(2);
  });
});
