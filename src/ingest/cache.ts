/**
 * The ingest cache: a file's outcome, keyed by its content hash, its name,
 * its override and the extractor version, so an unchanged input is not
 * extracted again.
 *
 * Entries are kept in packs, one JSON file for each batch the run extracted
 * (`flush`), and an index that names each key's pack, appended to a line a
 * key. One small file an entry cost a cold run of 10,000 reports 10,000 files
 * created and renamed: on this machine's disk about a second of CPU, as much
 * as writing the reports themselves. A damaged pack or index line is
 * ignored and its entries recomputed.
 *
 * Each version of the extraction code has a folder of its own: a key is
 * valid for one version only, so the folders of other versions are removed.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
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

const ENTRIES_PREFIX = 'entries-';
const INDEX_FILE = 'index.txt';
/** "<key> <pack>": a SHA-256 key and a pack's file name. */
const INDEX_LINE = /^([0-9a-f]{64}) ([0-9a-f]{16}\.json)$/;
/** Where earlier versions kept one file an entry: `<two hex digits>/<key>.json`. */
const OLD_ENTRY_FOLDER = /^[0-9a-f]{2}$/;

export class IngestCache {
  /** The extractor's version and code: what the run memory (run-memory.ts) is valid for too. */
  readonly version: string;

  private readonly folder: string;
  /** This version's packs and index. */
  private readonly entries: string;
  /** Each key's pack, read from the index at the first lookup. */
  private index: Map<string, string> | null = null;
  /** Entries set since the last flush. */
  private readonly pending = new Map<string, Processed>();
  /** The last pack read: a run that looks up many entries finds them in the same few packs. */
  private lastPack: { name: string; entries: Record<string, Processed> } | null = null;
  private prepared = false;

  constructor(folder: string) {
    this.folder = folder;
    this.version = `${EXTRACTOR_VERSION}-${codeFingerprint(EXTRACTION_CODE)}`;
    this.entries = path.join(folder, `${ENTRIES_PREFIX}${sha256(this.version).slice(0, 16)}`);
  }

  key(file: string, bytesHash: string, overrideText: string): string {
    return sha256(`${this.version}\u0000${file}\u0000${bytesHash}\u0000${overrideText}`);
  }

  get(key: string): Processed | null {
    const waiting = this.pending.get(key);
    if (waiting) return waiting;
    const pack = this.readIndex().get(key);
    return pack ? (this.readPack(pack)?.[key] ?? null) : null;
  }

  /** Kept until the next `flush`. */
  set(key: string, value: Processed): void {
    this.pending.set(key, value);
  }

  /** Writes the entries set since the last flush as one pack, then names their keys in the index. */
  flush(): void {
    if (this.pending.size === 0) return;
    this.prepare();
    const text = JSON.stringify(Object.fromEntries(this.pending));
    const name = `${sha256(text).slice(0, 16)}.json`;
    // The pack is in place before the index names it.
    writeFileAtomicSync(path.join(this.entries, name), text);
    appendFileSync(
      path.join(this.entries, INDEX_FILE),
      [...this.pending.keys()].map((key) => `${key} ${name}\n`).join(''),
    );
    for (const key of this.pending.keys()) this.index?.set(key, name);
    this.pending.clear();
  }

  /** This version's folder made, and the other versions' entries removed. */
  private prepare(): void {
    if (this.prepared) return;
    mkdirSync(this.entries, { recursive: true });
    const mine = path.basename(this.entries);
    for (const entry of readdirSync(this.folder, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === mine) continue;
      if (entry.name.startsWith(ENTRIES_PREFIX) || OLD_ENTRY_FOLDER.test(entry.name)) {
        rmSync(path.join(this.folder, entry.name), { recursive: true, force: true });
      }
    }
    this.prepared = true;
  }

  private readIndex(): Map<string, string> {
    if (this.index) return this.index;
    this.index = new Map();
    const file = path.join(this.entries, INDEX_FILE);
    if (!existsSync(file)) return this.index;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      // A line cut short by a crash names no pack: its entry is recomputed.
      const match = INDEX_LINE.exec(line);
      if (match) this.index.set(match[1]!, match[2]!);
    }
    return this.index;
  }

  private readPack(name: string): Record<string, Processed> | null {
    if (this.lastPack?.name === name) return this.lastPack.entries;
    try {
      const entries = JSON.parse(readFileSync(path.join(this.entries, name), 'utf8')) as Record<string, Processed>;
      this.lastPack = { name, entries };
      return entries;
    } catch {
      // Gone or damaged: its entries are recomputed.
      return null;
    }
  }
}
