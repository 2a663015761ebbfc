/**
 * A large archive's listing pages are rendered in several Astro builds,
 * none given every record (src/build/listing-plan.ts). The site they make
 * is the site rendered whole, byte for byte; and after a report is added,
 * only the listings builds whose pages list it, and the index pages', are
 * built again, and the site is still the one a build from nothing makes.
 *
 * Thirty synthetic reports and one with no date, in parts of ten, and listings builds given at
 * most twelve records each. Every build cuts its listings into pages of four reports
 * (src/site/pagination.ts), so the pages of one listing must come out the same too.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/check-links.ts';
import { writeCorpus } from '../../scripts/generate-corpus.ts';
import { generateReport } from '../../src/corpus/generate.ts';
import { buildCorpus } from '../support/astro-build.ts';
import { snapshot } from '../support/tree-snapshot.ts';

const work = mkdtempSync(path.join(tmpdir(), 'bien-nien-listings-'));
const raw = path.join(work, 'raw');
const REPORTS = 30;
const PAGE_SIZE = 4;
const SPLIT = { BIEN_NIEN_PART_SIZE: '10', BIEN_NIEN_LISTING_SIZE: '12' };

function build(name: string, env: Record<string, string>, out = path.join(work, `${name}-out`)): string {
  const result = buildCorpus(work, name, out, { BIEN_NIEN_LISTING_PAGE_SIZE: String(PAGE_SIZE), ...env });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

const UNDATED_TITLE = 'Đảng ủy xã Tân Phú họp bàn công tác chuyển đổi số';
const UNDATED = `${UNDATED_TITLE}

Đảng ủy xã Tân Phú tổ chức hội nghị bàn công tác chuyển đổi số. Đồng chí Lê Văn Tâm, Bí thư Đảng ủy xã chủ trì hội nghị.

Hội nghị thống nhất giao Văn phòng Đảng ủy xây dựng kế hoạch thực hiện.
`;

const BUILDS = /in (\d+) Astro build\(s\) \((\d+) unchanged, (\d+) patched\)/;

/** The report links of a listing page's list. */
function listed(file: string): string[] {
  const html = readFileSync(file, 'utf8');
  const lists = [...html.matchAll(/<ul class="report-list">(.*?)<\/ul>/gs)].map((match) => match[1]!);
  return lists.flatMap((list) => [...list.matchAll(/<li><a href="([^"]+)"/g)].map((match) => match[1]!));
}

/**
 * Each term's listing (31 reports over a few terms: some pass four) is cut
 * into pages of at most four: page N at trang-N/, each report on exactly
 * one page, as many as the lead counts, and a pager on every page.
 */
function expectListingsPaged(site: string): void {
  const terms = path.join(site, 'nhiem-ky');
  let paged = 0;
  for (const key of readdirSync(terms, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const folder = path.join(terms, key.name);
    const first = readFileSync(path.join(folder, 'index.html'), 'utf8');
    const total = Number(/<p class="lead">[^<]*?(\d+) báo cáo/.exec(first)?.[1]);
    const count = Math.ceil(total / PAGE_SIZE);
    const pages = [path.join(folder, 'index.html')];
    for (let number = 2; number <= count; number++) pages.push(path.join(folder, `trang-${number}`, 'index.html'));
    expect(existsSync(path.join(folder, `trang-${count + 1}`)), folder).toBe(false);
    const reports = pages.map(listed);
    for (const list of reports) expect(list.length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(new Set(reports.flat()).size, folder).toBe(total);
    if (count > 1) {
      paged++;
      for (const [index, page] of pages.entries()) {
        const html = readFileSync(page, 'utf8');
        expect(html).toContain(`aria-label="Trang ${index + 1}" aria-current="page"`);
        expect(html).toContain(`Trang ${index + 1}/${count}`);
      }
    }
  }
  expect(paged).toBeGreaterThan(0);
}

describe('the listings rendered in several builds', () => {
  it(
    'make the site rendered whole; a new report rebuilds only the listings that list it',
    { timeout: 600_000 },
    async () => {
      await writeCorpus(REPORTS, 5, raw);
      // A report with no date at all: the synthetic ones all have one.
      writeFileSync(path.join(raw, 'khong-ngay.txt'), UNDATED);
      const wholeOut = path.join(work, 'whole-out');
      expect(build('whole', {}, wholeOut)).toMatch(/in 1 Astro build\(s\)/);

      const splitOut = path.join(work, 'split-out');
      const first = BUILDS.exec(build('split', SPLIT, splitOut))!
        .slice(1)
        .map(Number);
      // Three parts, the index pages' build, and at least one build of each family's pages.
      expect(first[0]).toBeGreaterThanOrEqual(3 + 1 + 4);
      const site = path.join(work, 'split-cache', 'site');
      /** Each listings build's file of that name, by build ('' where it has none). */
      const listingFiles = (file: string): Record<string, string> =>
        Object.fromEntries(
          readdirSync(site, { withFileTypes: true })
            .filter((entry) => entry.isDirectory() && entry.name.startsWith('listings'))
            .map(({ name }) => [
              name,
              existsSync(path.join(site, name, file)) ? readFileSync(path.join(site, name, file), 'utf8') : '',
            ]),
        );
      const listingBuilds = Object.keys(listingFiles('state.json')).filter((name) => name !== 'listings');
      expect(listingBuilds.length).toBeGreaterThanOrEqual(4);
      // No build was given more than twelve records: the listings that list more
      // (the 13 reports naming no term) are shared out over builds by their pages.
      let parts = 0;
      for (const name of listingBuilds) {
        const read = (file: string) => JSON.parse(readFileSync(path.join(site, name, file), 'utf8'));
        const given = read('catalogue.json') as unknown[];
        expect(given.length).toBeGreaterThan(0);
        expect(given.length).toBeLessThanOrEqual(12);
        if (read('scope.json').parts) parts++;
      }
      expect(parts).toBeGreaterThanOrEqual(2);
      const wholeFiles = snapshot(wholeOut);
      // The pages of reports with no date and with no term are listings too.
      // (An undated report comes last: on the listing's last page.)
      const allPages = (folder: string) =>
        Object.keys(wholeFiles)
          .filter((file) => file.startsWith(`${folder}/`) && file.endsWith('index.html'))
          .map((file) => readFileSync(path.join(wholeOut, file), 'utf8'))
          .join('');
      expect(allPages('nam/khong-ro')).toContain(UNDATED_TITLE);
      expect(allPages('nhiem-ky/khong-ro')).toContain(UNDATED_TITLE);
      expect(Object.keys(wholeFiles).filter((file) => file.startsWith('nhan-vat/')).length).toBeGreaterThan(12);
      expectListingsPaged(wholeOut);
      expect((await checkLinks(wholeOut)).broken).toEqual([]);
      expect(snapshot(splitOut)).toEqual(wholeFiles);

      // A new report: the index pages' build and the builds whose pages list
      // it are built again; the other listings builds are reused as they are.
      const states = () => listingFiles('state.json');
      const before = states();
      const scopesBefore = listingFiles('scope.json');
      const reportsBefore = new Set(readdirSync(path.join(work, 'split-reports')));
      const extra = generateReport(11, 0, REPORTS);
      writeFileSync(path.join(raw, extra.fileName), extra.text);
      const [builds] = BUILDS.exec(build('split', SPLIT, splitOut))!
        .slice(1)
        .map(Number);
      expect(builds).toBeGreaterThanOrEqual(first[0]!);
      const after = states();
      const rebuilt = Object.keys(after).filter((name) => after[name] !== before[name]);
      // No build of the last run is gone: a page stays in its build (its name is its first page's).
      expect(Object.keys(before).filter((name) => !(name in after))).toEqual([]);
      expect(rebuilt).toContain('listings');
      expect(rebuilt.length).toBeGreaterThanOrEqual(1 + 4);
      expect(rebuilt.length).toBeLessThan(Object.keys(after).length);
      // Every build of the last run that was built again lists the new report,
      // or was split (the report took it past the limit), or renders the index pages.
      const [added] = readdirSync(path.join(work, 'split-reports')).filter((name) => !reportsBefore.has(name));
      const addedId = added!.replace(/\.md$/, '');
      const scopesAfter = listingFiles('scope.json');
      for (const name of rebuilt.filter((name) => name !== 'listings' && name in before)) {
        if (scopesAfter[name] !== scopesBefore[name]) continue;
        const given = JSON.parse(readFileSync(path.join(site, name, 'catalogue.json'), 'utf8')) as { id: string }[];
        expect(given.map((record) => record.id)).toContain(addedId);
      }
      const againOut = path.join(work, 'again-out');
      build('again', {}, againOut);
      expect(snapshot(splitOut)).toEqual(snapshot(againOut));
    },
  );
});
