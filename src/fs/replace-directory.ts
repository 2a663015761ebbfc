/**
 * Replacing a whole output folder so that readers only ever see the old
 * one or the new one: the new content is written into a staging sibling,
 * then swapped in with two renames. A run killed before the swap leaves a
 * stale staging folder, removed by the next run; a run killed between the
 * two renames leaves the old folder aside, put back by the next run.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export function stagingPath(target: string): string {
  return `${target}.tmp-${process.pid}`;
}

/** Cleans up after an earlier run that was killed. Call before staging. */
export async function recoverInterrupted(target: string): Promise<void> {
  const parent = path.dirname(target);
  const base = path.basename(target);
  if (!existsSync(parent)) return;
  for (const name of await readdir(parent)) {
    const full = path.join(parent, name);
    if (name.startsWith(`${base}.tmp-`)) await rm(full, { recursive: true, force: true });
    if (name.startsWith(`${base}.old-`)) {
      if (existsSync(target)) await rm(full, { recursive: true, force: true });
      else await rename(full, target);
    }
  }
}

/**
 * Swaps the staged folder in as the target. The previous target is
 * removed, or, given `keepAt`, moved there (to be staged again next time);
 * where it cannot be moved there, it is removed.
 */
export async function swapIn(staging: string, target: string, keepAt?: string): Promise<void> {
  const aside = `${target}.old-${process.pid}`;
  if (existsSync(target)) await rename(target, aside);
  await rename(staging, target);
  if (keepAt && existsSync(aside)) {
    await rm(keepAt, { recursive: true, force: true });
    await mkdir(path.dirname(keepAt), { recursive: true });
    if (await renamed(aside, keepAt)) return;
  }
  await rm(aside, { recursive: true, force: true });
}

/**
 * A staging folder for the target: the kept folder (see `swapIn`) when
 * there is one, to be brought up to date, else a new empty one.
 */
export async function stageFrom(kept: string, staging: string): Promise<void> {
  if (existsSync(kept)) {
    if (await renamed(kept, staging)) return;
    await rm(kept, { recursive: true, force: true });
  }
  await mkdir(staging, { recursive: true });
}

/** Whether the folder could be renamed: not across file systems, for one. */
function renamed(from: string, to: string): Promise<boolean> {
  return rename(from, to).then(
    () => true,
    () => false,
  );
}
