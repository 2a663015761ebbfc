/**
 * The ingest cache: a file's outcome, keyed by its content hash, its name,
 * its override and the extractor version, so an unchanged input is not
 * extracted again. Entries are small JSON files in a content-addressed
 * folder; a damaged entry is ignored and recomputed.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXTRACTOR_VERSION } from '../extract/index.ts';
import { sha256, type Processed } from './process-file.ts';

export class IngestCache {
  constructor(private readonly folder: string) {}

  key(file: string, bytesHash: string, overrideText: string): string {
    return sha256(`${EXTRACTOR_VERSION}\u0000${file}\u0000${bytesHash}\u0000${overrideText}`);
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
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(value));
    await rename(temporary, file);
  }
}
