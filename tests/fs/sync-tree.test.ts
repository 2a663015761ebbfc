/**
 * A tree of hard links brought up to date in place: a file already linked
 * to its source stays (same inode), a changed one is replaced, a file
 * nobody placed is removed with the folders it leaves empty, and a path
 * placed twice is refused.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Placement, placeFile, placeTree, removeUnplaced } from '../../src/fs/sync-tree.ts';

const root = mkdtempSync(path.join(tmpdir(), 'bien-nien-sync-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const source = path.join(root, 'source');
const site = path.join(root, 'site');
const inode = (file: string) => statSync(file).ino;

describe('placeTree and removeUnplaced', () => {
  it('links a new tree, then keeps what is unchanged and replaces or removes the rest', async () => {
    write(path.join(source, 'bao-cao', 'a', 'index.html'), 'a');
    write(path.join(source, 'bao-cao', 'b', 'index.html'), 'b');
    write(path.join(source, 'index.html'), 'home');
    const first = new Placement(site);
    await placeTree(source, site, first);
    await removeUnplaced(first, () => false);
    expect(inode(path.join(site, 'bao-cao', 'a', 'index.html'))).toBe(
      inode(path.join(source, 'bao-cao', 'a', 'index.html')),
    );

    // The next state: b is a new file (another inode), a is gone, c is new; a stray file was left in the site.
    const keptHome = inode(path.join(site, 'index.html'));
    rmSync(path.join(source, 'bao-cao', 'a'), { recursive: true });
    rmSync(path.join(source, 'bao-cao', 'b', 'index.html'));
    write(path.join(source, 'bao-cao', 'b', 'index.html'), 'b, sửa');
    write(path.join(source, 'bao-cao', 'c', 'index.html'), 'c');
    write(path.join(site, 'cu', 'trang.html'), 'stray');
    write(path.join(site, 'pagefind', 'pagefind.js'), 'the search phase owns this');
    const second = new Placement(site);
    await placeTree(source, site, second);
    await removeUnplaced(second, (name) => name === 'pagefind');

    expect(inode(path.join(site, 'index.html'))).toBe(keptHome);
    expect(readFileSync(path.join(site, 'bao-cao', 'b', 'index.html'), 'utf8')).toBe('b, sửa');
    expect(readFileSync(path.join(site, 'bao-cao', 'c', 'index.html'), 'utf8')).toBe('c');
    expect(existsSync(path.join(site, 'bao-cao', 'a'))).toBe(false);
    expect(existsSync(path.join(site, 'cu'))).toBe(false);
    expect(existsSync(path.join(site, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('replaces a folder where a file now goes', async () => {
    const file = write(path.join(root, 'other', 'rss.xml'), '<rss/>');
    mkdirSync(path.join(site, 'rss.xml', 'old'), { recursive: true });
    const placement = new Placement(site);
    await placeFile(file, path.join(site, 'rss.xml'), placement);
    expect(readFileSync(path.join(site, 'rss.xml'), 'utf8')).toBe('<rss/>');
  });

  it('refuses a path placed twice, unless it may be shared', async () => {
    const file = write(path.join(root, 'other', 'style.css'), 'body{}');
    const placement = new Placement(site);
    await placeFile(file, path.join(site, '_astro', 'style.css'), placement, true);
    await placeFile(file, path.join(site, '_astro', 'style.css'), placement, true);
    await placeFile(file, path.join(site, 'index.css'), placement);
    await expect(placeFile(file, path.join(site, 'index.css'), placement)).rejects.toThrow(/index\.css: placed twice/);
  });
});
