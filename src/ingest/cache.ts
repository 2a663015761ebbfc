/**
 * The ingest cache: a file's outcome, keyed by its content hash, its name,
 * its override and the extractor version, so an unchanged input is not
 * extracted again. Entries are small JSON files in a content-addressed
 * folder; a damaged entry is ignored and recomputed.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { codeFingerprint } from '../build/code-fingerprint.ts';
import { EXTRACTOR_VERSION } from '../extract/index.ts';
import { writeFileAtomicSync } from '../fs/write-atomic.ts';
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

  /**
   * The 256 shard folders are made once per run, not once per entry (10,000 mkdir calls in a cold run).
   * Entries are read and written synchronously: a cold run writes thousands (see `inSlices`).
   */
  private readonly folders = new Set<string>();

  private pathOf(key: string): string {
    return path.join(this.folder, key.slice(0, 2), `${key}.json`);
  }

  get(key: string): Processed | null {
    const file = this.pathOf(key);
    // A cold run misses every time: a failed read would build an error each time.
    if (!existsSync(file)) return null;
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Processed;
    } catch {
      // Not there, or damaged: recomputed.
      return null;
    }
  }

  set(key: string, value: Processed): void {
    const file = this.pathOf(key);
    const folder = path.dirname(file);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    writeFileAtomicSync(file, JSON.stringify(value));
  }
}
