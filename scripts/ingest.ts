/**
 * npm run ingest -- --input DIR --output DIR [--overrides DIR] [--report FILE] [--cache DIR | --no-cache] [--strict]
 *
 * Exit codes: 0 done; 1 --strict and something was rejected, or an
 * override is in error; 2 bad arguments.
 */
import { parseArgs } from 'node:util';
import { runIngest } from '../src/ingest/run.ts';
import { summarize } from './ingest-summary.ts';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        input: { type: 'string', default: 'content/raw' },
        output: { type: 'string', default: 'content/reports' },
        overrides: { type: 'string', default: 'content/overrides' },
        report: { type: 'string' },
        strict: { type: 'boolean', default: false },
        cache: { type: 'string', default: 'node_modules/.cache/bien-nien/ingest' },
        'no-cache': { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}`);
    return 2;
  }
  const showProgress = Boolean(process.stderr.isTTY) && !process.env.CI;
  const report = await runIngest({
    input: values.input,
    output: values.output,
    overrides: values.overrides,
    ...(values['no-cache'] ? {} : { cacheDir: values.cache }),
    onStats: ({ extracted, fromCache }) => {
      if (fromCache > 0) console.log(`  ${fromCache} unchanged files taken from the cache, ${extracted} extracted`);
    },
    ...(values.report ? { reportPath: values.report } : {}),
    ...(showProgress
      ? { onProgress: (done: number, total: number) => process.stderr.write(`\r  ingest ${done}/${total}`) }
      : {}),
  });
  if (showProgress) process.stderr.write('\n');
  console.log(summarize(report));
  if (report.counts.overrideErrors > 0) return 1;
  if (values.strict && report.counts.rejected > 0) return 1;
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`ingest failed: ${(error as Error).stack ?? String(error)}`);
  return 1;
});
