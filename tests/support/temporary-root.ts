/**
 * Vitest global setup: every temporary folder a test run makes (the tests'
 * own, and the build's step and staging folders) goes under one folder of
 * the run's, removed when the run ends. Before, each `npm test` left about
 * forty folders in the system's temporary folder, some 25 MB each.
 *
 * `os.tmpdir()` reads TMPDIR each time it is called, and the test workers
 * (and the builds and browsers they start) inherit this process's
 * environment, as they are started after this runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(path.join(tmpdir(), 'bien-nien-tests-'));
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
