/**
 * A hand-edited report with bad front matter fails the Astro build, and the
 * error names the file, the field and the reason.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function astroBuild(reports: string) {
  const out = mkdtempSync(path.join(tmpdir(), 'bien-nien-out-'));
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key)),
  );
  return spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...env,
      ASTRO_TELEMETRY_DISABLED: '1',
      BIEN_NIEN_REPORTS: reports,
      ASTRO_OUT_DIR: out,
      ASTRO_CACHE_DIR: path.join(out, '.cache'),
    },
  });
}

describe('astro build on hand-edited reports', () => {
  it('fails on a bad date, naming the file, the field and the reason', { timeout: 180_000 }, () => {
    const reports = mkdtempSync(path.join(tmpdir(), 'bien-nien-reports-'));
    cpSync(path.join(root, 'content/reports'), reports, { recursive: true });
    const file = readdirSync(reports).sort()[0]!;
    const text = readFileSync(path.join(reports, file), 'utf8');
    writeFileSync(path.join(reports, file), text.replace(/^meetingDate: .*$/m, "meetingDate: '2021-02-30'"));
    const result = astroBuild(reports);
    expect(result.status).not.toBe(0);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output).toContain(file);
    expect(output).toMatch(/meetingDate/);
    expect(output).toMatch(/Invalid ISO date/);
  });
});
