/** Worker thread: processes batches of files for the ingest run (see pool.ts). */
import { parentPort } from 'node:worker_threads';
import { processFile, type ProcessInput } from './process-file.ts';

parentPort?.on('message', (batch: ProcessInput[]) => {
  parentPort!.postMessage(batch.map(processFile));
});
