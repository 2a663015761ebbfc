/**
 * The site phase of the build: Astro renders the archive in parts of a
 * bounded size (see parts.ts for why), and the parts are put together as
 * one site with its raw copies (/nguon/), open-data files and sitemap.
 *
 * Each build is an `astro build` in a Node process of its own; the parts
 * run two at a time on two cores. Each keeps its output under the site
 * cache with the key of every page in it: the hash of what the page shows
 * (its report file, its links, the code). A part whose keys are unchanged
 * is not built again; one with a few changed pages is patched: a small
 * build renders just those pages, and the others are linked from the last
 * output (see `patchPart`).
 */
import { spawn } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pruneCompileCache, withCompileCache } from './compile-cache.ts';
import { watchPeakRss } from './peak-rss.ts';
import { runInOwnProcess } from './own-process.ts';
import { runAll } from './run-all.ts';
import { heapFlag } from './threads.ts';
import { linksJson, OPEN_DATA, OPEN_DATA_FILES, type Job, type SiteBuildPaths, type SitePlan } from './site-plan.ts';
import { sitemapFiles } from './sitemap.ts';
import { linkOrCopy, linkTree } from '../fs/link-tree.ts';
import { Placement, placeFile, placeTree, removeUnplaced } from '../fs/sync-tree.ts';
import { isShardFolder } from '../search/shards.ts';
import { siteRoot } from '../site/address.ts';
import { LISTING_FOLDERS, type ListingFamily } from '../site/listing-scope.ts';
import { REPORTS_FOLDER } from '../site/urls.ts';

export type { SiteBuildPaths } from './site-plan.ts';

export interface SiteBuildStats {
  reports: number;
  /** Astro builds the site is made of: the parts and, for a site of more than one part, the listings. */
  builds: number;
  /** Of those, the ones reused whole from the last build. */
  reused: number;
  /** Of those, the parts patched: only their changed pages were rendered. */
  patched: number;
  /** Each build that ran: its time, its own peak memory (null where there is no /proc) and the pages it rendered. */
  ran: { name: string; seconds: number; peakRssMb: number | null; pages: number | null }[];
  /** The plan's process (site-plan.ts), which runs alone before the first build. */
  plan: { seconds: number; peakRssMb: number };
}

/** What a part's cache holds beside its output: the key of each page in it. */
interface PartState {
  fingerprint: string;
  keys: Record<string, string>;
}

/** What every Astro run of one site build shares. */
interface RunContext {
  paths: SiteBuildPaths;
  quiet: boolean;
  /** Called as each Astro process starts. */
  started: () => void;
  /** One content sync at a time (see `astroRun`). */
  syncTurns: Turns;
}

/** Turns taken one after another: `take` waits for the turn and gives the function that ends it. */
class Turns {
  private last: Promise<void> = Promise.resolve();

  async take(): Promise<() => void> {
    let end!: () => void;
    const turn = new Promise<void>((resolve) => (end = resolve));
    const before = this.last;
    this.last = before.then(() => turn);
    await before;
    return end;
  }
}

type Plan = { job: Job; action: 'reuse' | 'build' } | { job: Job; action: 'patch'; ids: string[]; dropped: string[] };

/**
 * A part with up to this share of its pages changed is patched rather than
 * built again: a patch costs a build's fixed start-up (about 3 s) and the
 * changed pages, a whole part about 5 ms a page on top of that.
 */
const PATCH_SHARE = 0.5;

/**
 * The most the Astro builds of one site build may hold together: under the
 * 4 GB that a build of 100,000 reports may use. Measured peaks on this
 * machine: a part 0.87-0.89 GB for 2,500 pages and 1.17-1.23 GB for 5,000,
 * whatever the archive's size (budgeted at 0.6 GB and 0.13 MB a page); a
 * listings build about 0.55 GB and 20 KB a record it is given (as one build
 * of the whole archive: 0.89 GB at 10,000 reports, 1.33 GB at 30,000,
 * 1.47 GB at 50,000, 2.48 GB at 100,000; given at most 40,000 records,
 * 1.42-1.48 GB at 100,000). Two builds side by side peak at different
 * moments: at 30,000 and 50,000 reports the pair peaked at 2.27 and 2.41 GB
 * against 2.44 and 2.56 GB for the sum of their peaks.
 */
const MEMORY_BUDGET_MB = 3_800;
const partPeakMb = (pages: number) => 600 + pages * 0.13;
const listingsPeakMb = (records: number) => 550 + records * 0.023;
/** The search index's build, two Pagefind indexers at a time: 0.45 GB at 10,000 reports, 0.85 GB at 100,000. */
const SEARCH_PEAK_MB = 900;

/**
 * How the listings builds share the two cores within the budget.
 *
 * Several listings builds (a large archive) run two at a time from the
 * start, beside the parts, and the search index is built after them all:
 * with the index beside two listings builds, three processes fought over
 * two cores, and at 100,000 reports the site phase took 494–531 s against
 * 452 s with the index after them (the same 920–970 s of CPU time).
 *
 * A single listings build waits for the parts and runs beside the search
 * index, which outlasts it: beside the last part it had taken a
 * 10,000-report build to 1.97 GB, and it finished no sooner.
 */
function listingsSchedule(
  recordCounts: readonly number[],
  largestPart: number,
): {
  besideParts: boolean;
  atOnce: number;
  searchBeside: boolean;
} {
  const peak = listingsPeakMb(Math.max(0, ...recordCounts));
  const atOnce = recordCounts.length > 1 && 2 * peak <= MEMORY_BUDGET_MB ? 2 : 1;
  const besideParts = atOnce === 2 && peak + partPeakMb(largestPart) <= MEMORY_BUDGET_MB;
  return { besideParts, atOnce, searchBeside: atOnce === 1 && peak + SEARCH_PEAK_MB <= MEMORY_BUDGET_MB };
}

/**
 * Each Astro build's V8 heap is capped. Left to itself, V8 let a part's
 * heap reach 360 MB before a full collection though it never held more than
 * 160 MB live, and a listings build of 35,000 records 620-730 MB for
 * 180-280 MB live; Rolldown's bundling, outside the heap, adds about
 * 0.45 GB at the same moment. Capped, a part peaked at 0.91-0.95 GB against
 * 0.95-1.13 GB in the same CPU time, and that listings build at
 * 1.12-1.22 GB against 1.42 GB with about a tenth more CPU time (December 7,
 * fourth session). The cap grows with what a build holds, so that a larger
 * part size or listing limit (see parts.ts, listing-plan.ts) leaves the
 * heap room: a part and a listings build of 10,000 records still ran with
 * 320 MB.
 */
const HEAP_BASE_MB = 512;
const HEAP_MB_PER_ENTRY = 0.01;

export function heapLimitMb(job: Pick<Job, 'kind' | 'records' | 'pages'>): number {
  const entries = job.kind === 'whole' ? 2 * job.records : job.records + (job.pages?.ids.length ?? 0);
  return Math.ceil(HEAP_BASE_MB + HEAP_MB_PER_ENTRY * entries);
}

/**
 * The heap the plan's process (site-plan.ts) is given for an archive of
 * `reports` reports. At 100,000 reports the plan held about 0.3 GB live
 * between its stages (0.4 GB while the links were worked out); left
 * uncapped its process peaked at 2.5-2.7 GB, capped at 1 to 1.5 GB it
 * peaked at 1.25-1.55 GB and took no longer (20-21 s against 24 s warm). A
 * few times what it holds live, so that a collection is rare.
 */
export function planHeapMb(reports: number): number {
  return Math.ceil(HEAP_BASE_MB + 0.008 * reports);
}

const ASTRO_BIN = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export interface SiteBuildOptions {
  /** Reports a part holds in an archive of this many (see partSizeFor in parts.ts). */
  partSize: (reports: number) => number;
  /** The most records one listings build is given (see listing-plan.ts). */
  listingSize: number;
  quiet: boolean;
  /**
   * Called once every report page is in place in the output, and no other
   * page is in the report folder; the listings may still be building. The
   * search index holds only the report pages, so the build script indexes
   * them then, beside the listings build: both cores stay busy to the end.
   * Not called when the build fails.
   */
  onReportPages?: () => void;
}

export async function buildSite(paths: SiteBuildPaths, options: SiteBuildOptions): Promise<SiteBuildStats> {
  // In a process of its own, which has exited by the time the first Astro build starts.
  const reportFiles = (await readdir(paths.reports).catch(() => [])).filter((name) => name.endsWith('.md')).length;
  const planned = await runInOwnProcess<SitePlan>(
    new URL('./site-plan.ts', import.meta.url),
    'planSite',
    [paths, options.partSize(reportFiles), options.listingSize],
    { heapMb: planHeapMb(reportFiles) },
  );
  const { jobs, reports, rawFiles } = planned.result;
  // The output is brought to the new state where it is (see sync-tree.ts):
  // what is unchanged stays, and what this run does not place is removed
  // at the end.
  await mkdir(paths.out, { recursive: true });
  const writeFiles = (placement: Placement) =>
    Promise.all([
      ...OPEN_DATA_FILES.map((file) =>
        placeFile(path.join(paths.cache, OPEN_DATA, path.basename(file)), path.join(paths.out, file), placement),
      ),
      copyRawFiles(rawFiles, paths.raw, path.join(paths.cache, 'raw'), path.join(paths.out, 'nguon'), placement),
    ]);
  const plans = await Promise.all(jobs.map((job) => planJob(paths.cache, job)));
  const stale = plans.filter((plan) => plan.action !== 'reuse');

  // Each build's output is linked into the site as soon as it is there,
  // a reused one at once: that file-system work goes on while Astro runs.
  // But not before the first Astro process has started: the thousands of
  // links queue in Node's four file-system threads ahead of the few calls
  // a build needs to start, which delayed a one-page patch by 2.7 s.
  let placingFailed: unknown = null;
  const placing: Promise<void>[] = [];
  const placement = new Placement(paths.out);
  const place = (job: Job): Promise<void> => {
    const placed = placeOutput(job, path.join(paths.cache, job.name, 'out'), placement).catch((error: unknown) => {
      placingFailed ??= error;
    });
    placing.push(placed);
    return placed;
  };
  let astroStarted!: () => void;
  const firstStart = new Promise<void>((resolve) => (astroStarted = resolve));
  if (stale.length === 0) astroStarted();
  let failed = false;
  const files = firstStart.then(() => (failed ? undefined : writeFiles(placement)));
  files.catch(() => {});
  placing.push(
    firstStart.then(async () => {
      if (!failed) await Promise.all(plans.filter((plan) => plan.action === 'reuse').map((plan) => place(plan.job)));
    }),
  );
  const context: RunContext = { paths, quiet: options.quiet, started: astroStarted, syncTurns: new Turns() };
  const schedule = listingsSchedule(
    jobs.filter((job) => job.kind === 'listings').map((job) => job.records),
    Math.max(0, ...jobs.map((job) => job.pages?.ids.length ?? 0)),
  );

  const ran: SiteBuildStats['ran'] = [];
  const listings = stale.filter((plan) => plan.job.kind === 'listings');
  const parts = stale.filter((plan) => plan.job.kind !== 'listings');
  // Where the search index may be built beside the listings build, the
  // report pages are announced once every part is placed (the reused ones
  // with the first start), their folder swept first.
  const partsPlaced: Promise<void>[] = [placing[0]!];
  let partsLeft = parts.length;
  const early: { announced?: Promise<boolean> } = {};
  const announceReportPages = async (): Promise<boolean> => {
    await Promise.all(partsPlaced);
    if (failed || placingFailed) return false;
    // A page of a report no longer in the archive must be gone before the index is built.
    await removeUnplaced(placement, () => false, path.join(paths.out, REPORTS_FOLDER));
    options.onReportPages?.();
    return true;
  };
  const whenPartsPlaced = () => {
    if (!schedule.searchBeside) return;
    early.announced = announceReportPages();
    // Awaited once the builds are done; a failure meanwhile is not an unhandled one.
    early.announced.catch(() => {});
  };
  let announcedEarly = false;
  try {
    if (partsLeft === 0) whenPartsPlaced();
    const build = async (plan: Plan) => {
      ran.push(plan.action === 'patch' ? await patchPart(context, plan.job, plan) : await runJob(context, plan.job));
      const placed = place(plan.job);
      if (plan.job.kind === 'listings') return;
      partsPlaced.push(placed);
      if (--partsLeft === 0) whenPartsPlaced();
    };
    // Two builds at a time on two cores, the parts first: the listings
    // builds then run beside the search index's. A listings build grows
    // with the records it is given: where one and a part would pass the
    // memory budget together, the listings run after the parts, as many
    // at once as fit (see listingsSchedule).
    const slots = Math.max(1, Math.min(2, availableParallelism()));
    if (schedule.besideParts) await runAll([...parts, ...listings], build, slots);
    else {
      await runAll(parts, build, slots);
      await runAll(listings, build, Math.min(slots, schedule.atOnce));
    }
    // A patch that only removed pages started no Astro process.
    astroStarted();
    await Promise.all(placing);
    if (placingFailed) throw placingFailed;
    announcedEarly = (await early.announced) ?? false;
  } catch (error) {
    failed = true;
    astroStarted();
    // Nothing may still be writing into the output once the caller removes it.
    await Promise.allSettled([files, early.announced, ...placing]);
    throw error;
  }
  await files;
  // The search index is the search phase's to bring up to date.
  await removeUnplaced(placement, (name) => isShardFolder(name) || (announcedEarly && name === REPORTS_FOLDER));
  await writeSitemap(placement);
  if (!announcedEarly) options.onReportPages?.();
  // The builds' data-store chunks, which no build will load again.
  await pruneCompileCache();
  return {
    reports,
    builds: jobs.length,
    reused: jobs.length - stale.length,
    patched: stale.filter((plan) => plan.action === 'patch').length,
    ran,
    plan: { seconds: planned.seconds, peakRssMb: planned.peakRssMb },
  };
}

/**
 * Links a build's output into the site. A part gives only its report
 * pages (its listing pages were rendered without the catalogue); a build
 * of some families' listing pages gives only those (familyPages); the
 * listings build of the index pages or of all, or a whole one, gives
 * everything it has. Every build
 * has the same stylesheets, named by their content, so those may be there
 * already; any other file twice is a fault in the plan.
 */
async function placeOutput(job: Job, out: string, placement: Placement): Promise<void> {
  const site = placement.root;
  const entries =
    job.kind === 'pages'
      ? [REPORTS_FOLDER]
      : job.families?.length
        ? await familyPages(out, job.families)
        : (await readdir(out)).filter((name) => name !== '_astro');
  for (const entry of entries) {
    const from = path.join(out, entry);
    const to = path.join(site, entry);
    if ((await stat(from)).isDirectory()) await placeTree(from, to, placement);
    else await placeFile(from, to, placement);
  }
  await placeTree(path.join(out, '_astro'), path.join(site, '_astro'), placement, true);
}

/**
 * The pages of a listings build that renders some families' pages: their
 * folders (don-vi/<unit>/, …), and not the index pages it renders from an
 * empty summary, which are another build's.
 */
async function familyPages(out: string, families: readonly ListingFamily[]): Promise<string[]> {
  const found: string[] = [];
  for (const family of families) {
    const folder = LISTING_FOLDERS[family];
    const entries = await readdir(path.join(out, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (entry.isDirectory()) found.push(path.join(folder, entry.name));
  }
  return found;
}

/**
 * Reuse, patch or build. A listings or whole build is reused when nothing
 * it reads changed. A part is reused when every page's key is the last
 * build's, patched when few are not, and built again otherwise.
 */
async function planJob(cache: string, job: Job): Promise<Plan> {
  const state = await readState(cache, job.name);
  if (state?.fingerprint !== job.fingerprint) return { job, action: 'build' };
  if (!job.pages) return { job, action: 'reuse' };
  const { keys } = job.pages;
  const changed = Object.keys(keys).filter((id) => state.keys[id] !== keys[id]);
  const dropped = Object.keys(state.keys).filter((id) => !(id in keys));
  if (changed.length === 0 && dropped.length === 0) return { job, action: 'reuse' };
  if (changed.length > job.pages.ids.length * PATCH_SHARE) return { job, action: 'build' };
  return { job, action: 'patch', ids: changed, dropped };
}

async function readState(cache: string, name: string): Promise<PartState | null> {
  const text = await readFile(path.join(cache, name, STATE_FILE), 'utf8').catch(() => null);
  try {
    return text === null ? null : (JSON.parse(text) as PartState);
  } catch {
    return null;
  }
}

/** Written once the output is in place, and removed before it is touched: a run cut short leaves no state, and the next builds the part whole. */
const STATE_FILE = 'state.json';

async function writeState(cache: string, job: Job): Promise<void> {
  const state: PartState = { fingerprint: job.fingerprint, keys: job.pages?.keys ?? {} };
  await writeFile(path.join(cache, job.name, STATE_FILE), JSON.stringify(state));
}

/**
 * A part's reports folder holds hard links to its report files: Astro
 * reads only the part's reports, at no cost in disk. The folder is made
 * anew, so a report moved to another part leaves this one.
 */
async function linkReports(reports: string, ids: readonly string[], folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  for (const id of ids) await linkOrCopy(path.join(reports, `${id}.md`), path.join(folder, `${id}.md`));
}

async function runJob(context: RunContext, job: Job): Promise<SiteBuildStats['ran'][number]> {
  const { paths } = context;
  const started = performance.now();
  const folder = path.join(paths.cache, job.name);
  await rm(path.join(folder, STATE_FILE), { force: true });
  if (job.pages) await linkReports(job.pages.from, job.pages.ids, job.pages.folder);
  const peakRssMb = await astroRun(
    context,
    job.name,
    heapLimitMb(job),
    { ...job.env, ASTRO_CACHE_DIR: path.join(folder, 'astro') },
    (out) => replaceFolder(out, path.join(folder, 'out')),
  );
  await writeState(paths.cache, job);
  return {
    name: job.name,
    seconds: (performance.now() - started) / 1000,
    peakRssMb,
    pages: job.pages?.ids.length ?? null,
  };
}

/**
 * Renders again only the changed pages of a part: a build of just those
 * reports, with their links, whose pages then take the place of the old
 * ones in the part's output; the pages of reports gone from the part are
 * removed, and the others are not touched. The report pages depend on
 * nothing else (a part's build gets no catalogue), so the result is the
 * part as a full build would make it; parts-build.test.ts checks that
 * byte for byte. The part's state is removed first and written last, so
 * a patch cut short leaves a part that the next run builds whole.
 */
async function patchPart(
  context: RunContext,
  job: Job,
  { ids, dropped }: { ids: readonly string[]; dropped: readonly string[] },
): Promise<SiteBuildStats['ran'][number]> {
  const { paths } = context;
  const started = performance.now();
  const pages = job.pages!;
  const folder = path.join(paths.cache, job.name);
  const patch = path.join(folder, 'patch');
  await rm(path.join(folder, STATE_FILE), { force: true });
  await rm(patch, { recursive: true, force: true });
  await linkReports(pages.from, ids, path.join(patch, 'reports'));
  // The part's links file, written for this run, holds each page's links:
  // read back here, not kept in memory for the whole run (300 MB at 100,000 reports).
  const partLinks = JSON.parse(await readFile(job.env.BIEN_NIEN_LINKS!, 'utf8')) as Record<string, unknown>;
  await writeFile(
    path.join(patch, 'links.json'),
    linksJson(ids.map((id) => [id, JSON.stringify(partLinks[id])] as const)),
  );
  const env = {
    ...job.env,
    BIEN_NIEN_PAGES: path.join(patch, 'reports'),
    BIEN_NIEN_LINKS: path.join(patch, 'links.json'),
    // Its own content cache: the part's holds all its reports, and a build of a few would empty it.
    ASTRO_CACHE_DIR: path.join(patch, 'astro'),
  };
  const pagesFolder = path.join(folder, 'out', REPORTS_FOLDER);
  // Moved aside rather than deleted in place: a page's folder goes in one
  // step, and the site of the last run keeps its own links to the old files.
  const removeOld = async (gone: readonly string[]) => {
    const replaced = path.join(patch, 'replaced');
    await mkdir(replaced, { recursive: true });
    for (const id of gone) {
      await rename(path.join(pagesFolder, id), path.join(replaced, id)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
  };
  let peakRssMb: number | null = null;
  // Reports that only left the part need no build.
  if (ids.length === 0) await removeOld(dropped);
  else {
    peakRssMb = await astroRun(context, `${job.name}-patch`, heapLimitMb(job), env, async (out) => {
      await removeOld([...ids, ...dropped]);
      for (const id of ids) await moveFolder(path.join(out, REPORTS_FOLDER, id), path.join(pagesFolder, id));
      await linkTree(path.join(out, '_astro'), path.join(folder, 'out', '_astro'), { skipExisting: true });
    });
  }
  await writeState(paths.cache, job);
  await rm(patch, { recursive: true, force: true });
  return { name: `${job.name} (patch)`, seconds: (performance.now() - started) / 1000, peakRssMb, pages: ids.length };
}

/**
 * One `astro build` with the given environment; `keep` takes the output
 * folder before it is removed. Returns the build's peak memory.
 */
async function astroRun(
  { paths, quiet, started, syncTurns }: RunContext,
  name: string,
  heapMb: number,
  jobEnv: Record<string, string>,
  keep: (out: string) => Promise<void>,
): Promise<number | null> {
  // Astro stages its prerender chunks in the output folder when that lies
  // below the working directory, and otherwise in the one shared ./.astro/,
  // where builds running side by side delete each other's chunks. The
  // chunks import packages, so they must also lie inside the project. Each
  // build therefore runs in a folder of its own inside the project.
  const runs = path.join(paths.root, 'node_modules/.cache/bien-nien/astro-runs');
  await mkdir(runs, { recursive: true });
  const run = await mkdtemp(path.join(runs, `${name}-`));
  try {
    const env = {
      // Node's compile cache in a folder of the project's, which buildSite prunes (see compile-cache.ts).
      ...withCompileCache(),
      ...jobEnv,
      ASTRO_TELEMETRY_DISABLED: '1',
      ASTRO_OUT_DIR: path.join(run, 'out'),
    };
    // Every build writes the project's one .astro/ folder while it syncs
    // its content (content-assets.mjs, often with other text than the last
    // build left), each through the same temporary file name: two builds
    // syncing at once can take each other's file away, and Astro fails
    // with UnknownFilesystemError. So a build starts only once the one
    // before it has logged "Synced content". Its log is read for that line
    // and, when quiet, not shown.
    const endTurn = await syncTurns.take();
    const child = spawn(process.execPath, [heapFlag(heapMb), ASTRO_BIN, 'build', '--root', paths.root], {
      cwd: run,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    started();
    child.once('exit', endTurn);
    let tail = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (!quiet) process.stdout.write(chunk);
      tail = (tail + chunk).slice(-200);
      if (tail.includes(SYNCED)) endTurn();
    });
    const peak = watchPeakRss(child.pid);
    const exit = await new Promise<string | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => resolve(code === 0 ? null : `exit ${code ?? signal}`));
    });
    const peakRssMb = peak.stop();
    // "JavaScript heap out of memory" above, from V8, means the cap was too low for this build.
    if (exit) throw new Error(`astro build of the site's ${name} failed (${exit}; its heap capped at ${heapMb} MB)`);
    await keep(path.join(run, 'out'));
    return peakRssMb;
  } finally {
    await rm(run, { recursive: true, force: true });
  }
}

/** What Astro logs once a build's content sync, and its writes into .astro/, are done. */
const SYNCED = 'Synced content';

/** Puts `from` in the place of `to`, whose earlier content is removed. */
async function replaceFolder(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await moveFolder(from, to);
}

async function moveFolder(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
  }
}

/**
 * Every page of the site in the sitemap: the HTML files this build placed,
 * which, once the rest is removed, are all the site has.
 */
async function writeSitemap(placement: Placement): Promise<void> {
  const pages = [...placement.placed()]
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/(^|\/)index\.html$/, '$1'));
  for (const [name, text] of sitemapFiles(siteRoot(), pages)) await writeFile(path.join(placement.root, name), text);
}

/**
 * The raw text of each report, byte for byte as received, at
 * /nguon/<file>. The raw folder is edited in place, so a built site must
 * not link to it: each file is copied once into the site cache, under the
 * hash its record gives, and linked from there.
 */
async function copyRawFiles(
  rawFiles: readonly (readonly [file: string, sha256: string])[],
  raw: string,
  cache: string,
  target: string,
  placement: Placement,
): Promise<void> {
  await mkdir(cache, { recursive: true });
  await mkdir(target, { recursive: true });
  const files = new Map(rawFiles);
  const wanted = new Set(files.values());
  const cached = new Set(await readdir(cache));
  await runAll(
    [...cached].filter((name) => !wanted.has(name)),
    (name) => rm(path.join(cache, name), { force: true }),
    16,
  );
  const sources = new Map([...files].map(([file, sha256]) => [sha256, file]));
  await runAll(
    [...sources].filter(([sha256]) => !cached.has(sha256)),
    async ([sha256, file]) => {
      // Copied under a temporary name and renamed: a copy cut short is never taken for a whole one.
      const copy = path.join(cache, sha256);
      await copyFile(path.join(raw, file), `${copy}.part`);
      await rename(`${copy}.part`, copy);
    },
    16,
  );
  await runAll(
    [...files],
    ([file, sha256]) => placeFile(path.join(cache, sha256), path.join(target, file), placement),
    16,
  );
}
