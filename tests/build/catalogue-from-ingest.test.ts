/**
 * The ingest hands each report file it writes over to the site's
 * catalogue, with its record as read back from the text written: the site
 * build that follows reads no report file for its catalogue, and finds the
 * records that reading the files gives. So after an edit and a removal.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/generate-corpus.ts';
import {
  CATALOGUE_HANDOVER,
  CATALOGUE_MEMORY,
  catalogueMemoryVersion,
  readCatalogue,
  readReportFiles,
} from '../../src/build/catalogue.ts';
import { runIngest } from '../../src/ingest/run.ts';

const work = mkdtempSync(path.join(tmpdir(), 'bien-nien-handover-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const raw = path.join(work, 'raw');
const reports = path.join(work, 'reports');
const memoryFile = path.join(work, 'site', CATALOGUE_MEMORY);
const handoverFile = path.join(work, 'site', CATALOGUE_HANDOVER);

const ingest = () =>
  runIngest({
    input: raw,
    output: reports,
    overrides: path.join(work, 'no-overrides'),
    cacheDir: path.join(work, 'ingest-cache'),
    reportPath: path.join(work, 'ingest-report.json'),
    recordHandover: { file: handoverFile, version: catalogueMemoryVersion() },
  });

/** The catalogue as the site build reads it with its memory, and the files it had to read for it. */
async function siteCatalogue() {
  const read: string[] = [];
  const entries = await readCatalogue(reports, memoryFile, (files) => {
    read.push(...files);
    return readReportFiles(files);
  });
  return { entries, read };
}

describe('the catalogue handed over by the ingest', () => {
  it('leaves the site build no report file to read, after a first run, an edit and a removal', async () => {
    await writeCorpus(12, 5, raw);
    await ingest();
    expect(existsSync(handoverFile)).toBe(true);
    const first = await siteCatalogue();
    expect(first.read).toEqual([]);
    // Taken into the catalogue's memory; a run that writes nothing hands nothing over.
    expect(existsSync(handoverFile)).toBe(false);
    await ingest();
    expect(existsSync(handoverFile)).toBe(false);
    expect(first.entries).toHaveLength(12);
    expect(first.entries).toStrictEqual(await readCatalogue(reports));

    const [edited, removed] = readdirSync(raw).sort();
    const paragraphs = readFileSync(path.join(raw, edited!), 'utf8').split('\n\n');
    paragraphs.splice(Math.floor(paragraphs.length / 2), 0, 'Đoạn bổ sung của người lưu trữ.');
    writeFileSync(path.join(raw, edited!), paragraphs.join('\n\n'));
    rmSync(path.join(raw, removed!));
    await ingest();
    // Only the file written again is handed over: the ingest neither reads nor writes the whole memory.
    expect(Object.keys((JSON.parse(readFileSync(handoverFile, 'utf8')) as { files: object }).files)).toHaveLength(1);
    const second = await siteCatalogue();
    expect(second.read).toEqual([]);
    expect(second.entries).toHaveLength(11);
    expect(second.entries).toStrictEqual(await readCatalogue(reports));
  });
});
