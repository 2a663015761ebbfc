/**
 * Brings a tree of hard links to a new state by changing only what
 * differs. The built site is such a tree: every file in it is a link to a
 * file in a cache that is never written into again (see link-tree.ts), so
 * a file that is already a link to its source (the same inode) is the
 * right file and is left as it is. A rebuild at 100,000 reports then links
 * the few pages that changed instead of 324,000 files into a fresh folder
 * (15 s on this disk), and removes the few that went instead of a whole
 * old tree (15 s more).
 */
import { lstat, mkdir, readdir, rm, rmdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { runAll } from '../build/run-all.ts';
import { linkOrCopy } from './link-tree.ts';

/** What one run put in a tree, by path relative to its root: what is not here is removed at the end. */
export class Placement {
  private readonly paths = new Set<string>();

  readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  /**
   * Records a path as this run's, and says whether it is the first to
   * place it. A path placed twice is a fault in the plan, unless it may be
   * shared (a stylesheet named by its content, which every build has).
   */
  claim(target: string, { shared = false } = {}): boolean {
    const relative = path.relative(this.root, target);
    if (this.paths.has(relative)) {
      if (!shared) throw new Error(`${relative}: placed twice in the site`);
      return false;
    }
    this.paths.add(relative);
    return true;
  }

  has(relative: string): boolean {
    return this.paths.has(relative);
  }

  /** Every path placed, relative to the root, with "/" between folders. */
  *placed(): Iterable<string> {
    for (const relative of this.paths) yield relative.split(path.sep).join('/');
  }
}

/** Links `source` at `target` unless `target` is already that file. */
export async function placeFile(source: string, target: string, placement: Placement, shared = false): Promise<void> {
  // A shared path is placed by whoever claimed it first in this run.
  if (!placement.claim(target, { shared })) return;
  const [from, there] = await Promise.all([stat(source), lstat(target).catch(() => null)]);
  if (there && there.ino === from.ino && there.dev === from.dev) return;
  if (there?.isDirectory()) await rm(target, { recursive: true, force: true });
  else if (there) await unlink(target);
  try {
    await linkOrCopy(source, target);
  } catch (error) {
    // The folder is not there yet (a file placed on its own, outside placeTree).
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(path.dirname(target), { recursive: true });
    await linkOrCopy(source, target);
  }
}

/** Every file below `from`, placed at the same path below `to`. */
export async function placeTree(from: string, to: string, placement: Placement, shared = false): Promise<void> {
  const entries = await readdir(from, { withFileTypes: true }).catch(() => null);
  if (!entries) return;
  const there = await lstat(to).catch(() => null);
  if (there && !there.isDirectory()) await unlink(to);
  if (!there?.isDirectory()) await mkdir(to, { recursive: true });
  // Many at a time: a site is tens of thousands of small folders, and each call waits on the disk.
  await runAll(
    entries,
    (entry) => {
      const source = path.join(from, entry.name);
      const target = path.join(to, entry.name);
      return entry.isDirectory()
        ? placeTree(source, target, placement, shared)
        : placeFile(source, target, placement, shared);
    },
    8,
  );
}

/**
 * Removes every file below the root (or below `folder` in it) that this
 * run did not place, and the folders left empty. `skip` names top-level
 * entries another phase owns, or that were swept already.
 */
export async function removeUnplaced(
  placement: Placement,
  skip: (name: string) => boolean,
  folder = placement.root,
): Promise<void> {
  const sweep = async (folder: string): Promise<boolean> => {
    const entries = await readdir(folder, { withFileTypes: true });
    let kept = 0;
    await runAll(
      entries,
      async (entry) => {
        const full = path.join(folder, entry.name);
        const relative = path.relative(placement.root, full);
        if (folder === placement.root && skip(entry.name)) {
          kept++;
          return;
        }
        if (entry.isDirectory()) {
          if (await sweep(full)) kept++;
          else await rmdir(full);
        } else if (placement.has(relative)) kept++;
        else await unlink(full);
      },
      8,
    );
    return kept > 0;
  };
  // A folder that is not there holds nothing to remove.
  if (await lstat(folder).catch(() => null)) await sweep(folder);
}
