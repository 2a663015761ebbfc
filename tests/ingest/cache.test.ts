/**
 * The ingest cache's packs: what one run flushes, the next run finds; a
 * damaged pack or a torn index line costs only its entries; entries of
 * other versions of the extraction code, and the old one-file-an-entry
 * layout, are removed when this version first writes.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestCache } from '../../src/ingest/cache.ts';
import type { Processed } from '../../src/ingest/process-file.ts';

function outcome(title: string): Processed {
  return {
    status: 'report',
    textKey: `text-of-${title}`,
    title,
    sha256: `bytes-of-${title}`,
    fileText: `---\ntitle: "${title}"\n---\n\nNội dung ${title}.\n`,
    fileTextHash: `hash-of-${title}`,
    warnings: [],
  };
}

function entriesFolder(folder: string): string {
  const found = readdirSync(folder).filter((name) => name.startsWith('entries-'));
  expect(found).toHaveLength(1);
  return path.join(folder, found[0]!);
}

describe('ingest cache', () => {
  it('finds in a later run what an earlier one flushed, pack by pack', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'bien-nien-cache-'));
    const first = new IngestCache(folder);
    const keys = ['a.txt', 'b.txt', 'c.txt'].map((file) => first.key(file, `hash-${file}`, ''));
    first.set(keys[0]!, outcome('Một'));
    first.set(keys[1]!, outcome('Hai'));
    // Before the flush, the run that set it finds it; a new run does not.
    expect(first.get(keys[0]!)).toEqual(outcome('Một'));
    expect(new IngestCache(folder).get(keys[0]!)).toBeNull();
    first.flush();
    first.set(keys[2]!, { status: 'rejected', reason: 'empty file' });
    first.flush();

    const later = new IngestCache(folder);
    expect(later.get(keys[0]!)).toEqual(outcome('Một'));
    expect(later.get(keys[1]!)).toEqual(outcome('Hai'));
    expect(later.get(keys[2]!)).toEqual({ status: 'rejected', reason: 'empty file' });
    expect(later.get(later.key('d.txt', 'hash-d.txt', ''))).toBeNull();
    // Two flushes, two packs, and the index.
    expect(readdirSync(entriesFolder(folder)).sort()).toHaveLength(3);
  });

  it('a damaged pack or a torn index line loses only its own entries', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'bien-nien-cache-damaged-'));
    const cache = new IngestCache(folder);
    const [kept, lost] = ['kept.txt', 'lost.txt'].map((file) => cache.key(file, 'h', ''));
    cache.set(kept!, outcome('Còn'));
    cache.flush();
    cache.set(lost!, outcome('Mất'));
    cache.flush();
    const entries = entriesFolder(folder);
    const index = path.join(entries, 'index.txt');
    // The pack that holds only the second key is cut short.
    const lines = readFileSync(index, 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    const secondPack = lines[1]!.split(' ')[1]!;
    expect(readdirSync(entries)).toContain(secondPack);
    writeFileSync(path.join(entries, secondPack), '{"broken');
    appendFileSync(index, `${'f'.repeat(40)} torn`);

    const later = new IngestCache(folder);
    expect(later.get(kept!)).toEqual(outcome('Còn'));
    expect(later.get(lost!)).toBeNull();
  });

  it("removes other versions' entries and the old one-file-an-entry folders when it first writes", () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'bien-nien-cache-versions-'));
    mkdirSync(path.join(folder, 'entries-0123456789abcdef'));
    mkdirSync(path.join(folder, 'ab'));
    writeFileSync(path.join(folder, 'ab', `ab${'0'.repeat(62)}.json`), '{}');
    // The run memory lives beside the entries and stays.
    writeFileSync(path.join(folder, 'memory-inputs.json'), '{}');
    const cache = new IngestCache(folder);
    cache.set(cache.key('a.txt', 'h', ''), outcome('Một'));
    cache.flush();
    const names = readdirSync(folder).sort();
    expect(names).toHaveLength(2);
    expect(names).toContain('memory-inputs.json');
    expect(names.find((name) => name.startsWith('entries-'))).not.toBe('entries-0123456789abcdef');
  });
});
