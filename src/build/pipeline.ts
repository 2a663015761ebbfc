/**
 * The build, phase by phase: ingest the raw reports, render the site with
 * Astro, index it with Pagefind. `npm run build` runs them all and swaps
 * the result in as dist/; the benchmark runs each in its own process to
 * measure its time and memory.
 */
import path from 'node:path';
import { build } from 'astro';
import { runIngest, type IngestReport } from '../ingest/run.ts';
import { buildSearchIndex, type IndexStats } from '../search/build-index.ts';

export interface BuildPaths {
  root: string;
  raw: string;
  reports: string;
  overrides: string;
  /** Where the site is written (a staging folder for `npm run build`). */
  out: string;
  ingestCache: string;
  /** Astro's own cache; separate per archive so that two archives never mix. */
  astroCache: string;
}

export function defaultPaths(root: string, out: string): BuildPaths {
  return {
    root,
    raw: path.join(root, 'content/raw'),
    reports: path.join(root, 'content/reports'),
    overrides: path.join(root, 'content/overrides'),
    out,
    ingestCache: path.join(root, 'node_modules/.cache/bien-nien/ingest'),
    astroCache: path.join(root, 'node_modules/.astro'),
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

export async function astroPhase(paths: BuildPaths): Promise<void> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  // Read by src/content.config.ts: the collection the site is built from.
  process.env.BIEN_NIEN_REPORTS = paths.reports;
  // Read by src/pages/nguon/[file].ts, which copies the raw files as received.
  process.env.BIEN_NIEN_RAW = paths.raw;
  await build({
    root: paths.root,
    outDir: paths.out,
    cacheDir: paths.astroCache,
    logLevel: process.env.CI || process.env.BIEN_NIEN_QUIET ? 'warn' : 'info',
  });
}

export async function searchPhase(paths: BuildPaths): Promise<IndexStats> {
  return buildSearchIndex(paths.out);
}
