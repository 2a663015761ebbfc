/**
 * The page scan remembers what it found of each file by inode, size and
 * modification time: a file that kept all three is not read again, and
 * any other is.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanPages } from '../../src/search/page-scan.ts';

const root = mkdtempSync(path.join(tmpdir(), 'bien-nien-scan-'));
const site = path.join(root, 'site');
const memory = path.join(root, 'cache', 'pages.json');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writePage(slug: string, date: string, word: string): string {
  const file = path.join(site, 'bao-cao', slug, 'index.html');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    `<article data-pagefind-body><data data-pagefind-sort="date[value]" value="${date}"></data>${word}</article>`,
  );
  return file;
}

const byUrl = async () => Object.fromEntries((await scanPages(site, memory)).map((page) => [page.url, page]));

describe('scanPages', () => {
  it('finds the indexed pages with their dates, and reads again only files that changed', async () => {
    writePage('a', '2024-05-01', 'alpha');
    const b = writePage('b', '2022-01-09', 'beta');
    // A whole second: the time can then be put back exactly as it was.
    const stamp = new Date('2025-01-01T00:00:00Z');
    utimesSync(b, stamp, stamp);
    mkdirSync(site, { recursive: true });
    writeFileSync(path.join(site, 'index.html'), '<p>trang chủ</p>');

    const first = await byUrl();
    expect(Object.keys(first).sort()).toEqual(['/bao-cao/a/', '/bao-cao/b/']);
    expect(first['/bao-cao/b/']!.date).toBe('2022-01-09');

    // Same size, same inode, modification time put back: taken for unchanged, so not read.
    writeFileSync(
      b,
      `<article data-pagefind-body><data data-pagefind-sort="date[value]" value="2022-01-09"></data>gamm</article>`,
    );
    utimesSync(b, stamp, stamp);
    expect((await byUrl())['/bao-cao/b/']!.digest).toBe(first['/bao-cao/b/']!.digest);

    // A real edit changes the size or the time: read again.
    writePage('b', '2023-03-03', 'beta, sửa');
    const third = await byUrl();
    expect(third['/bao-cao/b/']!.digest).not.toBe(first['/bao-cao/b/']!.digest);
    expect(third['/bao-cao/b/']!.date).toBe('2023-03-03');
    expect(third['/bao-cao/a/']!.digest).toBe(first['/bao-cao/a/']!.digest);
  });

  it('reads only the report pages, which the site build has finished while the listings may still be written', async () => {
    writePage('d', '2020-02-02', 'delta');
    // A listing page that marked its body would still not be indexed: only the report folder is read.
    const listing = path.join(site, 'nhan-vat', 'x', 'index.html');
    mkdirSync(path.dirname(listing), { recursive: true });
    writeFileSync(listing, '<article data-pagefind-body>danh sách</article>');
    const urls = (await scanPages(site)).map((page) => page.url);
    expect(urls).toContain('/bao-cao/d/');
    expect(urls.filter((url) => !url.startsWith('/bao-cao/'))).toEqual([]);
    // A site with no reports has no report folder, and nothing to index.
    expect(await scanPages(path.join(root, 'empty-site'))).toEqual([]);
  });

  it('finds the same on two threads as on one', async () => {
    writePage('c', '2021-07-07', 'gamma');
    expect(await scanPages(site, undefined, 0)).toStrictEqual(await scanPages(site));
  });
});
