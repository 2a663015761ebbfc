/**
 * npm run build [-- --input DIR --reports DIR --overrides DIR --out DIR --cache DIR]
 *
 * Ingest the raw reports, build the site with Astro, index it with
 * Pagefind, and only then swap the result in as dist/. A failure at any
 * step leaves the previous dist/ whole, so a deploy never ships half a site.
 * The site is staged in the folder of the site before the last, kept in
 * the cache, and only what changed since is written (src/fs/sync-tree.ts).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { callInOwnProcess } from '../src/build/own-process.ts';
import type { IngestReport } from '../src/ingest/run.ts';
import { cachePaths, defaultPaths, sitePhase } from '../src/build/pipeline.ts';
import { recoverInterrupted, stageFrom, stagingPath, swapIn } from '../src/fs/replace-directory.ts';
import { summarize } from './ingest-summary.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    input: { type: 'string' },
    reports: { type: 'string' },
    overrides: { type: 'string' },
    out: { type: 'string', default: 'dist' },
    // Where the caches live (node_modules/.cache/bien-nien by default): another archive needs its own.
    cache: { type: 'string' },
  },
});
const dist = path.resolve(root, values.out);
const staging = stagingPath(dist);

async function main(): Promise<void> {
  await recoverInterrupted(dist);
  const paths = {
    ...defaultPaths(root, staging),
    ...(values.input ? { raw: path.resolve(values.input) } : {}),
    ...(values.reports ? { reports: path.resolve(values.reports) } : {}),
    ...(values.overrides ? { overrides: path.resolve(values.overrides) } : {}),
    ...(values.cache ? cachePaths(path.resolve(values.cache)) : {}),
  };
  // The site before the last is staged and brought up to date: at 100,000
  // reports, linking a whole new site and removing the old took 30 s.
  await stageFrom(paths.previousSite, staging);
  // In a process of its own: what the ingest held (every record, its threads) goes back to the system before the site is built.
  const report = await callInOwnProcess<IngestReport>(
    new URL('../src/build/pipeline.ts', import.meta.url),
    'ingestPhase',
    [paths],
  );
  console.log(summarize(report));
  if (report.counts.overrideErrors > 0) throw new Error('an override is in error (see above)');
  const { site, index } = await sitePhase(paths);
  console.log(
    `Site: ${site.reports} reports in ${site.builds} Astro build(s) (${site.reused} unchanged, ${site.patched} patched)`,
  );
  console.log(
    `Search index: ${index.pages} pages in ${index.shards} shard(s) (${index.reused} unchanged), ${index.seconds.toFixed(1)} s`,
  );
  await swapIn(staging, dist, paths.previousSite);
  console.log(`Built ${path.relative(root, dist) || dist}/`);
}

try {
  await main();
  process.exit(0);
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
