/**
 * The helpers for work on many files: worker threads started without the
 * scripts' module loader, and synchronous work done in slices that leave
 * the event loop free between them.
 */
import { describe, expect, it } from 'vitest';
import { inSlices } from '../../src/build/run-all.ts';
import { startWorker, threadFlags, withoutLoaders } from '../../src/build/threads.ts';

describe('withoutLoaders', () => {
  it('drops module loaders in both spellings and keeps every other flag', () => {
    expect(
      withoutLoaders([
        '--require',
        '/x/tsx/dist/preflight.cjs',
        '--import',
        'file:///x/tsx/dist/loader.mjs',
        '--max-old-space-size=700',
        '--import=tsx',
        '-r',
        'ts-node/register',
        '--experimental-loader',
        'x.mjs',
        '--loader=y.mjs',
        '--cpu-prof',
        '--cpu-prof-dir',
        '/tmp/prof',
      ]),
    ).toEqual(['--max-old-space-size=700', '--cpu-prof', '--cpu-prof-dir', '/tmp/prof']);
  });
});

describe('threadFlags', () => {
  it('leaves out the heap sizes, which a worker thread may not be given, and the loaders', () => {
    expect(
      threadFlags(['--import', 'tsx', '--max-old-space-size=1312', '--max-semi-space-size=32', '--cpu-prof']),
    ).toEqual(['--cpu-prof']);
  });
});

describe('startWorker', () => {
  it("runs a TypeScript worker module with Node's own type stripping", async () => {
    // The catalogue's worker module: it imports other .ts modules, as every worker here does.
    const worker = startWorker(new URL('../../src/build/catalogue-worker.ts', import.meta.url));
    try {
      const answer = await new Promise<unknown>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage(['/no/such/report.md']);
      });
      expect(answer).toEqual([{ ok: false, message: expect.stringContaining('/no/such/report.md') }]);
    } finally {
      await worker.terminate();
    }
  });
});

describe('inSlices', () => {
  it('does every item in order, index given, and lets other work run between slices', async () => {
    const done: string[] = [];
    let ticks = 0;
    const ticking = setInterval(() => ticks++, 0);
    const timerRan: number[] = [];
    await inSlices(
      Array.from({ length: 10 }, (_, index) => `item-${index}`),
      (item, index) => {
        done.push(`${index}:${item}`);
        timerRan.push(ticks);
        // Long enough per slice that the interval is due when the slice ends.
        const until = performance.now() + 3;
        while (performance.now() < until);
      },
      3,
    );
    clearInterval(ticking);
    expect(done).toEqual(Array.from({ length: 10 }, (_, index) => `${index}:item-${index}`));
    // Within a slice nothing else ran; between slices the timer did.
    for (const first of [0, 3, 6]) expect(new Set(timerRan.slice(first, first + 3)).size).toBe(1);
    expect(timerRan[9]).toBeGreaterThan(timerRan[0]!);
  });

  it('stops at the first item that throws', async () => {
    const done: number[] = [];
    await expect(
      inSlices([1, 2, 3, 4], (item) => {
        if (item === 3) throw new Error('item 3 is bad');
        done.push(item);
      }),
    ).rejects.toThrow('item 3 is bad');
    expect(done).toEqual([1, 2]);
  });
});
