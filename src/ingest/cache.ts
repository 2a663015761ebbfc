/**
 * The ingest cache: a file's outcome, keyed by its content hash, its name,
 * its override and the extractor version, so an unchanged input is not
 * extracted again. Entries are small JSON files in a content-addressed
 * folder; a damaged entry is ignored and recomputed.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { codeFingerprint } from '../build/code-fingerprint.ts';
import { EXTRACTOR_VERSION } from '../extract/index.ts';
import { writeFileAtomic } from '../fs/write-atomic.ts';
import { sha256, type Processed } from './process-file.ts';

/**
 * EXTRACTOR_VERSION is bumped by hand on purpose; the source of the code
 * that turns bytes into a report file is hashed too, so a forgotten bump
 * cannot serve stale results.
 */
const EXTRACTION_CODE = ['../extract/', '../ingest/', '../report/', '../vietnamese/'].map(
  (folder) => new URL(folder, import.meta.url),
);

export class IngestCache {
  /** The extractor's version and code: what the run memory (run-memory.ts) is valid for too. */
  readonly version: string;

  private readonly folder: string;

  constructor(folder: string) {
    this.folder = folder;
    this.version = `${EXTRACTOR_VERSION}-${codeFingerprint(EXTRACTION_CODE)}`;
  }

  key(file: string, bytesHash: string, overrideText: string): string {
    return sha256(`${this.version}\u0000${file}\u0000${bytesHash}\u0000${overrideText}`);
  }

  /** The 256 shard folders are made once per run, not once per entry (10,000 mkdir calls in a cold run). */
  private readonly folders = new Map<string, Promise<unknown>>();

  private folderFor(file: string): Promise<unknown> {
    const folder = path.dirname(file);
    let made = this.folders.get(folder);
    if (!made) {
      made = mkdir(folder, { recursive: true });
      made.catch(() => this.folders.delete(folder));
      this.folders.set(folder, made);
    }
    return made;
  }

  private pathOf(key: string): string {
    return path.join(this.folder, key.slice(0, 2), `${key}.json`);
  }

  async get(key: string): Promise<Processed | null> {
    const file = this.pathOf(key);
    if (!existsSync(file)) return null;
    try {
      return JSON.parse(await readFile(file, 'utf8')) as Processed;
    } catch {
      return null;
    }
  }

  async set(key: string, value: Processed): Promise<void> {
    const file = this.pathOf(key);
    await this.folderFor(file);
    await writeFileAtomic(file, JSON.stringify(value));
  }
}
