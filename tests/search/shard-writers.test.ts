/**
 * Shards written two at a time, in worker threads with a Pagefind process
 * each, are the bundles one writer on the main thread makes; and a shard
 * that fails in a worker fails with its reason.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createShardWriters } from '../../src/search/shard-writers.ts';
import type { ShardJob } from '../../src/search/write-shard.ts';

const root = mkdtempSync(path.join(tmpdir(), 'bien-nien-writers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const TEXTS = [
  'Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12',
  'Ban Thường vụ Huyện ủy giao ban quý III',
  'Đại hội Đảng bộ xã Tân Phú nhiệm kỳ 2020 – 2025',
  'Quận ủy Quận 4 sơ kết công tác xây dựng Đảng',
];

/** A site of four report pages, and the two shards of two pages each. */
function site(name: string): { siteDir: string; jobs: ShardJob[] } {
  const siteDir = path.join(root, name);
  const files = TEXTS.map((text, index) => {
    const folder = path.join(siteDir, 'bao-cao', `bao-cao-${index}`);
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, 'index.html');
    writeFileSync(
      file,
      `<!doctype html><html lang="vi"><head><title>${index}</title></head><body>` +
        `<article data-pagefind-body><h1 data-pagefind-meta="title">${text}</h1><p>${text}.</p></article></body></html>`,
    );
    return file;
  });
  return {
    siteDir,
    jobs: [
      { siteDir, shardDir: 'pagefind', files: files.slice(0, 2) },
      { siteDir, shardDir: 'pagefind-2', files: files.slice(2) },
    ],
  };
}

/** Every file of a folder with the hash of its bytes. */
function contents(folder: string): Record<string, string> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files.map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      return [path.relative(folder, full), createHash('sha256').update(readFileSync(full)).digest('hex')];
    }),
  );
}

describe('createShardWriters', () => {
  it('writes two shards at once in threads, byte for byte as one writer does on this thread', async () => {
    const alone = site('alone');
    const one = createShardWriters(1);
    expect(one.width).toBe(1);
    for (const job of alone.jobs) await one.write(job);
    await one.close();

    const together = site('together');
    const two = createShardWriters(2);
    expect(two.width).toBe(2);
    try {
      await Promise.all(together.jobs.map((job) => two.write(job)));
    } finally {
      await two.close();
    }
    for (const shard of ['pagefind', 'pagefind-2']) {
      const expected = contents(path.join(alone.siteDir, shard));
      expect(Object.keys(expected)).toContain('pagefind-entry.json');
      expect(contents(path.join(together.siteDir, shard))).toEqual(expected);
    }
  });

  it('fails a shard that fails in a thread with its reason, and goes on with the next', async () => {
    const { siteDir, jobs } = site('failing');
    const writers = createShardWriters(2);
    try {
      await expect(
        writers.write({ siteDir, shardDir: 'pagefind-9', files: [path.join(siteDir, 'missing', 'index.html')] }),
      ).rejects.toThrow(/ENOENT.*missing/);
      await writers.write(jobs[0]!);
    } finally {
      await writers.close();
    }
    expect(Object.keys(contents(path.join(siteDir, 'pagefind')))).toContain('pagefind-entry.json');
  });
});
