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
