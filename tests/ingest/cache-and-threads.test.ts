/**
 * A run large enough to use worker threads gives the same output as the
 * single-threaded run, and a second run takes unchanged files from the
 * cache while re-extracting a changed one, and keeps the previous output's
 * unchanged files.
 */
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../src/corpus/generate.ts';
import { runIngestCli } from '../support/ingest-cli.ts';

function ingest(args: string[]) {
  const result = runIngestCli(args, 180_000);
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

function readAll(folder: string): Record<string, string> {
  return Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]));
}

/** A scratch folder with `count` synthetic raw reports of the given seed in its `raw/`. */
function corpus(prefix: string, count: number, seed: number): { folder: string; input: string } {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  const input = path.join(folder, 'raw');
  mkdirSync(input);
  for (let index = 0; index < count; index++) {
    const report = generateReport(seed, index);
    writeFileSync(path.join(input, report.fileName), report.text);
  }
  return { folder, input };
}

describe('ingest at scale', () => {
  it('threads, cache and a single thread agree', { timeout: 180_000 }, () => {
    const { folder, input } = corpus('bien-nien-scale-', 300, 3);
    const common = ['--input', input, '--overrides', path.join(folder, 'none')];
    const cache = path.join(folder, 'cache');

    ingest([
      ...common,
      '--output',
      path.join(folder, 'threads'),
      '--report',
      path.join(folder, 't.json'),
      '--cache',
      cache,
    ]);
    const warm = ingest([
      ...common,
      '--output',
      path.join(folder, 'warm'),
      '--report',
      path.join(folder, 'w.json'),
      '--cache',
      cache,
    ]);
    expect(warm).toContain('300 unchanged files taken from the cache, 0 extracted');
    expect(readAll(path.join(folder, 'warm'))).toEqual(readAll(path.join(folder, 'threads')));

    // A run of fewer than 200 files stays on one thread: compare a subset.
    const small = path.join(folder, 'small');
    mkdirSync(small);
    for (const name of readdirSync(input).slice(0, 50))
      writeFileSync(path.join(small, name), readFileSync(path.join(input, name)));
    ingest([
      '--input',
      small,
      '--overrides',
      path.join(folder, 'none'),
      '--output',
      path.join(folder, 'single'),
      '--report',
      path.join(folder, 's.json'),
      '--no-cache',
    ]);
    const threaded = readAll(path.join(folder, 'threads'));
    for (const [name, text] of Object.entries(readAll(path.join(folder, 'single')))) expect(threaded[name]).toBe(text);

    appendFileSync(path.join(input, readdirSync(input)[0]!), '\nMột đoạn thêm vào sau.\n');
    const changed = ingest([
      ...common,
      '--output',
      path.join(folder, 'changed'),
      '--report',
      path.join(folder, 'c.json'),
      '--cache',
      cache,
    ]);
    expect(changed).toContain('299 unchanged files taken from the cache, 1 extracted');
  });

  it('keeps unchanged report files of the previous output (linked, not rewritten), and redoes an edited one', () => {
    const { folder, input } = corpus('bien-nien-link-', 5, 4);
    const output = path.join(folder, 'reports');
    const args = ['--input', input, '--overrides', path.join(folder, 'none'), '--output', output];
    ingest(args);
    const [kept, edited] = readdirSync(output).sort();
    const before = readAll(output);
    const keptInode = statSync(path.join(output, kept!)).ino;
    writeFileSync(path.join(output, edited!), 'edited by hand\n');

    ingest(args);
    expect(readAll(output)).toEqual(before);
    expect(statSync(path.join(output, kept!)).ino).toBe(keptInode);
  });

  it('a run that changes nothing writes nothing; one that only loses an input removes its report', () => {
    const { folder, input } = corpus('bien-nien-unchanged-', 4, 6);
    const output = path.join(folder, 'reports');
    const cache = path.join(folder, 'cache');
    const args = ['--input', input, '--overrides', path.join(folder, 'none'), '--output', output, '--cache', cache];
    ingest(args);
    const first = readAll(output);
    const memoryFiles = readdirSync(cache).filter((name) => name.endsWith('.json'));
    expect(memoryFiles.length).toBeGreaterThan(0);
    const old = new Date('2025-01-01T00:00:00Z');
    for (const name of memoryFiles) utimesSync(path.join(cache, name), old, old);
    const folderInode = statSync(output).ino;
    const fileInodes = Object.keys(first).map((name) => statSync(path.join(output, name)).ino);

    ingest(args);
    expect(readAll(output)).toEqual(first);
    expect(statSync(output).ino).toBe(folderInode);
    expect(Object.keys(first).map((name) => statSync(path.join(output, name)).ino)).toEqual(fileInodes);
    for (const name of memoryFiles) expect(statSync(path.join(cache, name)).mtimeMs).toBe(old.getTime());

    const [removed] = readdirSync(input).sort();
    const report = JSON.parse(readFileSync(path.join(folder, 'ingest-report.json'), 'utf8')) as {
      files: { file: string; slug?: string }[];
    };
    const removedSlug = report.files.find((outcome) => outcome.file === removed)!.slug!;
    rmSync(path.join(input, removed!));
    ingest(args);
    const { [`${removedSlug}.md`]: gone, ...rest } = first;
    expect(gone).toBeDefined();
    expect(readAll(output)).toEqual(rest);
  });

  it('a warm run reads no input and no report file whose size, time and inode are unchanged', () => {
    const { folder, input } = corpus('bien-nien-memory-', 3, 5);
    const output = path.join(folder, 'reports');
    const args = ['--input', input, '--overrides', path.join(folder, 'none'), '--output', output];
    const cached = [...args, '--cache', path.join(folder, 'cache')];
    // Whole seconds, so that a time can be put back exactly.
    const stamp = new Date('2025-01-01T00:00:00Z');
    const [name] = readdirSync(input).sort();
    const source = path.join(input, name!);
    utimesSync(source, stamp, stamp);
    ingest(cached);
    const first = readAll(output);

    // The same size and time on the same inode: the run takes it as unchanged and does not read it.
    const text = readFileSync(source, 'utf8');
    const changedText = text.replace(/a/g, 'e');
    expect(Buffer.byteLength(changedText)).toBe(Buffer.byteLength(text));
    writeFileSync(source, changedText);
    utimesSync(source, stamp, stamp);
    expect(ingest(cached)).toContain('3 unchanged files taken from the cache, 0 extracted');
    expect(readAll(output)).toEqual(first);

    // A report file edited in place has another time: it is put right.
    const [report] = readdirSync(output).sort();
    writeFileSync(path.join(output, report!), 'edited by hand\n');
    ingest(cached);
    expect(readAll(output)).toEqual(first);

    // A new time on the input: it is read, and its new text extracted.
    utimesSync(source, new Date(), new Date());
    expect(ingest(cached)).toContain('2 unchanged files taken from the cache, 1 extracted');
    expect(readAll(output)).not.toEqual(first);
  });
});
