import { describe, expect, it } from 'vitest';
import { callInOwnProcess } from '../../src/build/own-process.ts';

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

  it('says so when the module has no such function', async () => {
    await expect(callInOwnProcess(STEPS, 'nothing', [])).rejects.toThrow(/exports no function nothing/);
  });
});
