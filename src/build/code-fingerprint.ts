/**
 * A hash of the source files of some folders of src/. Caches key their
 * entries with it, so a change to the code that made an entry cannot
 * serve a stale one, even when nobody bumps a version by hand.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export function codeFingerprint(folders: readonly URL[]): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    for (const name of readdirSync(folder).sort()) {
      if (!name.endsWith('.ts')) continue;
      hash
        .update(name)
        .update('\u0000')
        .update(readFileSync(new URL(name, folder)))
        .update('\u0000');
    }
  }
  return hash.digest('hex');
}

/** A hash of files and of every file below folders, by path and content; a missing path counts as empty. */
export function filesFingerprint(paths: readonly string[]): string {
  const hash = createHash('sha256');
  const add = (file: string): void => {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      hash.update(file).update('\u0000missing\u0000');
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(file).sort()) add(path.join(file, name));
      return;
    }
    hash.update(file).update('\u0000').update(readFileSync(file)).update('\u0000');
  };
  for (const file of paths) add(file);
  return hash.digest('hex');
}
