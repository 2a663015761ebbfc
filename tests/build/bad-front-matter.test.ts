/**
 * A hand-edited report with bad front matter fails the Astro build, and the
 * error names the file, the field and the reason.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, astroBuild } from '../support/astro-build.ts';

function buildInto(reports: string) {
  const out = mkdtempSync(path.join(tmpdir(), 'bien-nien-out-'));
  return astroBuild({ reports, out, cache: path.join(out, '.cache') });
}

describe('astro build on hand-edited reports', () => {
  it('fails on a bad date, naming the file, the field and the reason', { timeout: 180_000 }, () => {
    const reports = mkdtempSync(path.join(tmpdir(), 'bien-nien-reports-'));
    cpSync(path.join(ROOT, 'content/reports'), reports, { recursive: true });
    const file = readdirSync(reports).sort()[0]!;
    const text = readFileSync(path.join(reports, file), 'utf8');
    writeFileSync(path.join(reports, file), text.replace(/^meetingDate: .*$/m, "meetingDate: '2021-02-30'"));
    const result = buildInto(reports);
    expect(result.status).not.toBe(0);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output).toContain(file);
    expect(output).toMatch(/meetingDate/);
    expect(output).toMatch(/Invalid ISO date/);
  });
});
