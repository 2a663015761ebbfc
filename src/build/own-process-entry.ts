/**
 * The process that callInOwnProcess (own-process.ts) starts: its one
 * argument names the module, the function and its arguments, and the file
 * to leave the result in, with the process's peak memory. A failure is
 * told on stderr, its message only, with exit code 1.
 */
import { writeFile } from 'node:fs/promises';

interface Call {
  module: string;
  name: string;
  args: unknown[];
  resultFile: string;
}

try {
  const { module, name, args, resultFile } = JSON.parse(process.argv[2] ?? '') as Call;
  const step = ((await import(module)) as Record<string, (...args: unknown[]) => Promise<unknown>>)[name];
  if (typeof step !== 'function') throw new Error(`${module} exports no function ${name}`);
  const value = await step(...args);
  // The process's own peak, in kilobytes: exact, where sampling from outside would miss a short step.
  await writeFile(resultFile, JSON.stringify({ value, maxRssKb: process.resourceUsage().maxRSS }));
  process.exit(0);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
