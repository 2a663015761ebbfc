/**
 * Kill the build part-way: the previous dist/ must still be whole, so a
 * deploy never ships half a site; the next build cleans up.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { snapshot } from '../support/tree-snapshot.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = path.join(root, 'dist');

function build() {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
}

function stagingFolders(): string[] {
  return readdirSync(root).filter((name) => name.startsWith('dist.tmp-') || name.startsWith('dist.old-'));
}

describe('npm run build under SIGKILL', () => {
  it('leaves the previous dist/ whole', { timeout: 300_000 }, async () => {
    const first = build();
    expect(first.status, first.stderr).toBe(0);
    const before = snapshot(dist);
    expect(Object.keys(before)).toContain('index.html');

    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      cwd: root,
      env: { ...process.env, CI: 'true' },
      stdio: 'ignore',
    });
    // Kill it once Astro has started writing the staged site.
    const staged = await new Promise<boolean>((resolve) => {
      const started = Date.now();
      const timer = setInterval(() => {
        const stagingDir = stagingFolders().find((name) => name.startsWith('dist.tmp-'));
        if (stagingDir && existsSync(path.join(root, stagingDir))) {
          clearInterval(timer);
          resolve(true);
        } else if (Date.now() - started > 120_000) {
          clearInterval(timer);
          resolve(false);
        }
      }, 20);
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(staged).toBe(true);
    expect(snapshot(dist)).toEqual(before);

    const again = build();
    expect(again.status, again.stderr).toBe(0);
    expect(stagingFolders()).toEqual([]);
  });
});
