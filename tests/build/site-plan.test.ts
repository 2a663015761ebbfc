/**
 * The site plan's files (each build's records, links, scope and summary)
 * are written only when their text changed, which the plan tells by the
 * hash it keeps beside each file, not by reading the file back
 * (src/build/site-plan.ts). So: a plan run again over the same reports
 * writes none of them again; after an edit, the files are those a plan
 * from nothing writes; and a file whose hash is missing (a run cut off
 * while writing it) is written again.
 *
 * Thirty synthetic reports, in parts of ten, and listings builds given at
 * most twelve records each, so that every kind of file is written.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/generate-corpus.ts';
import { planSite, type SiteBuildPaths, type SitePlan } from '../../src/build/site-plan.ts';
import { runIngest } from '../../src/ingest/run.ts';
import { ROOT } from '../support/astro-build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'bien-nien-plan-'));
const reports = path.join(work, 'reports');
const PART_SIZE = 10;
const LISTING_SIZE = 12;

function pathsWith(cache: string): SiteBuildPaths {
  return { root: ROOT, reports, raw: path.join(work, 'raw'), out: path.join(work, 'out'), cache };
}

const plan = (cache: string): Promise<SitePlan> => planSite(pathsWith(cache), PART_SIZE, LISTING_SIZE);

/** The files the plan writes with a hash beside them, by path in the cache, with their text and stamp. */
function writtenFiles(cache: string): Map<string, { text: string; mtimeMs: number; ino: number }> {
  const files = new Map<string, { text: string; mtimeMs: number; ino: number }>();
  for (const entry of readdirSync(cache, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.sha256')) continue;
    const file = path.join(entry.parentPath, entry.name.slice(0, -'.sha256'.length));
    const { mtimeMs, ino } = statSync(file);
    files.set(path.relative(cache, file), { text: readFileSync(file, 'utf8'), mtimeMs, ino });
  }
  return files;
}

function textsOf(files: ReadonlyMap<string, { text: string }>): Map<string, string> {
  return new Map([...files].map(([name, { text }]) => [name, text]));
}

beforeAll(async () => {
  await writeCorpus(30, 11, path.join(work, 'raw'));
  await runIngest({
    input: path.join(work, 'raw'),
    output: reports,
    overrides: path.join(work, 'no-overrides'),
    reportPath: path.join(work, 'ingest-report.json'),
  });
});

describe('the site plan', () => {
  const cache = path.join(work, 'cache');

  it('writes none of its files again when nothing changed', async () => {
    const first = await plan(cache);
    const before = writtenFiles(cache);
    // Every kind: the catalogue, the parts' links, a listings build's records and scope, the summary.
    const names = [...before.keys()];
    expect(names).toContain('catalogue.json');
    expect(names.filter((name) => name.endsWith('links.json')).length).toBeGreaterThan(1);
    expect(names.some((name) => name.startsWith('listings-') && name.endsWith('scope.json'))).toBe(true);
    expect(names).toContain(path.join('listings', 'summary.json'));

    const second = await plan(cache);
    expect(second).toStrictEqual(first);
    expect(writtenFiles(cache)).toStrictEqual(before);
  });

  it('after an edit, holds the files a plan from nothing writes', async () => {
    const before = writtenFiles(cache);
    const file = path.join(reports, readdirSync(reports).sort()[3]!);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^title: .*$/m);
    writeFileSync(file, text.replace(/^title: .*$/m, 'title: Hội nghị Ban Chấp hành sửa tiêu đề'));

    const updated = await plan(cache);
    const fresh = await plan(path.join(work, 'fresh-cache'));
    expect(updated.jobs.map((job) => job.fingerprint)).toStrictEqual(fresh.jobs.map((job) => job.fingerprint));
    const after = writtenFiles(cache);
    expect(textsOf(after)).toStrictEqual(textsOf(writtenFiles(path.join(work, 'fresh-cache'))));
    // The title is listed: the catalogue and the listings that list the report were written again, and not every file.
    const rewritten = [...after].filter(([name, { mtimeMs, ino }]) => {
      const old = before.get(name);
      return !old || old.mtimeMs !== mtimeMs || old.ino !== ino;
    });
    expect(rewritten.map(([name]) => name)).toContain('catalogue.json');
    expect(rewritten.length).toBeLessThan(after.size);
  });

  it('writes a file again when its hash is missing', async () => {
    const expected = textsOf(writtenFiles(cache));
    const name = [...expected.keys()].find((key) => key.startsWith('listings-') && key.endsWith('catalogue.json'))!;
    // As a run cut off while writing it leaves it: part of the file, and no hash (removed before the file is written).
    writeFileSync(path.join(cache, name), expected.get(name)!.slice(0, 100));
    rmSync(path.join(cache, `${name}.sha256`));

    await plan(cache);
    expect(readFileSync(path.join(cache, name), 'utf8')).toBe(expected.get(name));
    expect(textsOf(writtenFiles(cache))).toStrictEqual(expected);
  });
});
