/**
 * The search index of a small site, built by the real Pagefind: time
 * shards, their manifest, and reuse of unchanged shards from the cache.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import type { ShardManifest } from '../../src/search/shards.ts';

const root = mkdtempSync(path.join(tmpdir(), 'bien-nien-index-'));
const site = path.join(root, 'site');
const cacheDir = path.join(root, 'cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writePage(slug: string, date: string, text: string, related = ''): void {
  mkdirSync(path.join(site, 'bao-cao', slug), { recursive: true });
  writeFileSync(
    path.join(site, 'bao-cao', slug, 'index.html'),
    `<!doctype html><html lang="vi"><head><title>${slug}</title></head><body>` +
      `<article data-pagefind-body><data data-pagefind-sort="date[value]" value="${date}"></data>` +
      `<h1 data-pagefind-meta="title">${slug}</h1><p>${text}</p></article>` +
      `<section class="related">${related}</section></body></html>`,
  );
}

const manifest = () => JSON.parse(readFileSync(path.join(site, 'pagefind', 'shards.json'), 'utf8')) as ShardManifest;
const shardFolders = () =>
  readdirSync(site)
    .filter((name) => name.startsWith('pagefind'))
    .sort();

describe('buildSearchIndex', () => {
  writePage('a', '2024-05-01', 'Hội nghị Ban Chấp hành Đảng bộ huyện');
  writePage('b', '2022-01-09', 'Ban Thường vụ Huyện ủy giao ban');
  writePage('c', '2019-11-30', 'Đại hội Đảng bộ xã');
  mkdirSync(path.join(site, 'pagefind-7'), { recursive: true });
  writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>home</title>');

  it('indexes each shard, newest first, and writes the manifest beside the newest', async () => {
    // A bundle an older version kept in the cache folder itself.
    mkdirSync(path.join(cacheDir, 'c0ffee'), { recursive: true });
    const stats = await buildSearchIndex(site, { shardSize: 4, cacheDir });
    expect(readdirSync(cacheDir).sort()).toEqual(['pages.json', 'shards']);
    expect(stats).toMatchObject({ pages: 3, shards: 2, reused: 0 });
    expect(manifest().shards.map((shard) => [shard.path, shard.pages, shard.from, shard.to])).toEqual([
      ['pagefind/', 2, '2022-01-09', '2024-05-01'],
      ['pagefind-2/', 1, '2019-11-30', '2019-11-30'],
    ]);
    // The folder left from an earlier run is gone; each shard is a whole Pagefind bundle.
    expect(shardFolders()).toEqual(['pagefind', 'pagefind-2']);
    for (const folder of shardFolders()) expect(existsSync(path.join(site, folder, 'pagefind.js'))).toBe(true);
  });

  it('reuses every shard when nothing changed, and gives the same files', async () => {
    const before = readdirSync(path.join(site, 'pagefind-2'), { recursive: true }).sort();
    const stats = await buildSearchIndex(site, { shardSize: 4, cacheDir });
    expect(stats).toMatchObject({ shards: 2, reused: 2 });
    expect(readdirSync(path.join(site, 'pagefind-2'), { recursive: true }).sort()).toEqual(before);
  });

  it('reuses every shard when only the links around a body changed', async () => {
    writePage('a', '2024-05-01', 'Hội nghị Ban Chấp hành Đảng bộ huyện', '<a href="/bao-cao/moi/">Báo cáo mới</a>');
    const stats = await buildSearchIndex(site, { shardSize: 4, cacheDir });
    expect(stats).toMatchObject({ shards: 2, reused: 2 });
  });

  it('indexes again only the shard whose page changed', async () => {
    writePage('c', '2019-11-30', 'Đại hội Đảng bộ xã lần thứ XV');
    const stats = await buildSearchIndex(site, { shardSize: 4, cacheDir });
    expect(stats).toMatchObject({ shards: 2, reused: 1 });
    // The cache holds the current shards only.
    expect(readdirSync(cacheDir)).toHaveLength(2);
  });
});
