/**
 * The pure pieces of the parted site build: which part renders each report,
 * the catalogue's front-matter reader, and the sitemap.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportFrontMatter } from '../../src/build/catalogue.ts';
import { defaultPartSize, partCount, partSizeFor, planParts } from '../../src/build/parts.ts';
import { sitemapFiles } from '../../src/build/sitemap.ts';
import { ROOT } from '../support/astro-build.ts';

const ids = Array.from({ length: 950 }, (_, index) => `bao-cao-${index}`);

describe('planParts', () => {
  it('is one whole build while the archive fits in a part', () => {
    expect(planParts(['b', 'a'], 2)).toEqual([{ name: 'whole', ids: ['a', 'b'] }]);
  });

  it('puts every report in exactly one part, parts near the size asked for', () => {
    const parts = planParts(ids, 100);
    expect(parts).toHaveLength(10);
    expect(parts.flatMap((part) => part.ids).sort()).toEqual([...ids].sort());
    for (const part of parts) expect(part.ids.length).toBeGreaterThan(60);
    for (const part of parts) expect(part.ids.length).toBeLessThan(140);
  });

  it('leaves the other reports where they were when one is added', () => {
    const before = planParts(ids, 100);
    const after = planParts([...ids, 'bao-cao-moi'], 100);
    const moved = after.filter((part, index) => part.ids.join() !== before[index]!.ids.join());
    expect(moved).toHaveLength(1);
    expect(moved[0]!.ids).toContain('bao-cao-moi');
  });

  it('keeps the last count while the parts stay near the size, so no report moves', () => {
    const before = planParts(ids, 100);
    expect(before).toHaveLength(10);
    const grown = [...ids, ...Array.from({ length: 100 }, (_, index) => `bao-cao-moi-${index}`)];
    // Counted afresh, 1,050 reports make 11 parts and move most reports to another.
    expect(partCount(grown.length, 100, null)).toBe(11);
    const kept = planParts(grown, 100, 10);
    expect(kept).toHaveLength(10);
    kept.forEach((part, index) => {
      expect(part.ids.filter((id) => !id.startsWith('bao-cao-moi-'))).toEqual(before[index]!.ids);
    });
  });

  it('counts afresh when the parts grew by a quarter, or halved', () => {
    expect(partCount(1_250, 100, 10)).toBe(10);
    expect(partCount(1_251, 100, 10)).toBe(13);
    expect(partCount(500, 100, 10)).toBe(10);
    expect(partCount(499, 100, 10)).toBe(5);
    // One part fits: a whole build, whatever came before; and from a whole build, the count is the size's.
    expect(partCount(100, 100, 10)).toBe(1);
    expect(partCount(101, 100, 1)).toBe(2);
  });

  it('takes its size from BIEN_NIEN_PART_SIZE, and refuses a size that is not one', () => {
    expect(partSizeFor(100_000, { BIEN_NIEN_PART_SIZE: '7' })).toBe(7);
    expect(partSizeFor(100_000, {})).toBe(defaultPartSize(100_000));
    expect(partSizeFor(10_000, { BIEN_NIEN_PART_SIZE: ' ' })).toBe(defaultPartSize(10_000));
    expect(() => partSizeFor(10_000, { BIEN_NIEN_PART_SIZE: 'nhiều' })).toThrow(/BIEN_NIEN_PART_SIZE/);
    expect(() => planParts(ids, 0)).toThrow(/positive/);
  });
});

describe('defaultPartSize', () => {
  it('keeps parts of 2,500 up to 50,000 reports, then twenty parts up to 5,000 reports each', () => {
    expect(defaultPartSize(0)).toBe(2_500);
    expect(defaultPartSize(10_000)).toBe(2_500);
    expect(defaultPartSize(50_000)).toBe(2_500);
    expect(defaultPartSize(60_000)).toBe(3_000);
    expect(defaultPartSize(100_000)).toBe(5_000);
    expect(defaultPartSize(250_000)).toBe(5_000);
  });

  it('keeps the twenty parts while the archive grows from 50,000 to 100,000, so no report moves', () => {
    let count = partCount(50_000, defaultPartSize(50_000), null);
    expect(count).toBe(20);
    for (let reports = 50_000; reports <= 100_000; reports += 1_000) {
      count = partCount(reports, defaultPartSize(reports), count);
      expect(count).toBe(20);
    }
    // Past 100,000 the parts grow to a quarter over 5,000, then are counted afresh.
    expect(partCount(125_001, defaultPartSize(125_001), count)).toBe(26);
  });
});

describe('parseReportFrontMatter', () => {
  const file = readdirReports()[0]!;
  const text = readFileSync(path.join(ROOT, 'content/reports', file), 'utf8');

  it('reads the record a report file holds', () => {
    const record = parseReportFrontMatter(text, file);
    expect(record.title.length).toBeGreaterThan(0);
    expect(record.source.file).toMatch(/\.txt$/);
  });

  it('names the file, the field and the reason when the record is wrong', () => {
    const bad = text.replace(/^meetingDate: .*$/m, "meetingDate: '2021-02-30'");
    expect(() => parseReportFrontMatter(bad, file)).toThrow(new RegExp(`${file}.*meetingDate.*Invalid ISO date`));
    expect(() => parseReportFrontMatter('không có front matter', 'x.md')).toThrow(/x\.md: no front matter/);
    expect(() => parseReportFrontMatter('---\ntitle: [\n---\n', 'y.md')).toThrow(
      /y\.md: the front matter is not valid YAML/,
    );
  });
});

describe('sitemapFiles', () => {
  it('lists every page under the site root, with its base, and leaves out the 404 and search pages', () => {
    const files = sitemapFiles('https://example.org/archive/', [
      '',
      'bao-cao/a/',
      '404.html',
      'tim-kiem/',
      'nhan-vat/b/',
    ]);
    expect(files.get('sitemap-index.xml')).toContain('<loc>https://example.org/archive/sitemap-0.xml</loc>');
    const urls = [...files.get('sitemap-0.xml')!.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
    expect(urls).toEqual([
      'https://example.org/archive/',
      'https://example.org/archive/bao-cao/a/',
      'https://example.org/archive/nhan-vat/b/',
    ]);
  });

  it('splits a large site over several files', () => {
    const pages = Array.from({ length: 100_000 }, (_, index) => `bao-cao/${index}/`);
    const files = sitemapFiles('https://example.org/', pages);
    expect([...files.keys()].sort()).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-index.xml']);
    const count = (name: string) => files.get(name)!.split('<url>').length - 1;
    expect(count('sitemap-0.xml') + count('sitemap-1.xml') + count('sitemap-2.xml')).toBe(100_000);
  });
});

function readdirReports(): string[] {
  return readdirSync(path.join(ROOT, 'content/reports'))
    .filter((name) => name.endsWith('.md'))
    .sort();
}
