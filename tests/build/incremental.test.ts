/**
 * Astro's incremental build with our cache keys: after one report's body
 * changes, that page is rendered again and the others are restored from
 * the last build, byte for byte.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, astroBuild } from '../support/astro-build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'bien-nien-incremental-'));
const reports = path.join(work, 'reports');
const cache = path.join(work, 'cache');

/** Each build writes a fresh folder, as `npm run build` does (it swaps a staging folder in). */
function buildInto(out: string): string {
  const result = astroBuild({ reports, out: path.join(work, out), cache });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

const page = (out: string, slug: string) => readFileSync(path.join(work, out, 'bao-cao', slug, 'index.html'), 'utf8');

describe('incremental Astro build', () => {
  it('renders again only the report whose text changed', { timeout: 300_000 }, () => {
    cpSync(path.join(ROOT, 'content/reports'), reports, { recursive: true });
    const slugs = readdirSync(reports)
      .filter((file) => file.endsWith('.md'))
      .map((file) => file.replace(/\.md$/, ''))
      .sort();
    buildInto('first');

    const [changed, ...others] = slugs;
    const file = path.join(reports, `${changed}.md`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nĐoạn bổ sung của người lưu trữ.\n`);
    const log = buildInto('second');

    expect(page('second', changed!)).toContain('Đoạn bổ sung của người lưu trữ.');
    for (const slug of others) expect(page('second', slug)).toBe(page('first', slug));
    const restored = log.split('\n').filter((line) => line.includes('/bao-cao/') && line.includes('(restored)'));
    expect(restored).toHaveLength(others.length);
    expect(restored.join('\n')).not.toContain(changed);
  });
});
