/** Worker thread: indexes the shards it is sent, one at a time (see shard-writers.ts). */
import { parentPort } from 'node:worker_threads';
import { writeShard, type ShardJob } from './write-shard.ts';

parentPort?.on('message', (job: ShardJob) => {
  writeShard(job).then(
    () => parentPort!.postMessage({ ok: true }),
    (error: unknown) =>
      parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
