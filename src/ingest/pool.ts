/**
 * Extraction is CPU-bound and files are independent, so batches are
 * spread over worker threads, one per core. Results come back in input
 * order, so the run stays deterministic.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { processFile, type ProcessInput, type Processed } from './process-file.ts';

export interface FilePool {
  process(batch: ProcessInput[]): Promise<Processed[]>;
  close(): Promise<void>;
}

const inline: FilePool = {
  process: async (batch) => batch.map(processFile),
  close: async () => {},
};

/** Small runs are not worth starting threads for. */
export function createPool(expectedFiles: number): FilePool {
  const threads = Math.min(availableParallelism(), 8);
  if (threads < 2 || expectedFiles < 200) return inline;
  // Started at the first batch with work in it: a warm run takes everything from the cache
  // and would only pay for starting and stopping them.
  let workers: Worker[] = [];
  return {
    async process(batch) {
      if (batch.length === 0) return [];
      if (workers.length === 0) {
        workers = Array.from({ length: threads }, () => new Worker(new URL('./worker.ts', import.meta.url)));
      }
      const share = Math.ceil(batch.length / workers.length);
      const parts = workers.map((worker, index) => {
        const part = batch.slice(index * share, (index + 1) * share);
        if (part.length === 0) return Promise.resolve([] as Processed[]);
        return new Promise<Processed[]>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage(part);
        });
      });
      return (await Promise.all(parts)).flat();
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
