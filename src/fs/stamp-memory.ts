/**
 * What was found in each file of a folder, remembered by the file's stamp
 * (size, time, inode: see file-stamp.ts), so that the next run reads only
 * the files that changed. A run keeps what it recalled or found; files no
 * longer there drop out when it is saved. The memory carries a version,
 * the fingerprint of the code that worked out what it holds: a memory of
 * another version is not used, so a change to that code cannot leave
 * records of the old code behind.
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { sameStamp, stampOf, type FileStamp } from './file-stamp.ts';
import { writeChunksAtomic } from './write-atomic.ts';

type Entry<Value> = [...FileStamp, Value];

interface Saved<Value> {
  version: string;
  files: Record<string, Entry<Value>>;
}

/** The same value, or objects with the same fields holding the same values: enough to tell that nothing changed. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key])
  );
}

export class StampMemory<Value> {
  private readonly now = new Map<string, Entry<Value>>();
  /** Whether the memory to save differs from the one loaded: a new or changed entry, or one gone. */
  private changed = false;

  private readonly version: string;
  private readonly earlier: ReadonlyMap<string, Entry<Value>>;
  /** The file the earlier entries were read from; none when they were not. */
  private readonly loadedFrom: string | undefined;

  private constructor(version: string, earlier: ReadonlyMap<string, Entry<Value>>, loadedFrom?: string) {
    this.version = version;
    this.earlier = earlier;
    this.loadedFrom = loadedFrom;
  }

  /** The memory saved in `file` by this version; an empty one when there is none, it is damaged or of another version. */
  static async load<Value>(file: string | undefined, version: string): Promise<StampMemory<Value>> {
    const empty = new StampMemory<Value>(version, new Map());
    if (!file) return empty;
    try {
      // Read whole and decoded once: read with an encoding, the catalogue's memory of 100,000 records
      // (165 MB) was decoded piece by piece, and the plan peaked at 1.45-1.50 GB against 1.25-1.28 GB.
      const saved = JSON.parse((await readFile(file)).toString('utf8')) as Saved<Value>;
      return saved.version === version ? new StampMemory(version, new Map(Object.entries(saved.files)), file) : empty;
    } catch {
      return empty;
    }
  }

  /** How many entries the earlier run left. */
  get earlierCount(): number {
    return this.earlier.size;
  }

  /** What was found in `key` when it had this stamp; undefined when it changed or is new. */
  recall(key: string, stamp: FileStamp): Value | undefined {
    const known = this.earlier.get(key);
    if (!known || !sameStamp(known, stamp)) return undefined;
    this.now.set(key, known);
    return known[3];
  }

  remember(key: string, stamp: FileStamp, value: Value): void {
    const known = this.earlier.get(key);
    if (known && sameStamp(known, stamp) && sameValue(known[3], value)) this.now.set(key, known);
    else {
      this.now.set(key, [...stamp, value]);
      this.changed = true;
    }
  }

  /**
   * What is found in each file, in their order: recalled where the file's
   * stamp is the one remembered, and otherwise worked out by `find`, which
   * is given the other files in order (so it may share them out over
   * threads), and remembered.
   */
  async findAll(
    files: readonly { key: string; path: string }[],
    find: (paths: string[]) => Promise<Value[]>,
  ): Promise<Value[]> {
    const found: (Value | undefined)[] = [];
    const stamps: FileStamp[] = [];
    // Stat calls in batches: one at a time, each waits on the disk in turn.
    for (let start = 0; start < files.length; start += STATS_IN_FLIGHT) {
      const batch = files.slice(start, start + STATS_IN_FLIGHT);
      const batchStamps = await Promise.all(batch.map(async (file) => stampOf(await stat(file.path))));
      batch.forEach((file, index) => {
        stamps.push(batchStamps[index]!);
        found.push(this.recall(file.key, batchStamps[index]!));
      });
    }
    const unknown = files.flatMap((_, index) => (found[index] === undefined ? [index] : []));
    const read = await find(unknown.map((index) => files[index]!.path));
    unknown.forEach((index, at) => {
      found[index] = read[at]!;
      this.remember(files[index]!.key, stamps[index]!, read[at]!);
    });
    return found as Value[];
  }

  /** Writes what this run recalled or found, and nothing else. */
  async save(file: string): Promise<void> {
    // A run that changed nothing leaves the file as it is: rewriting it took a tenth of a warm run.
    if (!this.changed && this.now.size === this.earlier.size && this.loadedFrom === file) return;
    await mkdir(path.dirname(file), { recursive: true });
    await writeChunksAtomic(file, savedText(this.version, this.now));
  }
}

const STATS_IN_FLIGHT = 64;

/**
 * The text of a saved memory (`Saved`), in pieces of an entry each: the
 * memory of 100,000 report files, made as one string, was the largest
 * thing the site plan held at once.
 */
function* savedText<Value>(version: string, entries: ReadonlyMap<string, Entry<Value>>): Generator<string> {
  yield `{"version":${JSON.stringify(version)},"files":{`;
  let separator = '';
  for (const [key, entry] of entries) {
    yield `${separator}${JSON.stringify(key)}:${JSON.stringify(entry)}`;
    separator = ',';
  }
  yield '}}';
}
