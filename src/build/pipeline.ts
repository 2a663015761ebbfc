/**
 * The build, phase by phase: ingest the raw reports, then render the site
 * with Astro and index it with Pagefind (one phase: the index is built
 * while the last Astro build runs). `npm run build` runs them all and swaps
 * the result in as dist/; the benchmark runs each in its own process to
 * measure its time and memory.
 */
import path from 'node:path';
import { runIngest, type IngestReport } from '../ingest/run.ts';
import { listingSizeFromEnvironment } from './listing-plan.ts';
import { partSizeFor } from './parts.ts';
import { watchTreeRss } from './peak-rss.ts';
import { buildSite, type SiteBuildStats } from './site-build.ts';
import { buildSearchIndex, type IndexStats } from '../search/build-index.ts';

export interface BuildPaths {
  root: string;
  raw: string;
  reports: string;
  overrides: string;
  /** Where the site is written (a staging folder for `npm run build`). */
  out: string;
  ingestCache: string;
  /** Finished search-index shards, reused while their pages are unchanged. */
  searchCache: string;
  /** The site's parts and Astro's caches; separate per archive so that two archives never mix. */
  astroCache: string;
  /** The site before the current one, kept to be brought up to date as the next one (see sync-tree.ts). */
  previousSite: string;
}

export function defaultPaths(root: string, out: string): BuildPaths {
  return {
    root,
    raw: path.join(root, 'content/raw'),
    reports: path.join(root, 'content/reports'),
    overrides: path.join(root, 'content/overrides'),
    out,
    ...cachePaths(path.join(root, 'node_modules/.cache/bien-nien')),
  };
}

/** The caches of all phases, in one folder. */
export function cachePaths(
  folder: string,
): Pick<BuildPaths, 'ingestCache' | 'searchCache' | 'astroCache' | 'previousSite'> {
  return {
    ingestCache: path.join(folder, 'ingest'),
    searchCache: path.join(folder, 'search'),
    astroCache: path.join(folder, 'site'),
    previousSite: path.join(folder, 'previous-site'),
  };
}

export async function ingestPhase(paths: BuildPaths): Promise<IngestReport> {
  return runIngest({
    input: paths.raw,
    output: paths.reports,
    overrides: paths.overrides,
    cacheDir: paths.ingestCache,
  });
}

export interface SitePhaseStats {
  site: SiteBuildStats;
  index: IndexStats;
  /** Seconds from the phase's start to the Astro builds' end, and to the search index's start. */
  astroSeconds: number;
  searchStartedAt: number;
  seconds: number;
  /** The largest sum of the Astro and Pagefind processes' memory at one time; null without /proc. */
  childPeakRssMb: number | null;
  /** The same with the build script's own process (and its threads) added: what the machine held. */
  totalPeakRssMb: number | null;
}

/**
 * The site, then its search index. Astro runs in plain Node processes of
 * its own: in the build script's process (started through tsx), every
 * dynamic import Astro makes while prerendering went through tsx's module
 * hooks, and a third of the build time was spent there. The site is
 * rendered in parts (src/build/parts.ts).
 *
 * The index holds only the report pages, so it is built as soon as they
 * are all in place, beside the listings build (see site-build.ts): at
 * 10,000 reports the two took 52.8–54.9 s so, against 56.5–57.7 s one
 * after the other, measured in turn on a quiet machine; on a loaded one
 * (three heavy processes on two cores) it gained nothing.
 */
export async function sitePhase(paths: BuildPaths): Promise<SitePhaseStats> {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  // The builds and indexers run side by side: what counts is the memory they hold together.
  const peak = watchTreeRss(process.pid);
  const search: { index?: Promise<IndexStats>; startedAt?: number } = {};
  const startIndex = () => {
    search.startedAt = elapsed();
    search.index = buildSearchIndex(paths.out, { cacheDir: paths.searchCache });
    // Awaited below, once the site is built; a failure meanwhile is not an unhandled one.
    search.index.catch(() => {});
  };
  try {
    let site: SiteBuildStats;
    try {
      site = await buildSite(
        { root: paths.root, reports: paths.reports, raw: paths.raw, out: paths.out, cache: paths.astroCache },
        {
          partSize: partSizeFor,
          listingSize: listingSizeFromEnvironment(),
          quiet: Boolean(process.env.CI || process.env.BIEN_NIEN_QUIET),
          onReportPages: startIndex,
        },
      );
    } catch (error) {
      // Nothing may still be writing into the output once the caller removes it.
      await Promise.allSettled([search.index]);
      throw error;
    }
    const astroSeconds = elapsed();
    if (!search.index) throw new Error('the site was built but its search index was never started');
    const index = await search.index;
    const peaks = peak.stop();
    return {
      site,
      index,
      astroSeconds,
      searchStartedAt: search.startedAt ?? astroSeconds,
      seconds: elapsed(),
      childPeakRssMb: peaks.children,
      totalPeakRssMb: peaks.withSelf,
    };
  } finally {
    peak.stop();
  }
}
