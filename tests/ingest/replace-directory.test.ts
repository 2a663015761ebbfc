import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverInterrupted, stagingPath, swapIn } from '../../src/fs/replace-directory.ts';

function folderWith(root: string, name: string, content: string): string {
  const folder = path.join(root, name);
  mkdirSync(folder);
  writeFileSync(path.join(folder, 'file.txt'), content);
  return folder;
}

describe('replacing an output folder', () => {
  it('swaps the staged folder in and removes the old one', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'bien-nien-swap-'));
    const target = folderWith(root, 'out', 'old');
    const staging = path.join(root, path.basename(stagingPath(target)));
    folderWith(root, path.basename(staging), 'new');
    await swapIn(staging, target);
    expect(readFileSync(path.join(target, 'file.txt'), 'utf8')).toBe('new');
    expect(readdirSync(root)).toEqual(['out']);
  });

  it('removes a stale staging folder left by a killed run', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'bien-nien-swap-'));
    const target = folderWith(root, 'out', 'old');
    folderWith(root, 'out.tmp-12345', 'half');
    await recoverInterrupted(target);
    expect(readdirSync(root)).toEqual(['out']);
    expect(readFileSync(path.join(target, 'file.txt'), 'utf8')).toBe('old');
  });

  it('puts the old folder back when a run died between the two renames', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'bien-nien-swap-'));
    folderWith(root, 'out.old-12345', 'old');
    const target = path.join(root, 'out');
    await recoverInterrupted(target);
    expect(existsSync(target)).toBe(true);
    expect(readFileSync(path.join(target, 'file.txt'), 'utf8')).toBe('old');
  });
});
