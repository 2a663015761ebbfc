import { describe, expect, it } from 'vitest';
import { callInOwnProcess, runInOwnProcess } from '../../src/build/own-process.ts';

const STEPS = new URL('./fixtures/steps.ts', import.meta.url);

describe('a step in a process of its own', () => {
  it('runs in another process and gives back what the function returns', async () => {
    const result = await callInOwnProcess<{ pid: number; count: number }>(STEPS, 'whereAndWhat', [
      { records: ['a', 'b', 'c'] },
    ]);
    expect(result.count).toBe(3);
    expect(result.pid).not.toBe(process.pid);
  });

  it('throws the step’s own message, naming the file it failed on', async () => {
    await expect(callInOwnProcess(STEPS, 'failing', ['content/reports/x.md'])).rejects.toThrow(
      'content/reports/x.md: front matter: "unit" is missing',
    );
  });

  it('tells how long the step took and how much memory its process held at most', async () => {
    const run = await runInOwnProcess<{ pid: number; count: number }>(STEPS, 'whereAndWhat', [{ records: ['a'] }]);
    expect(run.result.count).toBe(1);
    expect(run.seconds).toBeGreaterThan(0);
    // A Node process holds some tens of megabytes at least, and this one far less than a gigabyte.
    expect(run.peakRssMb).toBeGreaterThan(10);
    expect(run.peakRssMb).toBeLessThan(1024);
  });

  it('caps its heap where it is given a size', async () => {
    const capped = await callInOwnProcess<number>(STEPS, 'heapLimitMb', [], { heapMb: 300 });
    const uncapped = await callInOwnProcess<number>(STEPS, 'heapLimitMb', []);
    // The limit V8 reports adds the young generation (up to three 64 MB semi-spaces) to the old.
    expect(capped).toBeGreaterThanOrEqual(300);
    expect(capped).toBeLessThan(300 + 3 * 64 + 1);
    expect(uncapped).toBeGreaterThan(capped);
  });

  it('names the signal that ended it, and its heap cap', async () => {
    await expect(callInOwnProcess(STEPS, 'killed', [], { heapMb: 300 })).rejects.toThrow(
      'killed ended with SIGTERM (its heap capped at 300 MB)',
    );
  });

  it('says so when the module has no such function', async () => {
    await expect(callInOwnProcess(STEPS, 'nothing', [])).rejects.toThrow(/exports no function nothing/);
  });
});
