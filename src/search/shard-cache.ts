/**
 * Finished shard bundles, kept by a hash of what went into them: the
 * pages' URLs and what Pagefind reads of them (indexed-part.ts),
 * Pagefind's version and the indexing code. When one
 * report changes, only the shard that holds it is indexed again; the
 * others are copied from here. A damaged or partial entry is never used:
 * entries are written to a temporary folder and renamed into place.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { codeFingerprint } from '../build/code-fingerprint.ts';
import { keepOnly } from '../fs/keep-only.ts';
import { linkTree } from '../fs/link-tree.ts';

const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
const INDEXING_CODE = [new URL('./', import.meta.url)];
/** The file Pagefind writes in every bundle. */
const ENTRY_FILE = 'pagefind-entry.json';

export interface PageDigest {
  url: string;
  /** sha256 of the part of the page that Pagefind reads. */
  digest: string;
}

export class ShardCache {
  private readonly version = `${PAGEFIND_VERSION}-${codeFingerprint(INDEXING_CODE)}`;

  private readonly folder: string;

  constructor(folder: string) {
    this.folder = folder;
  }

  key(pages: readonly PageDigest[]): string {
    const hash = createHash('sha256').update(this.version);
    for (const page of pages) hash.update('\u0000').update(page.url).update('\u0000').update(page.digest);
    return hash.digest('hex');
  }

  /**
   * Whether `target` already is the cached bundle: its files are links to
   * the entry's (the entry file Pagefind writes for every bundle stands
   * for them all, as entries are never written into).
   */
  async holds(key: string, target: string): Promise<boolean> {
    const [cached, there] = await Promise.all([
      stat(path.join(this.folder, key, ENTRY_FILE)).catch(() => null),
      stat(path.join(target, ENTRY_FILE)).catch(() => null),
    ]);
    return cached !== null && there !== null && cached.ino === there.ino && cached.dev === there.dev;
  }

  /** Puts the cached bundle at `target` (linked: neither is written into again); false when there is none. */
  async restore(key: string, target: string): Promise<boolean> {
    const entry = path.join(this.folder, key);
    if (!existsSync(entry)) return false;
    // Linked beside the target and renamed into place: a folder at the target is always a whole bundle.
    const temporary = `${target.replace(/\/$/, '')}.restoring-${process.pid}`;
    await rm(temporary, { recursive: true, force: true });
    await linkTree(entry, temporary);
    await rename(temporary, target);
    return true;
  }

  async store(key: string, source: string): Promise<void> {
    const entry = path.join(this.folder, key);
    if (existsSync(entry)) return;
    const temporary = `${entry}.${process.pid}.tmp`;
    await mkdir(this.folder, { recursive: true });
    await rm(temporary, { recursive: true, force: true });
    await linkTree(source, temporary);
    await rename(temporary, entry);
  }

  /** Drops every entry but the current shards', so the cache holds one archive's index at most. */
  keepOnly(keys: ReadonlySet<string>): Promise<void> {
    return keepOnly(this.folder, keys);
  }
}
