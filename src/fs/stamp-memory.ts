/**
 * What was found in each file of a folder, remembered by the file's stamp
 * (size, time, inode: see file-stamp.ts), so that the next run reads only
 * the files that changed. A run keeps what it recalled or found; files no
 * longer there drop out when it is saved.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { sameStamp, type FileStamp } from './file-stamp.ts';
import { writeFileAtomic } from './write-atomic.ts';

type Entry<Value> = [...FileStamp, Value];

export class StampMemory<Value> {
  private readonly now = new Map<string, Entry<Value>>();

  private constructor(private readonly earlier: ReadonlyMap<string, Entry<Value>>) {}

  /** The memory saved in `file`; an empty one when there is none or it is damaged. */
  static async load<Value>(file: string | undefined): Promise<StampMemory<Value>> {
    if (!file) return new StampMemory(new Map());
    try {
      const saved = JSON.parse(await readFile(file, 'utf8')) as Record<string, Entry<Value>>;
      return new StampMemory(new Map(Object.entries(saved)));
    } catch {
      return new StampMemory(new Map());
    }
  }

  /** What was found in `key` when it had this stamp; undefined when it changed or is new. */
  recall(key: string, stamp: FileStamp): Value | undefined {
    const known = this.earlier.get(key);
    if (!known || !sameStamp(known, stamp)) return undefined;
    this.now.set(key, known);
    return known[3];
  }

  remember(key: string, stamp: FileStamp, value: Value): void {
    this.now.set(key, [...stamp, value]);
  }

  /** Writes what this run recalled or found, and nothing else. */
  async save(file: string): Promise<void> {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, JSON.stringify(Object.fromEntries(this.now)));
  }
}
