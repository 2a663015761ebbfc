/**
 * A reader's path through the samples: home → unit → report → person →
 * year, checking what each page says about report 000 (Quận ủy Quận 4,
 * 8 January 2021, chaired by Thái Thị Bích Liên).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchPage } from './support/browser.ts';
import { startSite, type Site } from './support/site.ts';

const TITLE = 'Hội nghị chuyên đề (mở rộng) Ban Chấp hành Đảng bộ Quận 4 nhiệm kỳ 2020 – 2025';

let site: Site;
let browser: Browser;
let page: Page;
let seen: ReturnType<typeof watchPage>;

beforeAll(async () => {
  site = await startSite();
  browser = await launchBrowser();
  page = await browser.newPage();
  seen = watchPage(page);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const text = (selector: string) => page.locator(selector).first().innerText();

describe('home → unit → report → person → year', () => {
  it('home shows the counts, the span, the latest reports and the timeline', async () => {
    await page.goto(site.url());
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    const stats = await text('.stats');
    expect(stats).toMatch(/5\s+báo cáo/);
    expect(stats).toMatch(/5\s+đơn vị/);
    expect(stats).toMatch(/10\s+nhân vật/);
    expect(stats).toContain('13/02/2020 – 02/06/2023');
    expect(await page.locator('.report-list a', { hasText: TITLE }).count()).toBe(1);
    // The timeline: an SVG with an accessible name and one bar per month, Feb 2020 … Jun 2023.
    const chart = page.locator('figure.chart svg[role="img"]');
    expect(await chart.locator('title').first().textContent()).toBe('Số báo cáo theo tháng');
    expect(await chart.locator('rect.bar').count()).toBe(41);
    expect(await page.locator('script').count()).toBe(0);
  });

  it('the unit index groups units by level, and the unit page lists reports, chairs and terms', async () => {
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đơn vị' }).click();
    expect(await text('h1')).toBe('Đơn vị');
    const district = page.locator('section', { has: page.locator('h2', { hasText: 'Quận, huyện, thị xã' }) });
    expect(await district.locator('a').allInnerTexts()).toEqual(
      expect.arrayContaining(['Quận ủy Quận 4', 'Quận ủy Quận 9', 'Huyện ủy Nhà Bè', 'Quận ủy']),
    );
    await district.getByRole('link', { name: 'Quận ủy Quận 4', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe('/don-vi/quan-uy-quan-4/');
    expect(await text('h1')).toBe('Quận ủy Quận 4');
    expect(await text('#chu-tri + ul')).toContain('Thái Thị Bích Liên');
    expect(await text('#nhiem-ky + ul')).toContain('Nhiệm kỳ 2020–2025');
    expect(await text('#co-quan + ul')).toContain('Ban Chấp hành');
    expect(await page.locator('link[rel="alternate"][href="/don-vi/quan-uy-quan-4/rss.xml"]').count()).toBe(1);
  });

  it('the report page gives dates in Vietnamese, links, decisions, caption, source and citation', async () => {
    await page.getByRole('link', { name: TITLE }).click();
    expect(await text('h1')).toBe(TITLE);
    const facts = await text('.report header .facts');
    expect(facts).toContain('Thứ Sáu, 08/01/2021 (suy ra từ bài viết)');
    expect(facts).toContain('Thứ Sáu, 05/03/2021');
    expect(facts).toContain('Quận, huyện, thị xã');
    expect(facts).toContain('Hội nghị chuyên đề');
    expect(facts).toContain('Mỹ Duyên');
    const header = page.locator('.report header');
    expect(await header.getByRole('link', { name: 'Quận ủy Quận 4' }).getAttribute('href')).toBe(
      '/don-vi/quan-uy-quan-4/',
    );
    expect(await header.getByRole('link', { name: 'Nhiệm kỳ 2020–2025' }).getAttribute('href')).toBe(
      '/nhiem-ky/2020-2025/',
    );
    expect(await header.getByRole('link', { name: 'Ban Chấp hành' }).getAttribute('href')).toBe(
      '/don-vi/quan-uy-quan-4/#co-quan-ban-chap-hanh',
    );
    expect(await page.locator('.decisions ol > li').count()).toBe(5);
    expect(await text('.body figure.photo-caption figcaption')).toBe(
      'Bí thư Quận ủy Quận 4 Thái Thị Bích Liên phát biểu kết luận hội nghị',
    );
    expect(await text('.citation')).toBe(
      `Mỹ Duyên, "${TITLE}", Quận ủy Quận 4, 08/01/2021. Biên Niên, http://localhost:4321/bao-cao/hoi-nghi-chuyen-de-mo-rong-ban-chap-hanh-dang-bo-quan-4-nhiem-ky-2020-2025/`,
    );
    // Pagefind: the article is the body; filters and sort keys are attribute values, not hidden text.
    const article = page.locator('article[data-pagefind-body]');
    expect(await article.count()).toBe(1);
    expect(await article.locator('data[data-pagefind-filter="unit[value]"]').getAttribute('value')).toBe(
      'Quận ủy Quận 4',
    );
    expect(await article.locator('data[data-pagefind-sort="meetingDate[value]"]').getAttribute('value')).toBe(
      '2021-01-08',
    );
    expect(
      await page.locator('header.site-header[data-pagefind-body], header.site-header [data-pagefind-body]').count(),
    ).toBe(0);
    // The raw text as received.
    const raw = await page.getByRole('link', { name: 'Xem văn bản gốc như đã nhận' }).getAttribute('href');
    expect(raw).toBe('/nguon/000_3cc35aac2edb11df.txt');
    const response = await page.request.get(site.origin + raw);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('Thái Thị Bích Liên');
  });

  it('the person page lists the roles held and the reports', async () => {
    await page.locator('.report header').getByRole('link', { name: 'Thái Thị Bích Liên' }).click();
    expect(new URL(page.url()).pathname).toBe('/nhan-vat/thai-thi-bich-lien/');
    expect(await text('h1')).toBe('Thái Thị Bích Liên');
    expect(await text('ol.roles')).toContain('Bí thư Quận ủy Quận 4');
    expect(await text('ol.roles')).toContain('08/01/2021');
    const reports = await text('#cuoc-hop + ul');
    expect(reports).toContain(TITLE);
    expect(reports).toContain('chủ trì');
  });

  it('the year archive files the report under 2021, January', async () => {
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Theo năm' }).click();
    expect(await page.locator('main .link-list a').allInnerTexts()).toEqual(['Năm 2023', 'Năm 2021', 'Năm 2020']);
    await page.getByRole('link', { name: 'Năm 2021' }).click();
    expect(new URL(page.url()).pathname).toBe('/nam/2021/');
    expect(await text('h1')).toBe('Năm 2021');
    expect(await text('#thang-1')).toBe('Tháng 1/2021');
    expect(await page.locator('section', { has: page.locator('#thang-1') }).innerText()).toContain(TITLE);
    expect(seen.errors).toEqual([]);
  });
});
