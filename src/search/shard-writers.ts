/**
 * Shards indexed side by side. One Pagefind indexer keeps about 1.5 of
 * this machine's 2 cores busy, so a second one at once took the search
 * phase at 10,000 reports from 39–44 s to 30–35 s (at 100,000 it gained
 * little). The Node API drives one indexer process per module instance,
 * so each extra writer is a worker thread with its own. A single writer
 * stays on this thread, so a rebuild that indexes one shard pays for no
 * thread.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { askWorker } from '../build/ask-worker.ts';
import { startWorker } from '../build/threads.ts';
import { writeShard, type ShardJob } from './write-shard.ts';

export interface ShardWriters {
  /** How many shards can be written at once. */
  readonly width: number;
  write(job: ShardJob): Promise<void>;
  close(): Promise<void>;
}

type Reply = { ok: true } | { ok: false; message: string };

/** A shard written in a thread: the thread replies with the error's message, which is thrown here. */
async function inWorker(worker: Worker, job: ShardJob): Promise<void> {
  const reply = await askWorker<Reply>(worker, job);
  if (!reply.ok) throw new Error(reply.message);
}

/** Writers for `shards` shards: one per core, at most two (each indexer holds its shard in memory). */
export function createShardWriters(shards: number): ShardWriters {
  const width = Math.max(1, Math.min(shards, 2, availableParallelism()));
  if (width === 1) return { width, write: writeShard, close: async () => {} };
  const idle = Array.from({ length: width }, () => startWorker(new URL('./shard-worker.ts', import.meta.url)));
  const all = [...idle];
  return {
    width,
    async write(job) {
      const worker = idle.pop();
      if (!worker) throw new Error(`more than ${width} shards written at once`);
      try {
        await inWorker(worker, job);
      } finally {
        idle.push(worker);
      }
    },
    async close() {
      await Promise.all(all.map((worker) => worker.terminate()));
    },
  };
}
