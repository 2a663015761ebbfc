/**
 * The build, phase by phase: ingest the raw reports, render the site with
 * Astro, index it with Pagefind. `npm run build` runs them all and swaps
 * the result in as dist/; the benchmark runs each in its own process to
 * measure its time and memory.
 */
import path from 'node:path';
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runIngest, type IngestReport } from '../ingest/run.ts';
import { watchPeakRss } from './peak-rss.ts';
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
    searchCache: path.join(root, 'node_modules/.cache/bien-nien/search'),
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

/**
 * Astro runs in a plain Node process of its own. In the build script's
 * process (started through tsx), every dynamic import Astro makes while
 * prerendering went through tsx's module hooks, and a third of the build
 * time was spent there.
 */
export async function astroPhase(paths: BuildPaths): Promise<{ peakRssMb: number | null }> {
  const large = (await countReports(paths.reports)) > LARGE_ARCHIVE;
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    // Read by src/content.config.ts: the collection the site is built from.
    BIEN_NIEN_REPORTS: paths.reports,
    // Read by src/pages/nguon/[file].ts, which copies the raw files as received.
    BIEN_NIEN_RAW: paths.raw,
    // Read by astro.config.mjs.
    ASTRO_OUT_DIR: paths.out,
    ASTRO_CACHE_DIR: paths.astroCache,
    // Read by astro.config.mjs.
    BIEN_NIEN_CHUNKED_STORE: large ? '1' : '0',
  };
  const quiet = Boolean(process.env.CI || process.env.BIEN_NIEN_QUIET);
  const child = spawn(
    process.execPath,
    [...(large ? [largeHeapFlag()] : []), ASTRO_BIN, 'build', ...(quiet ? ['--silent'] : [])],
    {
      cwd: paths.root,
      env,
      stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    },
  );
  const peak = watchPeakRss(child.pid);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  const peakRssMb = peak.stop();
  if (code !== 0) throw new Error(`astro build failed (exit ${code})`);
  return { peakRssMb };
}

/**
 * Astro holds the whole collection in memory: 17.7 GB at 100,000 reports,
 * far past Node's default heap limit (about 4 GB here). A large archive's
 * build may use three quarters of the machine's memory; a small one keeps
 * the default, which holds its peak lower.
 */
function largeHeapFlag(): string {
  return `--max-old-space-size=${Math.floor((totalmem() / 1024 / 1024) * 0.75)}`;
}

/**
 * Past this many reports an archive is built as a large one: Astro's
 * content store, about 9 KB a report and written as one JSON string that
 * V8 caps near 512 MB (about 57,000 reports), is written in chunks, which
 * is slower; and Astro gets a larger heap.
 */
const LARGE_ARCHIVE = 30_000;

async function countReports(folder: string): Promise<number> {
  const names = await readdir(folder).catch(() => []);
  return names.filter((name) => name.endsWith('.md')).length;
}

const ASTRO_BIN = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export async function searchPhase(paths: BuildPaths): Promise<IndexStats> {
  return buildSearchIndex(paths.out, { cacheDir: paths.searchCache });
}
