/**
 * The catalogue read from the report files, with and without the memory of
 * the last read: the same records either way, and a file edited since is
 * read again, however its stamp was kept.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../src/build/catalogue.ts';
import { readReportFilesInThreads } from '../../src/build/catalogue-threads.ts';
import { ROOT } from '../support/astro-build.ts';

/** The memory file as stamp-memory.ts writes it. */
interface Memory {
  version: string;
  files: Record<string, [number, number, number, [string, { title: string }]]>;
}

const work = mkdtempSync(path.join(tmpdir(), 'bien-nien-catalogue-'));
const reports = path.join(work, 'reports');
const memory = path.join(work, 'cache', 'catalogue-memory.json');
cpSync(path.join(ROOT, 'content/reports'), reports, { recursive: true });

describe('readCatalogue', () => {
  it('gives the same records from memory as from the files', async () => {
    const fresh = await readCatalogue(reports);
    expect(fresh.length).toBe(readdirSync(reports).length);
    expect(await readCatalogue(reports, memory)).toStrictEqual(fresh);
    expect(await readCatalogue(reports, memory)).toStrictEqual(fresh);
  });

  it('reads the same records on two threads, and a bad file fails the read naming the file and the field', async () => {
    const onThreads = (files: readonly string[]) => readReportFilesInThreads(files, 0);
    expect(await readCatalogue(reports, undefined, onThreads)).toStrictEqual(await readCatalogue(reports));
    const broken = path.join(work, 'broken');
    cpSync(reports, broken, { recursive: true });
    const [, second] = readdirSync(broken).sort();
    const file = path.join(broken, second!);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^meetingDate: .*$/m, 'meetingDate: "2021-02-30"'));
    await expect(readCatalogue(broken, undefined, onThreads)).rejects.toThrow(`${second}: "meetingDate"`);
  });

  it('takes the record of an unchanged file from the memory, without reading the file', async () => {
    const saved = JSON.parse(readFileSync(memory, 'utf8')) as Memory;
    const [name, entry] = Object.entries(saved.files)[0]!;
    entry[3][1].title = 'Ghi trong bộ nhớ';
    writeFileSync(memory, JSON.stringify(saved));
    const titleOf = async () =>
      (await readCatalogue(reports, memory)).find((item) => `${item.id}.md` === name)!.data.title;
    expect(await titleOf()).toBe('Ghi trong bộ nhớ');
    // A memory written by other code (another version) is not used.
    writeFileSync(memory, JSON.stringify({ ...saved, version: 'mã cũ' }));
    expect(await titleOf()).not.toBe('Ghi trong bộ nhớ');
    expect((JSON.parse(readFileSync(memory, 'utf8')) as Memory).version).toBe(saved.version);
  });

  it('reads a file again when it changed, even at the same size and time', async () => {
    const [first] = readdirSync(reports).sort();
    const file = path.join(reports, first!);
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    // The same length, one letter of the body changed; the time put back: only the inode tells (a new file).
    const at = text.lastIndexOf('a');
    const edited = `${text.slice(0, at)}o${text.slice(at + 1)}`;
    // Written beside it and renamed over it, as an editor saves: the old inode is still taken when the new one is made.
    writeFileSync(`${file}.new`, edited);
    renameSync(`${file}.new`, file);
    utimesSync(file, before.atime, before.mtime);
    const entries = await readCatalogue(reports, memory);
    const digest = createHash('sha256').update(edited).digest('hex');
    expect(entries.find((item) => `${item.id}.md` === first)!.digest).toBe(digest);
  });

  it('forgets a file that is gone', async () => {
    const [, second] = readdirSync(reports).sort();
    rmSync(path.join(reports, second!));
    const entries = await readCatalogue(reports, memory);
    expect(entries.map((entry) => `${entry.id}.md`)).not.toContain(second);
    const saved = JSON.parse(readFileSync(memory, 'utf8')) as Memory;
    expect(Object.keys(saved.files).sort()).toEqual(readdirSync(reports).sort());
  });
});
