/** Runs the real ingest CLI (scripts/ingest.ts) in a child process, as a user would. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = ['--import', 'tsx', path.join(ROOT, 'scripts/ingest.ts')];

export function runIngestCli(args: string[], timeout = 120_000) {
  return spawnSync(process.execPath, [...CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
    timeout,
  });
}

/** The same, not awaited: for tests that kill it part-way. */
export function startIngestCli(args: string[]): ChildProcess {
  return spawn(process.execPath, [...CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, CI: 'true' },
    stdio: 'ignore',
  });
}
