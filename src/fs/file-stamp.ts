/**
 * A file's size, modification time and inode: what tells, without reading
 * it, that a file is the one seen before, as git's index does. A file
 * rewritten in place changes its time; a file replaced is a new inode; a
 * hard link to it keeps all three.
 */
import type { Stats } from 'node:fs';

/** Size, modification time (ms, with its fraction) and inode. */
export type FileStamp = [number, number, number];

export function stampOf(info: Stats): FileStamp {
  return [info.size, info.mtimeMs, info.ino];
}

/** Whether `a` (a stamp, or a record that begins with one) is the stamp `b`. */
export function sameStamp(a: readonly [number, number, number, ...unknown[]] | undefined, b: FileStamp): boolean {
  return a !== undefined && a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
}
