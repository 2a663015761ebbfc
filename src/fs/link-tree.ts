/**
 * Hard links in place of copies, for trees that are replaced whole and
 * never written into (built site parts, search shards): a link is as good
 * as a copy, costs no disk, and keeps the file's inode, which the search
 * phase uses to know a page it has read before (src/search/page-scan.ts).
 */
import { copyFileSync, linkSync } from 'node:fs';
import { copyFile, link, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { runAll } from '../build/run-all.ts';

/** Links every file of `from` into `to`; a file already there is an error unless `skipExisting`. */
export async function linkTree(from: string, to: string, { skipExisting = false } = {}): Promise<void> {
  const entries = await readdir(from, { withFileTypes: true }).catch(() => null);
  if (!entries) return;
  await mkdir(to, { recursive: true });
  // Many at a time: a site is tens of thousands of small folders, and each call waits on the disk.
  await runAll(
    entries,
    async (entry) => {
      const source = path.join(from, entry.name);
      const target = path.join(to, entry.name);
      if (entry.isDirectory()) return linkTree(source, target, { skipExisting });
      try {
        await linkOrCopy(source, target);
      } catch (error) {
        if (!(skipExisting && (error as NodeJS.ErrnoException).code === 'EEXIST')) throw error;
      }
    },
    8,
  );
}

export async function linkOrCopy(source: string, target: string): Promise<void> {
  try {
    await link(source, target);
  } catch (error) {
    // Another file system (EXDEV) or one without hard links: a copy does.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    await copyFile(source, target);
  }
}

/** The same, without leaving the thread (see sync-tree.ts). */
export function linkOrCopySync(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    copyFileSync(source, target);
  }
}
