/**
 * Astro's incremental build with our cache keys: after one report's body
 * changes, that page is rendered again and the others are restored from
 * the last build, byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'bien-nien-incremental-'));
const reports = path.join(work, 'reports');
const cache = path.join(work, 'cache');

/** Each build writes a fresh folder, as `npm run build` does (it swaps a staging folder in). */
function astroBuild(out: string): string {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key)),
  );
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...env,
      ASTRO_TELEMETRY_DISABLED: '1',
      BIEN_NIEN_REPORTS: reports,
      ASTRO_OUT_DIR: path.join(work, out),
      ASTRO_CACHE_DIR: cache,
    },
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

const page = (out: string, slug: string) => readFileSync(path.join(work, out, 'bao-cao', slug, 'index.html'), 'utf8');

describe('incremental Astro build', () => {
  it('renders again only the report whose text changed', { timeout: 300_000 }, () => {
    cpSync(path.join(root, 'content/reports'), reports, { recursive: true });
    const slugs = readdirSync(reports)
      .filter((file) => file.endsWith('.md'))
      .map((file) => file.replace(/\.md$/, ''))
      .sort();
    astroBuild('first');

    const [changed, ...others] = slugs;
    const file = path.join(reports, `${changed}.md`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nĐoạn bổ sung của người lưu trữ.\n`);
    const log = astroBuild('second');

    expect(page('second', changed!)).toContain('Đoạn bổ sung của người lưu trữ.');
    for (const slug of others) expect(page('second', slug)).toBe(page('first', slug));
    const restored = log.split('\n').filter((line) => line.includes('/bao-cao/') && line.includes('(restored)'));
    expect(restored).toHaveLength(others.length);
    expect(restored.join('\n')).not.toContain(changed);
  });
});
