/**
 * Runs the tasks, at most `width` at a time: the build waits mostly on the
 * disk, and one call at a time it waits on each in turn. The first failure
 * fails the whole, once the running tasks have ended.
 */
export async function runAll<T>(items: readonly T[], task: (item: T) => Promise<void>, width: number): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) await task(items[next++]!);
  });
  const results = await Promise.allSettled(lanes);
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}

/** Like `runAll`, keeping what each task returns, in the items' order. */
export async function mapAll<T, R>(items: readonly T[], task: (item: T) => Promise<R>, width: number): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  const indexes = items.map((_, index) => index);
  await runAll(
    indexes,
    async (index) => {
      results[index] = await task(items[index]!);
    },
    width,
  );
  return results;
}

/** Resolves once the event loop has had a turn: its timers, I/O and messages from worker threads. */
export function eventLoopTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * A counter of synchronous calls, called before each: after every `every`
 * calls it gives the event loop a turn (`const due = turns(); if (due)
 * await due;`). For code that walks trees of small files with synchronous
 * calls (see `inSlices`).
 */
export function turnsEvery(every: number): () => Promise<void> | null {
  let calls = 0;
  return () => {
    if (++calls <= every) return null;
    calls = 1;
    return eventLoopTurn();
  };
}

/**
 * Calls `work` on each item in turn, giving the event loop a turn after
 * every `sliceSize` items. For many small synchronous file operations:
 * through Node's promise API, lstat, read, write and stat of 10,000 small
 * files took 1.8-2.3 s of CPU here (most of it system time, in the file
 * threads' hand-offs), and as synchronous calls 0.5 s; the slices keep the
 * thread answering its worker threads meanwhile.
 */
export async function inSlices<T>(
  items: readonly T[],
  work: (item: T, index: number) => void,
  sliceSize = 32,
): Promise<void> {
  const turn = turnsEvery(sliceSize);
  for (const [index, item] of items.entries()) {
    const due = turn();
    if (due) await due;
    work(item, index);
  }
}
