/**
 * The site rendered in parts is the same site as rendered whole, byte for
 * byte; after one report's text changes, only its page is rendered again
 * (its part is patched), and the result is still that same site; and so
 * it is after a report is added and taken away again.
 *
 * Twenty-two synthetic reports in parts of eight: parts large enough that
 * a change of one report and its neighbours' links is patched, not built.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/generate-corpus.ts';
import { generateReport } from '../../src/corpus/generate.ts';
import { buildCorpus } from '../support/astro-build.ts';
import { snapshot } from '../support/tree-snapshot.ts';

const work = mkdtempSync(path.join(tmpdir(), 'bien-nien-parts-'));
const raw = path.join(work, 'raw');
const REPORTS = 22;
const PART_SIZE = '8';

function build(name: string, partSize: string | undefined, into?: string): { stdout: string; out: string } {
  const out = into ?? path.join(work, `${name}-${Math.random().toString(36).slice(2)}`);
  const result = buildCorpus(work, name, out, partSize ? { BIEN_NIEN_PART_SIZE: partSize } : {});
  expect(result.status, result.stderr).toBe(0);
  return { stdout: result.stdout, out };
}

const reportPages = (files: Record<string, string>) => Object.keys(files).filter((file) => file.startsWith('bao-cao/'));

describe('the site rendered in parts', () => {
  it('is the site rendered whole, and a rebuild renders only the changed pages', { timeout: 600_000 }, async () => {
    await writeCorpus(REPORTS, 3, raw);
    const whole = build('whole', undefined);
    expect(whole.stdout).toMatch(/in 1 Astro build\(s\)/);

    const parted = build('parted', PART_SIZE);
    const builds = Number(/in (\d+) Astro build\(s\) \(0 unchanged, 0 patched\)/.exec(parted.stdout)?.[1]);
    // Three or so parts, and the listings.
    expect(builds).toBeGreaterThanOrEqual(3);
    const wholeFiles = snapshot(whole.out);
    expect(reportPages(wholeFiles)).toHaveLength(REPORTS);
    expect(snapshot(parted.out)).toEqual(wholeFiles);

    const [changed] = readdirSync(raw).sort();
    // A paragraph in the middle of the body: at the end it would be taken for the site's trailing chrome.
    const paragraphs = readFileSync(path.join(raw, changed!), 'utf8').split('\n\n');
    paragraphs.splice(Math.floor(paragraphs.length / 2), 0, 'Đoạn bổ sung của người lưu trữ.');
    writeFileSync(path.join(raw, changed!), paragraphs.join('\n\n'));
    const rebuilt = build('parted', PART_SIZE);
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
    // The site of the last run, patched in its part's place, is untouched.
    expect(snapshot(parted.out)).toEqual(before);
    // And the patched site is the one a build from nothing makes of the changed input.
    expect(after).toEqual(snapshot(build('whole-again', undefined).out));

    // A report added, then taken away again: its page joins a part and
    // leaves it, and its neighbours' links change; no part is built whole.
    const extra = generateReport(11, 0, REPORTS);
    writeFileSync(path.join(raw, extra.fileName), extra.text);
    const site = path.join(work, 'site');
    const grown = build('parted', PART_SIZE, site);
    const patchedOnly = new RegExp(`in ${builds} Astro build\\(s\\) \\((\\d+) unchanged, (\\d+) patched\\)`);
    const grownCounts = patchedOnly.exec(grown.stdout)!.slice(1).map(Number);
    // The listings are built again (the catalogue grew); every part is reused or patched.
    expect(grownCounts[0]! + grownCounts[1]!).toBe(builds - 1);
    expect(grownCounts[1]).toBeGreaterThanOrEqual(1);
    expect(reportPages(snapshot(grown.out))).toHaveLength(REPORTS + 1);

    rmSync(path.join(raw, extra.fileName));
    const shrunk = build('parted', PART_SIZE, site);
    const shrunkCounts = patchedOnly.exec(shrunk.stdout)!.slice(1).map(Number);
    expect(shrunkCounts[0]! + shrunkCounts[1]!).toBe(builds - 1);
    expect(snapshot(shrunk.out)).toEqual(after);

    // Built once more into the same folder: the site staged is the one kept
    // from two builds back (with the added report), brought up to date in
    // place; it must come out as the site from nothing, with no file left over.
    const again = build('parted', PART_SIZE, site);
    expect(again.stdout).toContain(`(${builds} unchanged, 0 patched)`);
    expect(snapshot(site)).toEqual(after);
  });
});
