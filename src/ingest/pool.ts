/**
 * Extraction is CPU-bound and files are independent, so batches are
 * spread over worker threads, one per core. Results come back in input
 * order, so the run stays deterministic.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { shareOut, startWorker } from '../build/threads.ts';
import { processFile, type ProcessInput, type Processed } from './process-file.ts';

export interface FilePool {
  process(batch: ProcessInput[]): Promise<Processed[]>;
  close(): Promise<void>;
}

const inline: FilePool = {
  process: async (batch) => batch.map(processFile),
  close: async () => {},
};

/** Files per message to a thread: small enough to share the work out evenly, large enough that messages cost little. */
const PART_SIZE = 25;

const FEW_FILES = 16;

/**
 * Small runs are not worth starting threads for. The threads start at the
 * first batch with work in it (a warm run takes everything from the cache
 * and would only pay for starting and stopping them), or at once with
 * `startAtOnce`, for a run that will extract most files: their start-up
 * (about half a second) then runs while this thread lists and reads the
 * first files.
 */
export function createPool(expectedFiles: number, { startAtOnce = false } = {}): FilePool {
  const threads = Math.min(availableParallelism(), 8);
  if (threads < 2 || expectedFiles < 200) return inline;
  let workers: Worker[] = [];
  const start = () => {
    workers = Array.from({ length: threads }, () => startWorker(new URL('./worker.ts', import.meta.url)));
  };
  if (startAtOnce) start();
  return {
    async process(batch) {
      // A few changed files (a rebuild after an edit) cost less here than starting the threads (about 1 s).
      if (workers.length === 0 && batch.length <= FEW_FILES) return inline.process(batch);
      if (workers.length === 0) start();
      return shareOut<ProcessInput, Processed>(workers, batch, PART_SIZE);
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
