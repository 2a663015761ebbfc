/**
 * The report page with the keyboard alone: the first Tab reaches the skip
 * link, which is then visible and moves focus to the main content; every
 * later stop shows a visible focus ring.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startSite, type Site } from './support/site.ts';

const REPORT = 'bao-cao/hoi-nghi-chuyen-de-mo-rong-ban-chap-hanh-dang-bo-quan-4-nhiem-ky-2020-2025/';

let site: Site;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  site = await startSite();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface FocusState {
  tag: string;
  text: string;
  outline: string;
  inViewport: boolean;
}

function focusState(page: Page): Promise<FocusState | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.innerText || el.getAttribute('aria-label') || el.id || '').slice(0, 60),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? style.outlineStyle : 'none',
      inViewport: box.bottom > 0 && box.top < window.innerHeight && box.width > 0 && box.height > 0,
    };
  });
}

it('the skip link comes first, is visible when focused and jumps to the content', async () => {
  await page.goto(site.url(REPORT));
  await page.keyboard.press('Tab');
  const first = await focusState(page);
  expect(first?.text).toBe('Chuyển đến nội dung chính');
  expect(first?.inViewport).toBe(true);
  expect(first?.outline).not.toBe('none');
  await page.keyboard.press('Enter');
  // Following an in-page link is asynchronous; on a loaded machine it lands a little later.
  await page.waitForURL((url) => url.hash === '#noi-dung', { timeout: 10_000 });
  expect(new URL(page.url()).hash).toBe('#noi-dung');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
  // The next Tab lands inside the content, past the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

it('every focus stop on the report page has a visible focus ring', async () => {
  await page.goto(site.url(REPORT));
  const stops: FocusState[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    if (!state) break;
    if (stops.length > 0 && state.text === stops[0]!.text && state.tag === stops[0]!.tag) break;
    stops.push(state);
  }
  // Header links, the search box, the facts' links, participants, the raw text link, the pager, related reports.
  expect(stops.length).toBeGreaterThan(12);
  expect(stops.filter((s) => s.outline === 'none')).toEqual([]);
  expect(stops.filter((s) => !s.inViewport)).toEqual([]);
  expect(stops.map((s) => s.text)).toEqual(
    expect.arrayContaining(['Quận ủy Quận 4', 'Xem văn bản gốc như đã nhận', 'Tìm']),
  );
});
