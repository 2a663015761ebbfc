/**
 * Work on many files shared out over worker threads. The ingest's
 * extraction threads use `shareOut`; the build script's cold scans (the
 * report files' front matter, the built pages to index) use
 * `readFiles`, with a worker module that calls `answerFiles`.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import { askWorker } from './ask-worker.ts';
import { withCompileCache } from './compile-cache.ts';
import { mapAll } from './run-all.ts';

/** Node's flags that put a module loader in front of every import: `--import tsx` and its kin. */
const LOADER_FLAGS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);

/** The process's flags without its module loaders, in either form (`--import tsx`, `--import=tsx`). */
export function withoutLoaders(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < execArgv.length; index++) {
    const flag = execArgv[index]!;
    if (LOADER_FLAGS.has(flag)) index++;
    else if (!LOADER_FLAGS.has(flag.split('=')[0]!)) kept.push(flag);
  }
  return kept;
}

/** V8's heap sizes belong to the process: a worker thread given one fails to start (ERR_WORKER_INVALID_EXEC_ARGV). */
const OLD_SPACE_FLAG = '--max-old-space-size';
const PROCESS_ONLY_FLAGS = new Set([OLD_SPACE_FLAG, '--max-semi-space-size']);

/** The flag that caps a Node process's V8 heap (its old generation) at `megabytes`. */
export function heapFlag(megabytes: number): string {
  return `${OLD_SPACE_FLAG}=${Math.ceil(megabytes)}`;
}

/** The process's flags that a worker thread may be started with: no module loaders, no heap sizes. */
export function threadFlags(execArgv: readonly string[]): string[] {
  return withoutLoaders(execArgv).filter((flag) => !PROCESS_ONLY_FLAGS.has(flag.split('=')[0]!));
}

/**
 * A worker thread running `module`, a TypeScript module that Node loads
 * with its own type stripping (hence erasableSyntaxOnly in tsconfig.json),
 * not through the loader the scripts run under: a thread started under
 * tsx took 0.65-0.75 s and 1.2-1.4 s of CPU for two threads to load the
 * ingest's modules, against 0.43-0.48 s and 0.8-0.9 s without it. The
 * thread reads them from the compile cache (compile-cache.ts) once it has
 * them there.
 */
export function startWorker(module: URL): Worker {
  return new Worker(module, { execArgv: threadFlags(process.execArgv), env: withCompileCache() });
}

/**
 * The items handed out `partSize` at a time to whichever thread is free
 * (halves, one per thread, left one thread idle while the other finished);
 * the replies come back in the items' order.
 */
export async function shareOut<Item, Result>(
  workers: readonly Worker[],
  items: readonly Item[],
  partSize: number,
): Promise<Result[]> {
  const parts: Result[][] = [];
  let next = 0;
  await Promise.all(
    workers.map(async (worker) => {
      while (next * partSize < items.length) {
        const index = next++;
        parts[index] = await askWorker<Result[]>(worker, items.slice(index * partSize, (index + 1) * partSize));
      }
    }),
  );
  return parts.flat();
}

type Answer<Result> = { ok: true; value: Result } | { ok: false; message: string };

/** In a worker module: answers each list of files it is sent with what `work` finds in each. */
export function answerFiles<Result>(work: (file: string) => Promise<Result>): void {
  parentPort?.on('message', (files: string[]) => {
    void Promise.all(
      files.map(async (file): Promise<Answer<Result>> => {
        try {
          return { ok: true, value: await work(file) };
        } catch (error) {
          return { ok: false, message: error instanceof Error ? error.message : String(error) };
        }
      }),
    ).then((answers) => parentPort!.postMessage(answers));
  });
}

/**
 * What `read` finds in each file, in the files' order: on this thread, a
 * few files at a time, when there are fewer than `threadsFrom`; otherwise
 * on two threads running `worker`, a module that calls `answerFiles` with
 * the same function. A file it fails on fails the whole, with that file's
 * message (in threads, the first in order).
 */
export function readFiles<Result>(
  files: readonly string[],
  read: (file: string) => Promise<Result>,
  worker: URL,
  threadsFrom = THREADS_FROM,
): Promise<Result[]> {
  return files.length < threadsFrom ? mapAll(files, read, READS_IN_FLIGHT) : readFilesInThreads(worker, files);
}

async function readFilesInThreads<Result>(worker: URL, files: readonly string[]): Promise<Result[]> {
  const threads = Math.max(1, Math.min(2, availableParallelism()));
  const workers = Array.from({ length: threads }, () => startWorker(worker));
  try {
    const answers = await shareOut<string, Answer<Result>>(workers, files, FILES_PER_MESSAGE);
    return answers.map((answer) => {
      if (!answer.ok) throw new Error(answer.message);
      return answer.value;
    });
  } finally {
    await Promise.all(workers.map((thread) => thread.terminate()));
  }
}

/** Reads in flight on one thread: enough to keep the disk busy, without every file held at once. */
const READS_IN_FLIGHT = 64;

/** Enough files per message that messages cost little, few enough that the threads finish together. */
const FILES_PER_MESSAGE = 200;

/**
 * Fewer files than this are read on the calling thread: starting a thread
 * and loading its modules takes about half a second, and parsing 1,000
 * report files about a tenth of a second.
 */
export const THREADS_FROM = 5_000;
