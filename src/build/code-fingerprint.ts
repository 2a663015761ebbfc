/**
 * A hash of the source files of some folders of src/. Caches key their
 * entries with it, so a change to the code that made an entry cannot
 * serve a stale one, even when nobody bumps a version by hand.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';

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
