/**
 * Real-world and hostile input (tests/fixtures/hostile, one file per
 * case), run through the real CLI: each file must end as a correct report
 * or a rejection with its reason, and nothing may hang.
 */
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileOutcome, IngestReport } from '../../src/ingest/run.ts';
import { ROOT, runIngestCli } from '../support/ingest-cli.ts';

const root = ROOT;

type Expected =
  | { status: 'report'; check?: Record<string, unknown>; warning?: string }
  | { status: 'rejected'; reason: RegExp }
  | { status: 'duplicate'; of: string };

const EXPECTED: Record<string, Expected> = {
  'empty.txt': { status: 'rejected', reason: /^empty file \(0 bytes\)$/ },
  'whitespace-only.txt': { status: 'rejected', reason: /^empty file: it holds no text, only white space$/ },
  'png-renamed.txt': { status: 'rejected', reason: /^binary content \(PNG signature\), not text$/ },
  'pdf-not-text.pdf': { status: 'rejected', reason: /^unsupported file type "\.pdf"/ },
  'no-title.txt': { status: 'rejected', reason: /^no title line found: the first line is a paragraph of \d+ words/ },
  'latin1-unknown.txt': {
    status: 'rejected',
    reason: /^not valid UTF-8 \(byte 0xe9 at offset 3\), and not a Vietnamese encoding/,
  },
  'tcvn3-abc.txt': { status: 'rejected', reason: /^legacy TCVN3 encoding recognised/ },
  'vni.txt': { status: 'rejected', reason: /^legacy VNI encoding recognised/ },
  'symlink.txt': { status: 'rejected', reason: /^symbolic link, not followed$/ },
  'huge-20mb.txt': { status: 'rejected', reason: /^too large \(20\.0 MiB; a report is at most 5 MiB\)$/ },
  'same-text-twice.txt': { status: 'duplicate', of: 'same-text-twice-copy.txt' },
  'same-text-twice-copy.txt': { status: 'report', check: { unit: { name: 'Huyện ủy Cần Giờ' } } },
  'same-title-other-report.txt': { status: 'report', check: { author: 'Minh Khang' } },
  'no-date-at-all.txt': {
    status: 'report',
    check: { published: null, meetingDate: null },
    warning: 'no publication date line found',
  },
  'meeting-after-publication.txt': {
    status: 'report',
    check: { published: '2024-05-14', meetingDate: '2024-05-20' },
    warning: 'the meeting date 2024-05-20 is after the publication date 2024-05-14',
  },
  'tên có dấu và khoảng trắng.txt': {
    status: 'report',
    check: { title: 'Hội nghị Ban Thường vụ Huyện ủy Cần Giờ quý II (bản có dấu)' },
  },
  '-leading-dash.txt': { status: 'report', check: { title: 'Hội nghị Ban Thường vụ Huyện ủy Cần Giờ quý III' } },
  '..hai-cham.txt': { status: 'report', check: { title: 'Hội nghị Ban Thường vụ Huyện ủy Cần Giờ quý IV' } },
  'utf16-with-bom.txt': { status: 'report', check: { unit: { name: 'Huyện ủy Nhà Bè' }, author: 'Long Hồ' } },
  'windows-1258.txt': {
    status: 'report',
    check: {
      title: 'Hội nghị chuyên đề (mở rộng) Ban Chấp hành Đảng bộ Quận 4 nhiệm kỳ 2020 – 2025',
      author: 'Mỹ Duyên',
    },
  },
  'html-page.html': {
    status: 'report',
    check: {
      title: 'Ban Thường vụ Huyện ủy Cần Giờ sơ kết công tác quý I',
      published: '2024-04-08',
      publishedTime: '10:15',
      meetingDate: '2024-04-05',
      chair: { name: 'Lê Minh Tân', role: 'Bí thư Huyện ủy' },
      author: 'Hoài Thương',
      captions: ['Toàn cảnh hội nghị'],
    },
  },
  'html-saved-as-text.txt': {
    status: 'report',
    check: {
      title: 'Hội nghị Ban Chấp hành Đảng bộ huyện Cần Giờ lần thứ 12',
      published: '2024-07-02',
      author: 'Minh Khang',
    },
  },
  'cms-export-json.md': {
    status: 'report',
    check: {
      title: 'Giao ban khối dân vận Huyện ủy Cần Giờ tháng 8',
      published: '2024-08-20',
      meetingDate: '2024-08-19',
    },
  },
  'cms-export-yaml.md': {
    status: 'report',
    check: {
      title: 'Hội nghị Ban Thường vụ Huyện ủy Cần Giờ tháng 9',
      published: '2024-09-10',
      meetingDate: '2024-09-09',
    },
  },
  'script-injection.txt': { status: 'report', check: { unit: { name: 'Huyện ủy Hòa Vang' } } },
  'long-line.txt': { status: 'report', check: { title: 'Hội nghị Huyện ủy Cần Giờ với một dòng rất dài' } },
};

describe('hostile and real-world input', () => {
  let report: IngestReport;
  let folder = '';
  let seconds = 0;

  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'bien-nien-hostile-'));
    const input = path.join(folder, 'raw');
    cpSync(path.join(root, 'tests/fixtures/hostile'), input, { recursive: true });
    symlinkSync(path.join(input, 'empty.txt'), path.join(input, 'symlink.txt'));
    // Too large to commit: made here.
    writeFileSync(path.join(input, 'huge-20mb.txt'), Buffer.alloc(20 * 1024 * 1024, 'Hội nghị '));
    writeFileSync(
      path.join(input, 'long-line.txt'),
      `Hội nghị Huyện ủy Cần Giờ với một dòng rất dài\n\n${'Đảng bộ Quận ủy đề nghị 8/1 '.repeat(7200)}\n`,
    );
    const started = performance.now();
    const result = runIngestCli([
      '--input',
      input,
      '--output',
      path.join(folder, 'out'),
      '--overrides',
      path.join(folder, 'none'),
    ]);
    seconds = (performance.now() - started) / 1000;
    expect(result.status, result.stderr).toBe(0);
    report = JSON.parse(readFileSync(path.join(folder, 'ingest-report.json'), 'utf8')) as IngestReport;
  }, 180_000);

  it('accounts for every file, and for no other', () => {
    expect(report.files.map((outcome) => outcome.file).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(seconds).toBeLessThan(120);
  });

  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    const outcome = report.files.find((candidate) => candidate.file === file) as FileOutcome;
    expect(outcome.status).toBe(expected.status);
    if (expected.status === 'rejected' && outcome.status === 'rejected')
      expect(outcome.reason).toMatch(expected.reason);
    if (expected.status === 'duplicate' && outcome.status === 'duplicate')
      expect(outcome.duplicateOf).toBe(expected.of);
    if (expected.status === 'report' && outcome.status === 'report') {
      const data = matter(readFileSync(path.join(folder, 'out', `${outcome.slug}.md`), 'utf8')).data;
      expect(data).toMatchObject(expected.check ?? {});
      if (expected.warning) expect(outcome.warnings).toContain(expected.warning);
    }
  });

  it('gives two different reports with the same title two slugs', () => {
    const slugs = report.files.flatMap((outcome) => (outcome.status === 'report' ? [outcome.slug] : []));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(
      slugs.filter((slug) => slug.startsWith('hoi-nghi-ban-thuong-vu-huyen-uy-can-gio-quy-ii-')).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('writes no markup from a source into a report body', () => {
    for (const outcome of report.files) {
      if (outcome.status !== 'report') continue;
      const body = matter(readFileSync(path.join(folder, 'out', `${outcome.slug}.md`), 'utf8')).content;
      expect(body.match(/(?<!\\)<(?!\/?fig)/g), outcome.file).toBeNull();
      expect(body).not.toMatch(/(?<!\\)\]\(/);
    }
  });
});
