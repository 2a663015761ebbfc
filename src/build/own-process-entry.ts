/**
 * The process that callInOwnProcess (own-process.ts) starts: its one
 * argument names the module, the function and its arguments, and the file
 * to leave the result in. A failure is told on stderr, its message only,
 * with exit code 1.
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
  await writeFile(resultFile, JSON.stringify(await step(...args)));
  process.exit(0);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
