/**
 * The site rendered in parts is the same site as rendered whole, byte for
 * byte; and after one report's text changes, only its page is rendered
 * again (its part is patched), and the result is still that same site.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, buildScript } from '../support/astro-build.ts';
import { snapshot } from '../support/tree-snapshot.ts';

const work = mkdtempSync(path.join(tmpdir(), 'bien-nien-parts-'));
const raw = path.join(work, 'raw');
cpSync(path.join(ROOT, 'content/raw'), raw, { recursive: true });

function build(name: string, partSize: string | undefined): { stdout: string; out: string } {
  const out = path.join(work, `${name}-${Math.random().toString(36).slice(2)}`);
  const result = buildScript(
    { input: raw, reports: path.join(work, `${name}-reports`), out, cache: path.join(work, `${name}-cache`) },
    partSize ? { BIEN_NIEN_PART_SIZE: partSize } : {},
  );
  expect(result.status, result.stderr).toBe(0);
  return { stdout: result.stdout, out };
}

describe('the site rendered in parts', () => {
  it('is the site rendered whole, and a rebuild renders only the changed page', { timeout: 600_000 }, () => {
    const whole = build('whole', undefined);
    expect(whole.stdout).toMatch(/in 1 Astro build\(s\)/);

    // Five reports in parts of two: three or so parts and the listings.
    const parted = build('parted', '2');
    const builds = Number(/in (\d+) Astro build\(s\) \(0 unchanged, 0 patched\)/.exec(parted.stdout)?.[1]);
    expect(builds).toBeGreaterThanOrEqual(3);
    const wholeFiles = snapshot(whole.out);
    expect(Object.keys(wholeFiles).filter((file) => file.startsWith('bao-cao/'))).toHaveLength(5);
    expect(snapshot(parted.out)).toEqual(wholeFiles);

    const [changed] = readdirSync(raw).sort();
    // A paragraph in the middle of the body: at the end it would be taken for the site's trailing chrome.
    const paragraphs = readFileSync(path.join(raw, changed!), 'utf8').split('\n\n');
    paragraphs.splice(Math.floor(paragraphs.length / 2), 0, 'Đoạn bổ sung của người lưu trữ.');
    writeFileSync(path.join(raw, changed!), paragraphs.join('\n\n'));
    const rebuilt = build('parted', '2');
    // The record shows nothing new to the listings (the raw file's hash is
    // not in their catalogue): they are reused, and the changed report's
    // part is patched. The other parts are reused as they are.
    expect(rebuilt.stdout).toContain(`in ${builds} Astro build(s) (${builds - 1} unchanged, 1 patched)`);
    const before = snapshot(parted.out);
    const after = snapshot(rebuilt.out);
    const differing = Object.keys(after).filter((file) => after[file] !== before[file] && !file.startsWith('pagefind'));
    expect(differing.filter((file) => file.startsWith('bao-cao/'))).toHaveLength(1);
    expect(differing).toContain(`nguon/${changed}`);
    const page = readFileSync(
      path.join(
        rebuilt.out,
        differing.find((file) => file.startsWith('bao-cao/'))!,
      ),
      'utf8',
    );
    expect(page).toContain('Đoạn bổ sung của người lưu trữ.');
    // The page shows the hash of the raw file as it now is.
    const hash = createHash('sha256')
      .update(readFileSync(path.join(raw, changed!)))
      .digest('hex');
    expect(page).toContain(hash);
    // And the patched site is the one a build from nothing makes of the changed input.
    expect(after).toEqual(snapshot(build('whole-again', undefined).out));
  });
});
