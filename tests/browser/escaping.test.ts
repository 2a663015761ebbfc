/**
 * Source text is shown as text. A raw report holding `<script>`, an
 * `<img onerror>` and Markdown link syntax goes through the real ingest
 * and the real build (scripts/build.ts, over scratch folders under
 * test-output/, so the archive's own content/ is untouched), then Chromium shows the page: the
 * markup is visible as characters, nothing runs, no element is made.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/run.ts';
import { launchBrowser, watchPage } from './support/browser.ts';
import { buildScript } from '../support/astro-build.ts';
import { OUTPUT, serveDirectory, type Site } from './support/site.ts';

const PROJECT = path.join(OUTPUT, 'escaping-project');

const HOSTILE_RAW = `Đảng đoàn thể

Hội nghị <script>alert(1)</script> của Quận ủy Quận 7
Ngày đăng 15/03/2022 | 09:30  | Lượt xem: 12

Sáng 14/3/2022, Quận ủy Quận 7 tổ chức hội nghị Ban Chấp hành Đảng bộ quận nhiệm kỳ 2020 – 2025. Đồng chí Trần Văn Hùng - Bí thư Quận ủy chủ trì hội nghị.

Nội dung có thẻ <img src=x onerror="alert(2)"> và liên kết [bấm vào đây](javascript:alert(3)) cùng chữ **đậm** giả.

Khung <iframe src="https://evil.example/frame"></iframe>, ảnh ![ảnh](https://evil.example/pixel.png) và <a href="javascript:alert(5)" onclick="alert(6)">liên kết</a> cùng <svg onload="alert(7)"></svg>.

Kết luận hội nghị, đồng chí Trần Văn Hùng - Bí thư Quận ủy yêu cầu:

1. Rà soát văn bản <b onmouseover="alert(4)">in đậm</b> theo đúng quy định.
2. Báo cáo kết quả trước ngày 30/3/2022, xem [tài liệu](https://example.org/x).

Tin, ảnh: <i>Phóng viên</i>
`;

let site: Site;
let browser: Browser;
let page: Page;
let seen: ReturnType<typeof watchPage>;
let slug: string;
const consoleErrors: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  rmSync(PROJECT, { recursive: true, force: true });
  const raw = path.join(PROJECT, 'content/raw');
  mkdirSync(raw, { recursive: true });
  writeFileSync(path.join(raw, 'hostile <script>.txt'), HOSTILE_RAW);
  const report = await runIngest({
    input: raw,
    output: path.join(PROJECT, 'content/reports'),
    overrides: path.join(PROJECT, 'content/overrides'),
  });
  const outcome = report.files[0];
  if (outcome?.status !== 'report') throw new Error(`the hostile sample was not ingested: ${JSON.stringify(outcome)}`);
  slug = outcome.slug;

  // The real build script, as `npm run build` runs it, over the scratch project's folders.
  const built = buildScript(
    {
      input: raw,
      reports: path.join(PROJECT, 'content/reports'),
      overrides: path.join(PROJECT, 'content/overrides'),
      out: path.join(PROJECT, 'dist'),
      cache: path.join(PROJECT, 'cache'),
    },
    { BASE_PATH: '/' },
  );
  if (built.status !== 0) throw new Error(`the build failed:\n${built.stderr}`);
  site = await serveDirectory(path.join(PROJECT, 'dist'));
  browser = await launchBrowser();
  page = await browser.newPage();
  seen = watchPage(page);
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(site.url(`bao-cao/${slug}/`));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

it('shows the tags in the title as text and runs nothing', async () => {
  expect(await page.locator('h1').innerText()).toContain('<script>alert(1)</script>');
  expect(await page.title()).toContain('<script>alert(1)</script>');
  expect(await page.locator('script').count()).toBe(0);
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
});

it('shows <img onerror> and Markdown link syntax in the body as text', async () => {
  const body = await page.locator('.report .body').innerText();
  expect(body).toContain('<img src=x onerror="alert(2)">');
  expect(body).toContain('[bấm vào đây](javascript:alert(3))');
  expect(body).toContain('**đậm**');
  const article = page.locator('article.report');
  expect(await article.locator('img, b, i, [onerror], [onmouseover]').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(await article.locator('a[href="https://example.org/x"]').count()).toBe(0);
});

it('shows tags inside a decision as text', async () => {
  const decisions = await page.locator('.report').innerText();
  expect(decisions).toContain('<b onmouseover="alert(4)">in đậm</b>');
  await page.locator('.report').hover();
  expect(seen.dialogs).toEqual([]);
});

it('links the raw file, whose name holds spaces and "<", by an encoded URL', async () => {
  const link = page.getByRole('link', { name: 'Xem văn bản gốc như đã nhận' });
  expect(await link.getAttribute('href')).toBe('/nguon/hostile%20%3Cscript%3E.txt');
  const response = await page.request.get(site.origin + (await link.getAttribute('href')));
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe(HOSTILE_RAW);
});

it('frames nothing, makes no request to another origin and logs no error', async () => {
  await page.reload();
  await page.locator('.report').hover();
  const article = page.locator('article.report');
  expect(await article.locator('iframe, svg, img, a[onclick]').count()).toBe(0);
  expect(await article.innerText()).toContain('<iframe src="https://evil.example/frame"></iframe>');
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => new URL(url).origin !== site.origin)).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(seen.dialogs).toEqual([]);
});

it('sends a Content-Security-Policy that forbids inline script', async () => {
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).not.toContain('unsafe-inline');
  // The policy is in force: an inline script added now is refused.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  consoleErrors.length = 0;
});
