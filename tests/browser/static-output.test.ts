/**
 * What the built files promise without a browser: no client script, small
 * report pages, feeds, sitemap, the open-data export and the raw copies.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT, ensureBuilt } from './support/site.ts';

const REPORT_BUDGET = 30 * 1024;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');

/** Bytes of a page plus the stylesheets it links. */
function pageWeight(file: string): { html: number; css: number } {
  const html = read(file);
  const css = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)]
    .map((m) => statSync(path.join(DIST, m[1]!)).size)
    .reduce((a, b) => a + b, 0);
  return { html: Buffer.byteLength(html), css };
}

beforeAll(() => ensureBuilt('/'));

describe('pages', () => {
  it('carry no client JavaScript but the search page’s, and no inline event handler', () => {
    for (const file of htmlFiles(DIST)) {
      if (file.includes(`${path.sep}pagefind${path.sep}`)) continue;
      const html = readFileSync(file, 'utf8');
      const scripts = html.match(/<script[^>]*>[^<]*<\/script>/gi) ?? [];
      if (file === path.join(DIST, 'tim-kiem', 'index.html')) {
        expect(scripts).toHaveLength(1);
        expect(scripts[0]).toMatch(/^<script type="module" src="[^"]*\/_astro\/[^"]+\.js"><\/script>$/);
      } else {
        expect(html, file).not.toMatch(/<script/i);
      }
      expect(html, file).not.toMatch(/\son[a-z]+=/i);
      expect(html, file).toMatch(/^<!DOCTYPE html><html lang="vi">/);
    }
  });

  it('keep a report page (HTML + CSS) under 30 KB', () => {
    const reports = readdirSync(path.join(DIST, 'bao-cao'));
    for (const slug of reports) {
      const { html, css } = pageWeight(`bao-cao/${slug}/index.html`);
      console.log(`report ${slug}: ${html} B HTML + ${css} B CSS = ${html + css} B`);
      expect(html + css).toBeLessThan(REPORT_BUDGET);
    }
    const home = pageWeight('index.html');
    console.log(`home: ${home.html} B HTML + ${home.css} B CSS = ${home.html + home.css} B`);
  });

  it('mark the report article, and only it, as the Pagefind body', () => {
    const html = read('bao-cao/hoi-nghi-chuyen-de-mo-rong-ban-chap-hanh-dang-bo-quan-4-nhiem-ky-2020-2025/index.html');
    expect(html.match(/data-pagefind-body/g)).toHaveLength(1);
    expect(html).toMatch(/<article class="report" data-pagefind-body>/);
    expect(read('index.html')).not.toContain('data-pagefind-body');
  });
});

describe('feeds and sitemap', () => {
  it('has an archive feed and a feed per unit', () => {
    const feed = read('rss.xml');
    expect(feed).toContain('<language>vi</language>');
    expect(feed.match(/<item>/g)).toHaveLength(5);
    expect(feed).toContain(
      'http://localhost:4321/bao-cao/hoi-nghi-chuyen-de-mo-rong-ban-chap-hanh-dang-bo-quan-4-nhiem-ky-2020-2025/',
    );
    const unitFeed = read('don-vi/quan-uy-quan-4/rss.xml');
    expect(unitFeed.match(/<item>/g)).toHaveLength(1);
    expect(unitFeed).toContain('Quận ủy Quận 4');
  });

  it('lists every report in the sitemap, and not the 404 page', () => {
    const sitemap = read('sitemap-0.xml');
    for (const slug of readdirSync(path.join(DIST, 'bao-cao'))) expect(sitemap).toContain(`/bao-cao/${slug}/`);
    expect(sitemap).toContain('/nhan-vat/thai-thi-bich-lien/');
    expect(sitemap).not.toContain('404');
  });
});

describe('open data', () => {
  it('exports every record with all fields, slug and URL as JSON', () => {
    const records = JSON.parse(read('du-lieu/bao-cao.json')) as Record<string, unknown>[];
    expect(records).toHaveLength(5);
    const quan4 = records.find(
      (r) => r.slug === 'hoi-nghi-chuyen-de-mo-rong-ban-chap-hanh-dang-bo-quan-4-nhiem-ky-2020-2025',
    );
    expect(quan4).toMatchObject({
      url: 'http://localhost:4321/bao-cao/hoi-nghi-chuyen-de-mo-rong-ban-chap-hanh-dang-bo-quan-4-nhiem-ky-2020-2025/',
      meetingDate: '2021-01-08',
      meetingDateInferred: true,
      unit: { name: 'Quận ủy Quận 4', level: 'district', slug: 'quan-uy-quan-4' },
      chair: { name: 'Thái Thị Bích Liên', role: 'Bí thư Quận ủy Quận 4' },
      term: { start: 2020, end: 2025 },
      source: { file: '000_3cc35aac2edb11df.txt' },
    });
    expect((quan4?.decisions as string[]).length).toBe(5);
  });

  it('exports the same records as CSV, UTF-8 with a BOM, quoted', () => {
    const bytes = readFileSync(path.join(DIST, 'du-lieu/bao-cao.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8').slice(1);
    expect(csv.split('\r\n')[0]).toMatch(/^slug,url,title,published,/);
    expect(csv).toContain('"Tỉnh ủy viên, Bí thư Thành ủy, Chủ tịch UBND thành phố"');
    expect(csv).toContain('Thái Thị Bích Liên');
  });
});

describe('raw sources', () => {
  it('copies each raw file byte for byte under /nguon/', () => {
    for (const file of readdirSync(path.join(ROOT, 'content/raw'))) {
      expect(
        readFileSync(path.join(DIST, 'nguon', file)).equals(readFileSync(path.join(ROOT, 'content/raw', file))),
      ).toBe(true);
    }
  });
});
