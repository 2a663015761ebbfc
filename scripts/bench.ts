/**
 * npm run bench [-- --count N --seed S]
 *
 * Builds an archive of N synthetic reports (default 10,000) phase by phase,
 * each phase in its own process, and prints what each costs: time, peak
 * memory, output sizes, and the cost of a first and a second search in
 * headless Chromium. The numbers also go to bench-output/bench-N.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCorpus } from './generate-corpus.ts';
import { generateReport } from '../src/corpus/generate.ts';
import { measureSearch } from './bench-search.ts';
import { isShardFolder } from '../src/search/shards.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    'skip-search': { type: 'boolean', default: false },
    'skip-rebuild': { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const seed = Number(values.seed);
const base = path.join(root, 'bench-output', `n${count}`);
const dirs = {
  raw: path.join(base, 'raw'),
  reports: path.join(base, 'reports'),
  out: path.join(base, 'dist'),
  cache: path.join(base, 'cache'),
};

interface PhaseResult {
  phase: string;
  seconds: number;
  peakRssMb: number;
  /** CPU time (user and system) of the phase's process and every process under it, start-up included. */
  cpuSeconds?: number;
  [key: string]: unknown;
}

/** Linux's USER_HZ, the unit of the times in /proc/<pid>/stat; 100 on every architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU seconds of this process's children that have ended, and of theirs
 * (the cutime and cstime fields of /proc/self/stat); null without /proc.
 * Wall-clock time on this machine varies with the disk by 20 % and more
 * from hour to hour; CPU time varies less, so it tells versions apart.
 */
function endedChildrenCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // The fields after the command name, which is in parentheses: the first is field 3 (state).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[16 - 3]) + Number(fields[17 - 3])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

function runPhase(phase: string): PhaseResult {
  const cpuBefore = endedChildrenCpuSeconds();
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(root, 'scripts/bench-phase.ts'),
      '--phase',
      phase,
      '--raw',
      dirs.raw,
      '--reports',
      dirs.reports,
      '--out',
      dirs.out,
      '--cache',
      dirs.cache,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, BIEN_NIEN_QUIET: '1' }, maxBuffer: 256 * 1024 * 1024 },
  );
  const line = result.stdout.split('\n').find((text) => text.startsWith('BENCH '));
  if (result.status !== 0 || !line) {
    throw new Error(`phase ${phase} failed (exit ${result.status}):\n${result.stderr.slice(-4000)}`);
  }
  const measured = JSON.parse(line.slice('BENCH '.length)) as PhaseResult;
  const cpuAfter = endedChildrenCpuSeconds();
  return cpuBefore !== null && cpuAfter !== null ? { ...measured, cpuSeconds: cpuAfter - cpuBefore } : measured;
}

/** ", 19.8 s CPU" where the CPU time is known. */
function cpu(seconds: number | undefined): string {
  return seconds === undefined ? '' : `, ${seconds.toFixed(1)} s CPU`;
}

const seconds = (value: unknown) => `${Number(value).toFixed(1)} s`;

/**
 * "site 9.1 s (Astro 6.0 s, 4 of 5 builds reused; search 3.2 s, 6 of 7
 * shards reused)": what a rebuild's phase took, and what it did not do again.
 */
function describeRerun(phase: PhaseResult): string {
  const time = `${phase.phase} ${seconds(phase.seconds)}`;
  if (phase.phase !== 'site') return time;
  return (
    `${time} (Astro ${seconds(phase.astroSeconds)}, ${phase.reusedBuilds} of ${phase.builds} builds reused; ` +
    `search ${seconds(phase.searchSeconds)}, ${phase.reusedShards} of ${phase.shards} shards reused)`
  );
}

function folderBytes(folder: string, filter: (file: string) => boolean = () => true): number {
  let total = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && filter(full)) total += statSync(full).size;
  }
  return total;
}

function reportPageBytes(): { html: number; css: number } {
  const reportDir = path.join(dirs.out, 'bao-cao');
  const pages = readdirSync(reportDir).slice(0, 200);
  const html =
    pages.reduce((sum, slug) => sum + statSync(path.join(reportDir, slug, 'index.html')).size, 0) / pages.length;
  const sample = readFileSync(path.join(reportDir, pages[0]!, 'index.html'), 'utf8');
  const css = [...sample.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].reduce((sum, match) => {
    const file = path.join(dirs.out, match[1]!.replace(/^\/+/, ''));
    return sum + (existsSync(file) ? statSync(file).size : 0);
  }, 0);
  return { html, css };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** A phase's figure in megabytes, or a dash where it was not measured (no /proc). */
const mbOf = (megabytes: unknown) => (typeof megabytes === 'number' ? `${megabytes.toFixed(0)} MB` : '–');

/**
 * Where the last run's folders wait to be deleted until this run has been
 * measured. This machine's disk (ext4 without a journal) does not reuse an
 * inode for a minute or more after it is freed, and looks at each such
 * inode again for every file it creates: right after the last run's
 * 60,000 files were deleted, a cold 10k ingest spent 9.8 s in the kernel
 * instead of 2.7 s, and 10,000 new files took 5 to 10 s of system time
 * instead of 0.8 s. Deleting first would measure that, not the build.
 */
const discarded = path.join(base, 'discarded');

function setAside(): void {
  mkdirSync(discarded, { recursive: true });
  for (const folder of Object.values(dirs)) {
    if (existsSync(folder)) renameSync(folder, path.join(discarded, `${path.basename(folder)}-${Date.now()}`));
  }
}

async function main(): Promise<void> {
  mkdirSync(base, { recursive: true });
  console.log(`Benchmark: ${count} synthetic reports (seed ${seed}) in ${path.relative(root, base)}/`);
  setAside();
  await writeCorpus(count, seed, dirs.raw);

  const cold = runPhase('ingest');
  const warm = runPhase('ingest');
  const site = runPhase('site');

  // The whole pipeline again, with its caches, after one report changes,
  // and again after one more report comes in (which the listings show).
  const rebuild = (change: () => void): { seconds: number; phases: string } => {
    change();
    const phases = [runPhase('ingest'), runPhase('site')];
    return {
      seconds: phases.reduce((sum, phase) => sum + phase.seconds, 0),
      phases: phases.map(describeRerun).join(', '),
    };
  };
  const skipped = { seconds: Number.NaN, phases: '' };
  const changed = values['skip-rebuild']
    ? skipped
    : rebuild(() => {
        const first = path.join(dirs.raw, readdirSync(dirs.raw).sort()[0]!);
        // In the middle of the body: at the end it would be taken for the site's trailing chrome.
        const paragraphs = readFileSync(first, 'utf8').split('\n\n');
        paragraphs.splice(Math.floor(paragraphs.length / 2), 0, 'Đoạn bổ sung của người lưu trữ.');
        writeFileSync(first, paragraphs.join('\n\n'));
      });
  const added = values['skip-rebuild']
    ? skipped
    : rebuild(() => {
        const report = generateReport(seed + 1, 0, count);
        writeFileSync(path.join(dirs.raw, `added-${report.fileName}`), report.text);
      });

  const page = reportPageBytes();
  const sizes = {
    distBytes: folderBytes(dirs.out),
    // Every shard of the search index: pagefind/, pagefind-2/, …
    indexBytes: readdirSync(dirs.out)
      .filter(isShardFolder)
      .reduce((sum, name) => sum + folderBytes(path.join(dirs.out, name)), 0),
    reportHtmlBytes: Math.round(page.html),
    reportCssBytes: page.css,
    reportJsBytes: 0,
  };
  const searches = values['skip-search']
    ? []
    : await measureSearch(dirs.out, ['bi thu quan uy', 'dang bo', 'nguyen van']);

  const results = {
    count,
    seed,
    machine: { cpus: (await import('node:os')).availableParallelism(), node: process.version },
    ingestCold: { ...cold, perSecond: count / cold.seconds },
    ingestWarm: { ...warm, perSecond: count / warm.seconds, speedup: cold.seconds / warm.seconds },
    // The search index is built while the listings build runs: the two
    // phases overlap, and the site phase's time is the one that adds up.
    site,
    astro: {
      seconds: Number(site.astroSeconds),
      builds: site.builds,
      pagesPerSecond: count / Number(site.astroSeconds),
    },
    pagefind: { seconds: Number(site.searchSeconds), startedAt: Number(site.searchStartedAt), shards: site.shards },
    fullBuildSeconds: cold.seconds + site.seconds,
    fullBuildCpuSeconds:
      cold.cpuSeconds !== undefined && site.cpuSeconds !== undefined ? cold.cpuSeconds + site.cpuSeconds : undefined,
    fullBuildPeakRssMb: Math.max(cold.peakRssMb, site.peakRssMb),
    rebuildAfterOneChangeSeconds: changed.seconds,
    rebuildPhases: changed.phases,
    rebuildAfterOneAddedSeconds: added.seconds,
    rebuildAfterOneAddedPhases: added.phases,
    sizes,
    searches,
  };

  const rows: [string, string][] = [
    [
      'ingest, cold',
      `${results.ingestCold.perSecond.toFixed(0)} reports/s (${cold.seconds.toFixed(1)} s${cpu(cold.cpuSeconds)}, ${cold.peakRssMb.toFixed(0)} MB peak)`,
    ],
    [
      'ingest, warm',
      `${results.ingestWarm.perSecond.toFixed(0)} reports/s (${warm.seconds.toFixed(1)} s${cpu(warm.cpuSeconds)}, ${results.ingestWarm.speedup.toFixed(1)}x cold)`,
    ],
    [
      'Astro build',
      `${results.astro.pagesPerSecond.toFixed(0)} reports/s (${seconds(site.astroSeconds)}, ${site.builds} Astro builds)`,
    ],
    [
      'Pagefind index',
      `${seconds(site.searchSeconds)}, from ${seconds(site.searchStartedAt)} into the site phase (${site.shards} shards)`,
    ],
    [
      'site (Astro and Pagefind)',
      `${seconds(site.seconds)}${cpu(site.cpuSeconds)}, ${site.peakRssMb.toFixed(0)} MB peak`,
    ],
    [
      'site memory',
      `Astro and Pagefind together ${mbOf(site.childPeakRssMb)}, with the build script ${mbOf(site.totalPeakRssMb)} (the script alone ${mbOf(site.scriptPeakRssMb)}); one part at most ${mbOf(site.partPeakRssMbMax)}, one listings build at most ${mbOf(site.listingsPeakRssMb)} (${String(site.listingBuilds ?? 1)} listings builds); the plan's process ${mbOf(site.planPeakRssMb)} (${seconds(site.planSeconds)}, alone before the first build)`,
    ],
    [
      'full build',
      `${results.fullBuildSeconds.toFixed(1)} s${cpu(results.fullBuildCpuSeconds)}, ${results.fullBuildPeakRssMb.toFixed(0)} MB peak`,
    ],
    ['rebuild after one change', `${changed.seconds.toFixed(1)} s (${changed.phases})`],
    ['rebuild after one report added', `${added.seconds.toFixed(1)} s (${added.phases})`],
    ['dist/ size', mb(sizes.distBytes)],
    ['search index size', mb(sizes.indexBytes)],
    ['report page', `${kb(sizes.reportHtmlBytes)} HTML + ${kb(sizes.reportCssBytes)} CSS, 0 B JS`],
    ...searches
      .slice(0, 1)
      .map((run): [string, string] => [
        'search page start-up (page, script, Pagefind)',
        `${kb(run.startup.bytes)} in ${run.startup.ms.toFixed(0)} ms`,
      ]),
    ...searches.flatMap((run): [string, string][] => [
      [
        `search "${run.query}", first`,
        `${kb(run.first.bytes)} in ${run.first.ms.toFixed(0)} ms (${run.first.results} results)`,
      ],
      [`search "${run.query}", second`, `${kb(run.second.bytes)} in ${run.second.ms.toFixed(0)} ms`],
    ]),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\n| ${'what'.padEnd(width)} | measured |\n| ${'-'.repeat(width)} | --- |`);
  for (const [label, value] of rows) console.log(`| ${label.padEnd(width)} | ${value} |`);
  const file = path.join(root, 'bench-output', `bench-${count}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nJSON: ${path.relative(root, file)}`);
  rmSync(discarded, { recursive: true, force: true });
}

await main();
