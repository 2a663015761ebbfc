/**
 * The ingest CLI, run for real on a temporary folder of good and bad
 * files: every input file must end up as a report or in the ingest report
 * with its reason.
 */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestReport } from '../../src/ingest/run.ts';
import { ROOT, runIngestCli, startIngestCli } from '../support/ingest-cli.ts';
import { reportSchema } from '../../src/report/schema.ts';

const root = ROOT;
const sample = path.join(root, 'content/raw/000_3cc35aac2edb11df.txt');

const runCli = runIngestCli;

function makeInputs(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'bien-nien-ingest-'));
  const input = path.join(folder, 'raw');
  mkdirSync(input);
  copyFileSync(sample, path.join(input, 'good.txt'));
  copyFileSync(path.join(root, 'content/raw/002_d98efc04c9da44ad.txt'), path.join(input, 'good 2 có dấu.txt'));
  copyFileSync(sample, path.join(input, 'same-text.txt'));
  writeFileSync(path.join(input, 'empty.txt'), '');
  writeFileSync(path.join(input, 'blank.txt'), ' \n\n\t \n');
  writeFileSync(path.join(input, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  writeFileSync(
    path.join(input, 'utf16.txt'),
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(readFileSync(path.join(root, 'content/raw/004_a88e223b5962d254.txt'), 'utf8'), 'utf16le'),
    ]),
  );
  writeFileSync(path.join(input, 'latin1.txt'), Buffer.from([0x48, 0xe9, 0x20, 0x6e, 0x67, 0x68, 0xe9]));
  writeFileSync(path.join(input, 'notes.pdf'), '%PDF-1.4');
  symlinkSync(sample, path.join(input, 'link.txt'));
  return folder;
}

describe('npm run ingest', () => {
  let folder = '';
  let report: IngestReport;
  let stdout = '';

  beforeAll(() => {
    folder = makeInputs();
    const result = runCli([
      '--input',
      path.join(folder, 'raw'),
      '--output',
      path.join(folder, 'reports'),
      '--overrides',
      path.join(folder, 'none'),
    ]);
    expect(result.status, result.stderr).toBe(0);
    stdout = result.stdout;
    report = JSON.parse(readFileSync(path.join(folder, 'ingest-report.json'), 'utf8')) as IngestReport;
  });

  it('accounts for every input file', () => {
    const inputs = readdirSync(path.join(folder, 'raw')).sort();
    expect(report.files.map((outcome) => outcome.file).sort()).toEqual(inputs);
    expect(report.counts).toMatchObject({ files: 10, reports: 3, duplicates: 1, rejected: 6 });
  });

  it('gives each rejected file its reason', () => {
    const reasons = Object.fromEntries(
      report.files.filter((outcome) => outcome.status === 'rejected').map((outcome) => [outcome.file, outcome.reason]),
    );
    expect(reasons).toEqual({
      'empty.txt': 'empty file (0 bytes)',
      'blank.txt': 'empty file: it holds no text, only white space',
      'image.txt': 'binary content (PNG signature), not text',
      'latin1.txt': expect.stringMatching(/^not valid UTF-8 \(byte 0xe9 at offset 1\)/),
      'notes.pdf': 'unsupported file type ".pdf": only .txt, .html and .md are read',
      'link.txt': 'symbolic link, not followed',
    } satisfies Record<string, unknown> as Record<string, string>);
  });

  it('reads UTF-16 and lists the same text under another name as a duplicate', () => {
    expect(report.files.find((outcome) => outcome.file === 'utf16.txt')).toMatchObject({ status: 'report' });
    expect(report.files.find((outcome) => outcome.file === 'same-text.txt')).toEqual({
      file: 'same-text.txt',
      status: 'duplicate',
      duplicateOf: 'good.txt',
    });
  });

  it('writes valid front matter, with dates as quoted strings', () => {
    const files = readdirSync(path.join(folder, 'reports'));
    expect(files).toHaveLength(3);
    for (const file of files) {
      const text = readFileSync(path.join(folder, 'reports', file), 'utf8');
      expect(reportSchema.safeParse(matter(text).data).success).toBe(true);
    }
    const good = report.files.find((outcome) => outcome.file === 'good.txt');
    if (good?.status !== 'report') throw new Error('good.txt gave no report');
    expect(readFileSync(path.join(folder, 'reports', `${good.slug}.md`), 'utf8')).toContain(
      'meetingDate: "2021-01-08"',
    );
  });

  it('prints a readable summary', () => {
    expect(stdout).toContain('Ingest: 10 files → 3 reports, 6 rejected, 1 duplicates');
    expect(stdout).toContain('rejected  image.txt: binary content (PNG signature), not text');
  });

  it('is deterministic: a second run gives byte-identical output', () => {
    const again = path.join(folder, 'again');
    expect(
      runCli([
        '--input',
        path.join(folder, 'raw'),
        '--output',
        again,
        '--overrides',
        path.join(folder, 'none'),
        '--report',
        path.join(folder, 'again.json'),
      ]).status,
    ).toBe(0);
    for (const file of readdirSync(again)) {
      expect(readFileSync(path.join(again, file))).toEqual(readFileSync(path.join(folder, 'reports', file)));
    }
  });

  it('exits 1 with --strict when something was rejected', () => {
    const result = runCli([
      '--input',
      path.join(folder, 'raw'),
      '--output',
      path.join(folder, 'strict'),
      '--overrides',
      path.join(folder, 'none'),
      '--report',
      path.join(folder, 'strict.json'),
      '--strict',
    ]);
    expect(result.status).toBe(1);
  });

  it('exits 2 on an unknown option', () => {
    const result = runCli(['--inptu', 'x']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Unknown option '--inptu'/);
  });
});

describe('overrides through the CLI', () => {
  it('applies a correction, and fails on one that names a missing report', () => {
    const folder = makeInputs();
    const overrides = path.join(folder, 'overrides');
    mkdirSync(overrides);
    writeFileSync(path.join(overrides, 'good.yml'), '# the text never says who wrote it\nauthor: Nguyễn Mỹ Duyên\n');
    const args = [
      '--input',
      path.join(folder, 'raw'),
      '--output',
      path.join(folder, 'reports'),
      '--overrides',
      overrides,
    ];
    expect(runCli(args).status).toBe(0);
    const written = readdirSync(path.join(folder, 'reports')).map(
      (file) => matter(readFileSync(path.join(folder, 'reports', file), 'utf8')).data,
    );
    expect(written.find((data) => data.source.file === 'good.txt')).toMatchObject({
      author: 'Nguyễn Mỹ Duyên',
      corrections: ['author'],
    });

    writeFileSync(path.join(overrides, 'gone.yml'), 'author: Ai đó\n');
    const result = runCli(args);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('override error gone.yml: names the report "gone", which is not in the input');
  });

  it('gives the extractor output untouched with an empty overrides folder', () => {
    const folder = makeInputs();
    mkdirSync(path.join(folder, 'empty-overrides'));
    const base = ['--input', path.join(folder, 'raw'), '--overrides'];
    runCli([
      ...base,
      path.join(folder, 'empty-overrides'),
      '--output',
      path.join(folder, 'a'),
      '--report',
      path.join(folder, 'a.json'),
    ]);
    runCli([
      ...base,
      path.join(folder, 'missing'),
      '--output',
      path.join(folder, 'b'),
      '--report',
      path.join(folder, 'b.json'),
    ]);
    const names = readdirSync(path.join(folder, 'a'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names)
      expect(readFileSync(path.join(folder, 'a', name))).toEqual(readFileSync(path.join(folder, 'b', name)));
  });
});

describe('atomic output', () => {
  it('keeps the previous output whole when a run is killed', { timeout: 120_000 }, async () => {
    const folder = makeInputs();
    const output = path.join(folder, 'reports');
    const args = [
      '--input',
      path.join(folder, 'raw'),
      '--output',
      output,
      '--overrides',
      path.join(folder, 'none'),
      '--no-cache',
    ];
    expect(runCli(args).status).toBe(0);
    const before = Object.fromEntries(
      readdirSync(output).map((name) => [name, readFileSync(path.join(output, name), 'utf8')]),
    );
    // Enough inputs that the run is still writing when it is killed.
    for (let index = 0; index < 1500; index++) {
      writeFileSync(
        path.join(folder, 'raw', `copy-${index}.txt`),
        `${readFileSync(sample, 'utf8')}\nBản sao ${index}.`,
      );
    }
    const child = startIngestCli(args);
    // Kill it once it has started writing the staged output.
    const killedWhileWriting = await new Promise<boolean>((resolve) => {
      const timer = setInterval(() => {
        const staging = readdirSync(folder).find((name) => name.startsWith('reports.tmp-'));
        if (staging && readdirSync(path.join(folder, staging)).length > 0) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve(true);
        }
      }, 5);
      child.once('exit', () => {
        clearInterval(timer);
        resolve(false);
      });
    });
    await new Promise((resolve) =>
      child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve),
    );
    expect(killedWhileWriting).toBe(true);
    const after = Object.fromEntries(
      readdirSync(output).map((name) => [name, readFileSync(path.join(output, name), 'utf8')]),
    );
    expect(after).toEqual(before);
    // The next run cleans up what the killed one left.
    expect(runCli(args).status).toBe(0);
    expect(readdirSync(folder).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });
});
