/**
 * npm run build: ingest the raw reports, build the site with Astro, index
 * it with Pagefind, and only then swap the result in as dist/. A failure
 * at any step leaves the previous dist/ whole, so a deploy never ships
 * half a site.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { runIngest } from '../src/ingest/run.ts';
import { buildSearchIndex } from '../src/search/build-index.ts';
import { summarize } from './ingest-summary.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const staging = path.join(root, `dist.tmp-${process.pid}`);

async function main(): Promise<void> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const report = await runIngest({
    input: path.join(root, 'content/raw'),
    output: path.join(root, 'content/reports'),
    overrides: path.join(root, 'content/overrides'),
  });
  console.log(summarize(report));
  if (report.counts.overrideErrors > 0) throw new Error('an override is in error (see above)');

  await build({ root, outDir: staging, logLevel: process.env.CI ? 'warn' : 'info' });
  const stats = await buildSearchIndex(staging);
  console.log(`Search index: ${stats.pages} pages in ${stats.seconds.toFixed(1)} s`);

  const aside = `${dist}.old-${process.pid}`;
  if (existsSync(dist)) await rename(dist, aside);
  await rename(staging, dist);
  await rm(aside, { recursive: true, force: true });
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
