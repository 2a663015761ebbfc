/**
 * One message to a worker thread and its one reply: the reply, or the
 * error that ended the thread before it replied. The ingest's extraction
 * threads and the search's shard writers both talk to their threads so.
 */
import type { Worker } from 'node:worker_threads';

export function askWorker<Reply>(worker: Worker, message: unknown): Promise<Reply> {
  return new Promise<Reply>((resolve, reject) => {
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      reject(error);
    };
    const onMessage = (reply: Reply) => {
      worker.off('error', onError);
      resolve(reply);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage(message);
  });
}
