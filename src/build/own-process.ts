/**
 * A function run in a Node process of its own, for the build's steps that
 * hold every record at once (the ingest, the site plan): what such a step
 * holds is given back to the system when its process exits. In the build
 * script's own process, the site plan kept it at 1.2 to 1.5 GB for the
 * whole of a 100,000-report site phase though its heap held about 0.4 GB:
 * the rest was memory freed but not given back (the reading threads' and
 * the large texts'), beside the Astro builds and the search index.
 *
 * Node strips the module's types itself, as for the worker threads (see
 * threads.ts). The step's arguments and result go as JSON; its error's
 * message is thrown here.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withCompileCache } from './compile-cache.ts';
import { heapFlag, withoutLoaders } from './threads.ts';

const ENTRY = fileURLToPath(new URL('./own-process-entry.ts', import.meta.url));

export interface OwnProcessOptions {
  /**
   * The most its V8 heap may hold, in megabytes. Left to itself V8 lets
   * the heap grow to a quarter of the machine's memory before it collects
   * in earnest: the site plan of 100,000 reports peaked at 2.5-2.7 GB
   * though it never held more than about 0.4 GB live (measured after a
   * full collection at each of its stages).
   */
  heapMb?: number;
}

/** What a step gave, and what it cost: its time and its process's peak resident memory. */
export interface OwnProcessRun<Result> {
  result: Result;
  seconds: number;
  peakRssMb: number;
}

/** What `name`, exported by `module`, gives for `args`, called in a process of its own. */
export async function callInOwnProcess<Result>(
  module: URL,
  name: string,
  args: readonly unknown[],
  options: OwnProcessOptions = {},
): Promise<Result> {
  return (await runInOwnProcess<Result>(module, name, args, options)).result;
}

/** The same, with the step's time and peak memory. */
export async function runInOwnProcess<Result>(
  module: URL,
  name: string,
  args: readonly unknown[],
  { heapMb }: OwnProcessOptions = {},
): Promise<OwnProcessRun<Result>> {
  const started = performance.now();
  const folder = await mkdtemp(path.join(tmpdir(), 'bien-nien-step-'));
  const resultFile = path.join(folder, 'result.json');
  try {
    const heap = heapMb === undefined ? [] : [heapFlag(heapMb)];
    const child = spawn(
      process.execPath,
      [
        ...withoutLoaders(process.execArgv),
        ...heap,
        ENTRY,
        JSON.stringify({ module: module.href, name, args, resultFile }),
      ],
      { stdio: ['ignore', 'inherit', 'pipe'], env: withCompileCache() },
    );
    let errors = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => (errors += text));
    const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
      (resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code, signal) => resolve({ code, signal }));
      },
    );
    // Exit code 1 is the step's own failure, told on stderr (own-process-entry.ts).
    if (code === 1) throw new Error(errors.trim() || `${name} failed`);
    if (code !== 0) {
      // V8 aborts the process when the heap is full: "JavaScript heap out of memory" on stderr.
      const cap = heapMb === undefined ? '' : ` (its heap capped at ${Math.ceil(heapMb)} MB)`;
      throw new Error(`${name} ended with ${signal ?? `code ${code}`}${cap}\n${errors.trim()}`.trim());
    }
    const { value, maxRssKb } = JSON.parse(await readFile(resultFile, 'utf8')) as { value: Result; maxRssKb: number };
    return { result: value, seconds: (performance.now() - started) / 1000, peakRssMb: maxRssKb / 1024 };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
