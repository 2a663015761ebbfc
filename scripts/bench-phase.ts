/**
 * One phase of the build in a process of its own, so that the benchmark
 * can read its peak memory: prints one line "BENCH {json}".
 *   tsx scripts/bench-phase.ts --phase ingest|site --raw DIR --reports DIR --out DIR --cache DIR
 * (`site` is the Astro build and the search index, which overlap: see pipeline.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cachePaths, ingestPhase, sitePhase, type BuildPaths } from '../src/build/pipeline.ts';

const { values } = parseArgs({
  options: {
    phase: { type: 'string' },
    raw: { type: 'string' },
    reports: { type: 'string' },
    out: { type: 'string' },
    cache: { type: 'string' },
  },
});
const root = fileURLToPath(new URL('..', import.meta.url));
const cache = path.resolve(values.cache!);
const paths: BuildPaths = {
  root,
  raw: path.resolve(values.raw!),
  reports: path.resolve(values.reports!),
  overrides: path.join(cache, 'no-overrides'),
  out: path.resolve(values.out!),
  ...cachePaths(cache),
};

const started = performance.now();
let detail: Record<string, unknown> = {};
if (values.phase === 'ingest') {
  const report = await ingestPhase(paths);
  detail = { files: report.counts.files, reports: report.counts.reports };
} else if (values.phase === 'site') {
  const { site, index, astroSeconds, searchStartedAt, childPeakRssMb, totalPeakRssMb } = await sitePhase(paths);
  const isListings = (name: string) => name === 'listings' || name.startsWith('listings-');
  const listings = site.ran.filter((build) => isListings(build.name));
  const parts = site.ran.filter((build) => !isListings(build.name));
  detail = {
    astroSeconds,
    planSeconds: site.plan.seconds,
    planPeakRssMb: site.plan.peakRssMb,
    builds: site.builds,
    reusedBuilds: site.reused,
    // One build's own time and memory: the largest part, and the listings builds.
    partSecondsMax: Math.max(0, ...parts.map((build) => build.seconds)),
    partPeakRssMbMax: Math.max(0, ...parts.map((build) => build.peakRssMb ?? 0)),
    ...(listings.length > 0
      ? {
          listingBuilds: listings.length,
          listingsSeconds: listings.reduce((sum, build) => sum + build.seconds, 0),
          listingsPeakRssMb: Math.max(0, ...listings.map((build) => build.peakRssMb ?? 0)),
          listings: listings.map(({ name, seconds, peakRssMb }) => ({ name, seconds, peakRssMb })),
        }
      : {}),
    searchStartedAt,
    searchSeconds: index.seconds,
    pages: index.pages,
    shards: index.shards,
    reusedShards: index.reused,
    ...(childPeakRssMb !== null ? { childPeakRssMb } : {}),
    ...(totalPeakRssMb !== null ? { totalPeakRssMb } : {}),
  };
} else {
  console.error('bench-phase: --phase must be ingest or site');
  process.exit(2);
}
const seconds = (performance.now() - started) / 1000;
// maxRSS is in kilobytes; it covers this process (worker threads included).
const peakRssMb = process.resourceUsage().maxRSS / 1024;
// Astro and Pagefind run in child processes: the sum of theirs at one time is the peak that counts.
const peak = Math.max(peakRssMb, Number(detail.childPeakRssMb ?? 0));
console.log(
  `BENCH ${JSON.stringify({ phase: values.phase, seconds, peakRssMb: peak, scriptPeakRssMb: peakRssMb, ...detail })}`,
);
process.exit(0);
