/**
 * Builds the Pagefind index of a built site through Pagefind's Node API,
 * in time shards (see shards.ts).
 * A shard whose pages are unchanged is taken from the cache; the others
 * are indexed (write-shard.ts), two at a time (shard-writers.ts).
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { runAll } from '../build/run-all.ts';
import { keepOnly } from '../fs/keep-only.ts';
import { writeFileAtomic } from '../fs/write-atomic.ts';
import { scanPages } from './page-scan.ts';
import { ShardCache } from './shard-cache.ts';
import { createShardWriters } from './shard-writers.ts';
import { MANIFEST_FILE, isShardFolder, planShards, shardPath, shardSizeFromEnv } from './shards.ts';

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
  const toWrite: { shardDir: string; files: string[]; key: string | undefined }[] = [];
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
    toWrite.push({ shardDir: shard.path, files: members[index]!.map((page) => page.file), key });
  }
  const writers = createShardWriters(toWrite.length);
  try {
    await runAll(
      toWrite,
      async ({ shardDir, files, key }) => {
        await writers.write({ siteDir, shardDir, files });
        if (cache && key) await cache.store(key, path.join(siteDir, shardDir));
      },
      writers.width,
    );
  } finally {
    await writers.close();
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
