/**
 * What the last ingest run knew of its files, so that a warm run reads no
 * file that did not change: for each input, its size, modification time
 * and inode, its content hash and the outcome it gave; for each report it
 * wrote, the same stamp and the hash of its text. This is git's index put
 * in front of the content-hash cache (cache.ts): the cache still decides
 * what a file's bytes give, and a file whose stamp changed is read and
 * hashed as before.
 *
 * A warm run at 10,000 reports read 30,000 files (each input, its cache
 * entry, and the previous report to compare before linking it): 3.3 s,
 * most of it opening and reading files.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { sameStamp, type FileStamp } from '../fs/file-stamp.ts';
import { writeFileAtomic } from '../fs/write-atomic.ts';
import type { Processed } from './process-file.ts';

/** An outcome without the report's text (it is in the cache), with the text's hash instead. */
export type Outcome =
  | Extract<Processed, { status: 'rejected' }>
  | (Omit<Extract<Processed, { status: 'report' }>, 'fileText'> & { fileTextHash: string });

interface RememberedInput {
  stamp: FileStamp;
  bytesHash: string;
  /** The cache key the outcome was found under: it also covers the override and the extractor. */
  key: string;
  outcome: Outcome;
}

interface Saved {
  version: string;
  /** The output folder the reports' stamps are of. */
  output: string;
  inputs: Record<string, RememberedInput>;
  outputs: Record<string, [...FileStamp, string]>;
}

export class RunMemory {
  private readonly inputs = new Map<string, RememberedInput>();
  private readonly outputs = new Map<string, [...FileStamp, string]>();

  private constructor(
    private readonly file: string | null,
    private readonly version: string,
    private readonly output: string,
    private readonly earlier: Saved | null,
  ) {}

  /** The memory kept in `file` (none when null): a missing or damaged one, or another version's, is empty. */
  static async load(file: string | null, version: string, output: string): Promise<RunMemory> {
    let earlier: Saved | null = null;
    if (file) {
      try {
        const saved = JSON.parse(await readFile(file, 'utf8')) as Saved;
        if (saved.version === version) earlier = saved;
      } catch {
        earlier = null;
      }
    }
    return new RunMemory(file, version, output, earlier);
  }

  /** The input as the last run found it, if its stamp is unchanged. */
  input(name: string, stamp: FileStamp): RememberedInput | null {
    const known = this.earlier?.inputs[name];
    return known && sameStamp(known.stamp, stamp) ? known : null;
  }

  /** Whether the report file is the one the last run left, unchanged, with this text. */
  outputHolds(slug: string, stamp: FileStamp, textHash: string): boolean {
    if (this.earlier?.output !== this.output) return false;
    const known = this.earlier.outputs[slug];
    return known !== undefined && sameStamp(known, stamp) && known[3] === textHash;
  }

  rememberInput(name: string, entry: RememberedInput): void {
    this.inputs.set(name, entry);
  }

  rememberOutput(slug: string, stamp: FileStamp, textHash: string): void {
    this.outputs.set(slug, [...stamp, textHash]);
  }

  /** Written whole and renamed into place, after the run's output is. */
  async save(): Promise<void> {
    if (!this.file) return;
    const saved: Saved = {
      version: this.version,
      output: this.output,
      inputs: Object.fromEntries(this.inputs),
      outputs: Object.fromEntries(this.outputs),
    };
    await mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, JSON.stringify(saved));
  }
}
