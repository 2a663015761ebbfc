/**
 * The site rendered in parts is the same site as rendered whole, byte for
 * byte; and after one report changes, only its part is built again.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
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
  it('is the site rendered whole, and a rebuild builds only the changed part', { timeout: 600_000 }, () => {
    const whole = build('whole', undefined);
    expect(whole.stdout).toMatch(/in 1 Astro build\(s\)/);

    // Five reports in parts of two: three or so parts and the listings.
    const parted = build('parted', '2');
    const builds = Number(/in (\d+) Astro build\(s\) \(0 unchanged\)/.exec(parted.stdout)?.[1]);
    expect(builds).toBeGreaterThanOrEqual(3);
    const wholeFiles = snapshot(whole.out);
    expect(Object.keys(wholeFiles).filter((file) => file.startsWith('bao-cao/'))).toHaveLength(5);
    expect(snapshot(parted.out)).toEqual(wholeFiles);

    const [changed] = readdirSync(raw).sort();
    appendFileSync(path.join(raw, changed!), '\n');
    const rebuilt = build('parted', '2');
    // The record's source hash changes with the text, and the open-data
    // export lists it: the listings and the changed report's part are built
    // again, the other parts are reused as they are.
    expect(rebuilt.stdout).toContain(`in ${builds} Astro build(s) (${builds - 2} unchanged)`);
    const before = snapshot(parted.out);
    const after = snapshot(rebuilt.out);
    const differing = Object.keys(after).filter((file) => after[file] !== before[file] && !file.startsWith('pagefind'));
    expect(differing.filter((file) => file.startsWith('bao-cao/'))).toHaveLength(1);
    expect(differing).toContain(`nguon/${changed}`);
    // The page shows the hash of the raw file as it now is.
    const page = differing.find((file) => file.startsWith('bao-cao/'))!;
    const hash = createHash('sha256')
      .update(readFileSync(path.join(raw, changed!)))
      .digest('hex');
    expect(readFileSync(path.join(rebuilt.out, page), 'utf8')).toContain(hash);
  });
});
