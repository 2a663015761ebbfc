/**
 * Builds the Pagefind index of a built site through Pagefind's Node API,
 * in time shards (see shards.ts).
 * Every response is checked: Pagefind reports errors in the response
 * instead of throwing, and an index with errors must fail the build.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { strokeD } from './fold-d.ts';
import { keepOnly } from '../fs/keep-only.ts';
import { writeFileAtomic } from '../fs/write-atomic.ts';
import { scanPages, type ScannedPage } from './page-scan.ts';
import { ShardCache } from './shard-cache.ts';
import { MANIFEST_FILE, isShardFolder, planShards, shardPath, shardSizeFromEnv } from './shards.ts';

interface PagefindResponse {
  errors: string[];
}

function assertResponse<T extends PagefindResponse>(step: string, response: T): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n${response.errors.map((error) => `  ${error}`).join('\n')}`);
  }
  return response;
}

export interface IndexStats {
  pages: number;
  shards: number;
  /** Shards copied from the cache rather than indexed. */
  reused: number;
  seconds: number;
}

export interface IndexOptions {
  shardSize?: number;
  /** Folder of finished shard bundles (see shard-cache.ts); none, no reuse. */
  cacheDir?: string;
}

/**
 * Where a shard's pages are staged for Pagefind: in memory (/dev/shm) where
 * there is such a folder. On this machine's disk, writing 2,500 small files
 * took 1.5 to 4 s a shard; they are read once and deleted.
 */
function stagingRoot(): string {
  return existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
}

/**
 * One Pagefind process per shard, closed before the next starts: the
 * indexer holds a whole index in memory, so its peak is that of the
 * largest shard rather than of the archive. The shard's pages, with their
 * "đ" folded (fold-d.ts), are staged in a folder that Pagefind reads
 * itself: a third faster than handing it each page over its pipe.
 */
async function writeShard(siteDir: string, shardDir: string, pages: readonly ScannedPage[]): Promise<void> {
  const staging = await mkdtemp(path.join(stagingRoot(), 'bien-nien-shard-'));
  try {
    for (const page of pages) {
      const target = path.join(staging, path.relative(siteDir, page.file));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, strokeD(await readFile(page.file, 'utf8')));
    }
    const { index } = assertResponse('createIndex', await pagefind.createIndex({ forceLanguage: 'vi' }));
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = assertResponse(`indexing ${shardDir}`, await index.addDirectory({ path: staging }));
    if (added.page_count !== pages.length) {
      throw new Error(`Pagefind indexed ${added.page_count} of the ${pages.length} pages of ${shardDir}`);
    }
    assertResponse('writeFiles', await index.writeFiles({ outputPath: path.join(siteDir, shardDir) }));
  } finally {
    await pagefind.close();
    await rm(staging, { recursive: true, force: true });
  }
}

const SHARDS_FOLDER = 'shards';
const PAGES_FILE = 'pages.json';

export async function buildSearchIndex(
  siteDir: string,
  { shardSize = shardSizeFromEnv(process.env.BIEN_NIEN_SEARCH_SHARD_SIZE), cacheDir }: IndexOptions = {},
): Promise<IndexStats> {
  const started = performance.now();
  const pages = await scanPages(siteDir, cacheDir ? path.join(cacheDir, PAGES_FILE) : undefined);
  const { manifest, members } = planShards(pages, shardSize);
  const cache = cacheDir ? new ShardCache(path.join(cacheDir, SHARDS_FOLDER)) : null;
  // Earlier versions kept shard bundles in the cache folder itself.
  if (cacheDir) await keepOnly(cacheDir, new Set([SHARDS_FOLDER, PAGES_FILE]));
  // A shard folder of an earlier run that this plan does not have must not linger beside the new ones.
  const wanted = new Set(manifest.shards.map((shard) => shard.path.replace(/\/$/, '')));
  for (const entry of await readdir(siteDir)) {
    if (isShardFolder(entry) && !wanted.has(entry))
      await rm(path.join(siteDir, entry), { recursive: true, force: true });
  }
  const keys = new Set<string>();
  let reused = 0;
  for (const [index, shard] of manifest.shards.entries()) {
    const target = path.join(siteDir, shard.path);
    const key = cache?.key(members[index]!);
    if (key) keys.add(key);
    // A folder that already holds the cached bundle (a site brought up to date in place) is left as it is.
    if (cache && key && (await cache.holds(key, target))) {
      reused++;
      continue;
    }
    await rm(target, { recursive: true, force: true });
    if (cache && key && (await cache.restore(key, target))) {
      reused++;
      continue;
    }
    await writeShard(siteDir, shard.path, members[index]!);
    if (cache && key) await cache.store(key, target);
  }
  await cache?.keepOnly(keys);
  // Written under a temporary name and renamed: the file it replaces may be a link another tree shares.
  await writeFileAtomic(path.join(siteDir, shardPath(0), MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
  return {
    pages: pages.length,
    shards: manifest.shards.length,
    reused,
    seconds: (performance.now() - started) / 1000,
  };
}
