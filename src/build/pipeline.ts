/**
 * The build, phase by phase: ingest the raw reports, render the site with
 * Astro, index it with Pagefind. `npm run build` runs them all and swaps
 * the result in as dist/; the benchmark runs each in its own process to
 * measure its time and memory.
 */
import path from 'node:path';
import { runIngest, type IngestReport } from '../ingest/run.ts';
import { partSizeFromEnvironment } from './parts.ts';
import { watchPeakRss } from './peak-rss.ts';
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

/**
 * Astro runs in plain Node processes of its own. In the build script's
 * process (started through tsx), every dynamic import Astro makes while
 * prerendering went through tsx's module hooks, and a third of the build
 * time was spent there. The site is rendered in parts (src/build/parts.ts).
 */
export async function astroPhase(paths: BuildPaths): Promise<SiteBuildStats & { peakRssMb: number | null }> {
  // The parts build side by side: what counts is the memory they hold together.
  const peak = watchPeakRss(process.pid, { descendants: true, together: true });
  try {
    const stats = await buildSite(
      { root: paths.root, reports: paths.reports, raw: paths.raw, out: paths.out, cache: paths.astroCache },
      { partSize: partSizeFromEnvironment(), quiet: Boolean(process.env.CI || process.env.BIEN_NIEN_QUIET) },
    );
    return { ...stats, peakRssMb: peak.stop() };
  } finally {
    peak.stop();
  }
}

export async function searchPhase(paths: BuildPaths): Promise<IndexStats> {
  return buildSearchIndex(paths.out, { cacheDir: paths.searchCache });
}
