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
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { FileStamp } from '../fs/file-stamp.ts';
import { StampMemory } from '../fs/stamp-memory.ts';
import type { Processed } from './process-file.ts';

/** An outcome without the report's text (it is in the cache; its hash is kept). */
export type Outcome =
  Extract<Processed, { status: 'rejected' }> | Omit<Extract<Processed, { status: 'report' }>, 'fileText'>;

interface RememberedInput {
  stamp: FileStamp;
  bytesHash: string;
  /** The cache key the outcome was found under: it also covers the override and the extractor. */
  key: string;
  outcome: Outcome;
}

/** Two stamp memories (see stamp-memory.ts): the inputs', and the written reports' text hashes. */
export class RunMemory {
  private readonly folder: string | null;
  private readonly inputs: StampMemory<Omit<RememberedInput, 'stamp'>>;
  private readonly outputs: StampMemory<string>;

  private constructor(
    folder: string | null,
    inputs: StampMemory<Omit<RememberedInput, 'stamp'>>,
    outputs: StampMemory<string>,
  ) {
    this.folder = folder;
    this.inputs = inputs;
    this.outputs = outputs;
  }

  /**
   * The memory kept in `folder` (none when null): a missing or damaged one,
   * or another version's, is empty. The reports' stamps are of one output
   * folder, so that folder is part of their version.
   */
  static async load(folder: string | null, version: string, output: string): Promise<RunMemory> {
    const file = (name: string) => (folder ? path.join(folder, name) : undefined);
    return new RunMemory(
      folder,
      await StampMemory.load(file(INPUTS_FILE), version),
      await StampMemory.load(file(OUTPUTS_FILE), `${version}\u0000${output}`),
    );
  }

  /** How many inputs the last run left a memory of: none in a first run. */
  get rememberedInputs(): number {
    return this.inputs.earlierCount;
  }

  /** The input as the last run found it, if its stamp is unchanged. */
  input(name: string, stamp: FileStamp): RememberedInput | null {
    const known = this.inputs.recall(name, stamp);
    return known ? { stamp, ...known } : null;
  }

  /** Whether the report file is the one the last run left, unchanged, with this text. */
  outputHolds(slug: string, stamp: FileStamp, textHash: string): boolean {
    return this.outputs.recall(slug, stamp) === textHash;
  }

  rememberInput(name: string, { stamp, ...found }: RememberedInput): void {
    this.inputs.remember(name, stamp, found);
  }

  rememberOutput(slug: string, stamp: FileStamp, textHash: string): void {
    this.outputs.remember(slug, stamp, textHash);
  }

  /** Written whole and renamed into place, after the run's output is. */
  async save(): Promise<void> {
    if (!this.folder) return;
    await this.inputs.save(path.join(this.folder, INPUTS_FILE));
    await this.outputs.save(path.join(this.folder, OUTPUTS_FILE));
    // Where earlier versions kept both.
    await rm(path.join(this.folder, 'memory.json'), { force: true });
  }
}

const INPUTS_FILE = 'memory-inputs.json';
const OUTPUTS_FILE = 'memory-outputs.json';
