/**
 * Indexes one shard's pages with Pagefind and writes its bundle. Kept
 * apart from build-index.ts, with few imports, because it also runs in a
 * worker thread of its own (shard-worker.ts).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { strokeD } from './fold-d.ts';

interface PagefindResponse {
  errors: string[];
}

function assertResponse<T extends PagefindResponse>(step: string, response: T): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n${response.errors.map((error) => `  ${error}`).join('\n')}`);
  }
  return response;
}

/**
 * Where a shard's pages are staged for Pagefind: in memory (/dev/shm) where
 * there is such a folder. On this machine's disk, writing 2,500 small files
 * took 1.5 to 4 s a shard; they are read once and deleted.
 */
function stagingRoot(): string {
  return existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
}

export interface ShardJob {
  siteDir: string;
  /** The shard's folder, relative to the site. */
  shardDir: string;
  /** The shard's pages: HTML files under the site. */
  files: readonly string[];
}

/**
 * One Pagefind process per shard, closed before the next starts: the
 * indexer holds a whole index in memory, so its peak is that of the
 * largest shard rather than of the archive. The shard's pages, with their
 * "đ" folded (fold-d.ts), are staged in a folder that Pagefind reads
 * itself: a third faster than handing it each page over its pipe.
 */
export async function writeShard({ siteDir, shardDir, files }: ShardJob): Promise<void> {
  const staging = await mkdtemp(path.join(stagingRoot(), 'bien-nien-shard-'));
  try {
    for (const file of files) {
      const target = path.join(staging, path.relative(siteDir, file));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, strokeD(await readFile(file, 'utf8')));
    }
    const { index } = assertResponse('createIndex', await pagefind.createIndex({ forceLanguage: 'vi' }));
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = assertResponse(`indexing ${shardDir}`, await index.addDirectory({ path: staging }));
    if (added.page_count !== files.length) {
      throw new Error(`Pagefind indexed ${added.page_count} of the ${files.length} pages of ${shardDir}`);
    }
    assertResponse('writeFiles', await index.writeFiles({ outputPath: path.join(siteDir, shardDir) }));
  } finally {
    await pagefind.close();
    await rm(staging, { recursive: true, force: true });
  }
}
