/**
 * The catalogue's report files read on two threads when there are many:
 * a cold build parsed 100,000 front matters in 16 s on one thread, before
 * any Astro build could start. Kept apart from catalogue.ts, which Astro's
 * content config imports too, so that no worker is started from there.
 */
import { readReportFile, type ReadReport } from './catalogue.ts';
import { readFiles, THREADS_FROM } from './threads.ts';

const WORKER = new URL('./catalogue-worker.ts', import.meta.url);

/** From `threadsFrom` files on, they are read on two threads. */
export function readReportFilesInThreads(files: readonly string[], threadsFrom = THREADS_FROM): Promise<ReadReport[]> {
  return readFiles(files, readReportFile, WORKER, threadsFrom);
}
