/**
 * npm run build: ingest the raw reports, build the site with Astro, index
 * it with Pagefind, and only then swap the result in as dist/. A failure
 * at any step leaves the previous dist/ whole, so a deploy never ships
 * half a site.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { recoverInterrupted, stagingPath, swapIn } from '../src/fs/replace-directory.ts';
import { runIngest } from '../src/ingest/run.ts';
import { buildSearchIndex } from '../src/search/build-index.ts';
import { summarize } from './ingest-summary.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const staging = stagingPath(dist);

async function main(): Promise<void> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  await recoverInterrupted(dist);
  const report = await runIngest({
    input: path.join(root, 'content/raw'),
    output: path.join(root, 'content/reports'),
    overrides: path.join(root, 'content/overrides'),
    cacheDir: path.join(root, 'node_modules/.cache/bien-nien/ingest'),
  });
  console.log(summarize(report));
  if (report.counts.overrideErrors > 0) throw new Error('an override is in error (see above)');

  await build({ root, outDir: staging, logLevel: process.env.CI ? 'warn' : 'info' });
  const stats = await buildSearchIndex(staging);
  console.log(`Search index: ${stats.pages} pages in ${stats.seconds.toFixed(1)} s`);

  await swapIn(staging, dist);
  console.log(`Built ${path.relative(root, dist)}/`);
}

try {
  await main();
  process.exit(0);
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
