/**
 * Brings a tree of hard links to a new state by changing only what
 * differs. The built site is such a tree: every file in it is a link to a
 * file in a cache that is never written into again (see link-tree.ts), so
 * a file that is already a link to its source (the same inode) is the
 * right file and is left as it is. A rebuild at 100,000 reports then links
 * the few pages that changed instead of 324,000 files into a fresh folder
 * (15 s on this disk), and removes the few that went instead of a whole
 * old tree (15 s more).
 *
 * Still, a rebuild looks at every file: at 100,000 reports about 117,000
 * folders listed and 650,000 stat calls. Through Node's promise API those
 * cost the build script's thread about 13 s of a 48 s rebuild that
 * changed nothing, most of it in handing each call to Node's file threads
 * and back. The calls are made synchronously instead, with a turn for the
 * event loop every few dozen (see `inSlices` in run-all.ts).
 */
import { lstatSync, mkdirSync, readdirSync, rmSync, rmdirSync, statSync, unlinkSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { turnsEvery } from '../build/run-all.ts';
import { linkOrCopySync } from './link-tree.ts';

/** The event loop's turn every so many files looked at: the Astro builds' logs and the memory watch wait on it. */
const turn = turnsEvery(32);

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
  const due = turn();
  if (due) await due;
  const from = statSync(source);
  const there = lstatSync(target, { throwIfNoEntry: false });
  if (there && there.ino === from.ino && there.dev === from.dev) return;
  if (there?.isDirectory()) rmSync(target, { recursive: true, force: true });
  else if (there) unlinkSync(target);
  try {
    linkOrCopySync(source, target);
  } catch (error) {
    // The folder is not there yet (a file placed on its own, outside placeTree).
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(path.dirname(target), { recursive: true });
    linkOrCopySync(source, target);
  }
}

function entriesOf(folder: string): Dirent[] | null {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch {
    return null;
  }
}

/** Every file below `from`, placed at the same path below `to`. */
export async function placeTree(from: string, to: string, placement: Placement, shared = false): Promise<void> {
  const entries = entriesOf(from);
  if (!entries) return;
  const there = lstatSync(to, { throwIfNoEntry: false });
  if (there && !there.isDirectory()) unlinkSync(to);
  if (!there?.isDirectory()) mkdirSync(to, { recursive: true });
  for (const entry of entries) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) await placeTree(source, target, placement, shared);
    else await placeFile(source, target, placement, shared);
  }
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
    let kept = 0;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const due = turn();
      if (due) await due;
      const full = path.join(folder, entry.name);
      if (folder === placement.root && skip(entry.name)) {
        kept++;
        continue;
      }
      if (entry.isDirectory()) {
        if (await sweep(full)) kept++;
        else rmdirSync(full);
      } else if (placement.has(path.relative(placement.root, full))) kept++;
      else unlinkSync(full);
    }
    return kept > 0;
  };
  // A folder that is not there holds nothing to remove.
  if (lstatSync(folder, { throwIfNoEntry: false })) await sweep(folder);
}
