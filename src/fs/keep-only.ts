/**
 * Removes everything in a cache folder but the named entries: what a
 * cache no longer plans for (an old part, an old shard, an older layout)
 * does not pile up. A missing folder holds nothing to remove.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

export async function keepOnly(folder: string, names: ReadonlySet<string>): Promise<void> {
  const entries = await readdir(folder).catch(() => [] as string[]);
  for (const name of entries) {
    if (!names.has(name)) await rm(path.join(folder, name), { recursive: true, force: true });
  }
}
