/**
 * Node's compile cache for the build's threads and processes: where they
 * keep it, and the pruning that keeps its folder small.
 */
import { mkdtemp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COMPILE_CACHE,
  COMPILE_CACHE_LIMITS,
  pruneCompileCache,
  withCompileCache,
} from '../../src/build/compile-cache.ts';
import { callInOwnProcess } from '../../src/build/own-process.ts';
import { startWorker } from '../../src/build/threads.ts';
import { writeCorpus } from '../../scripts/generate-corpus.ts';
import { buildCorpus } from '../support/astro-build.ts';

describe('withCompileCache', () => {
  it("adds the project's cache folder to the environment, and keeps one the user chose", () => {
    expect(withCompileCache({ PATH: '/bin' })).toEqual({ PATH: '/bin', NODE_COMPILE_CACHE: COMPILE_CACHE });
    expect(withCompileCache({ NODE_COMPILE_CACHE: '/tmp/mine' }).NODE_COMPILE_CACHE).toBe('/tmp/mine');
    expect(COMPILE_CACHE).toMatch(/node_modules\/\.cache\/bien-nien\/compile-cache$/);
  });
});

/** The folder the build's threads and processes should use here. */
const expected = withCompileCache().NODE_COMPILE_CACHE;

describe('the compile cache in use', () => {
  it('is on in a worker thread', async () => {
    const worker = startWorker(new URL('./fixtures/compile-cache-worker.ts', import.meta.url));
    try {
      const folder = await new Promise<unknown>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      // Node keeps each version's entries in a folder of their own inside it.
      expect(path.dirname(String(folder))).toBe(expected);
    } finally {
      await worker.terminate();
    }
  });

  it('is on in a step run in its own process', async () => {
    const folder = await callInOwnProcess<string | null>(
      new URL('./fixtures/steps.ts', import.meta.url),
      'compileCacheFolder',
      [],
    );
    expect(path.dirname(String(folder))).toBe(expected);
  });
});

async function cacheFolder(files: Record<string, number>): Promise<string> {
  const folder = path.join(await mkdtemp(path.join(tmpdir(), 'bien-nien-compile-cache-')), 'cache');
  for (const [name, size] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, name)), { recursive: true });
    await writeFile(path.join(folder, name), Buffer.alloc(size));
  }
  return folder;
}

describe('pruneCompileCache', () => {
  const limits = { entryBytes: 1000, folderBytes: 5000 };

  it('drops the entries over the size limit and keeps the others', async () => {
    const folder = await cacheFolder({ 'v24/aa': 400, 'v24/bb': 1500, 'v24/cc': 900 });
    expect(await pruneCompileCache(folder, limits)).toEqual({ removed: 1, keptBytes: 1300 });
    expect((await readdir(path.join(folder, 'v24'))).sort()).toEqual(['aa', 'cc']);
  });

  it('removes the whole folder once what is left is over its limit', async () => {
    const folder = await cacheFolder({
      'v24/a': 900,
      'v24/b': 900,
      'v24/c': 900,
      'v24/d': 900,
      'v24/e': 900,
      'v24/f': 900,
      'v24/big': 2000,
    });
    expect(await pruneCompileCache(folder, limits)).toEqual({ removed: 7, keptBytes: 0 });
    expect(existsSync(folder)).toBe(false);
  });

  it('does nothing where there is no cache yet', async () => {
    const folder = path.join(tmpdir(), 'bien-nien-no-such-cache');
    expect(await pruneCompileCache(folder, limits)).toEqual({ removed: 0, keptBytes: 0 });
  });
});

describe('a site build', () => {
  it('leaves no entry over the size limit in the compile cache', { timeout: 300_000 }, async () => {
    // As a build's data-store chunk would: an entry no build reads again.
    const stale = path.join(COMPILE_CACHE, 'test-stale-entries', `${process.pid}-${Date.now()}`);
    await mkdir(path.dirname(stale), { recursive: true });
    await writeFile(stale, Buffer.alloc(COMPILE_CACHE_LIMITS.entryBytes + 1));
    const work = await mkdtemp(path.join(tmpdir(), 'bien-nien-compile-cache-build-'));
    await writeCorpus(3, 1, path.join(work, 'raw'));
    const result = buildCorpus(work, 'site', path.join(work, 'out'));
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(stale)).toBe(false);
  });
});
