/**
 * The site build's plan: everything that needs every record of the
 * archive. It reads the catalogue (the report files' records), plans the
 * parts and the listings builds, writes each build's inputs (its records,
 * links, scope or summary) and the open-data files into the site cache,
 * and gives back the jobs, which name those files.
 *
 * The build script calls it in a process of its own (own-process.ts),
 * which exits before the first Astro build starts.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readCatalogue, type ReportFile } from './catalogue.ts';
import { readReportFilesInThreads } from './catalogue-threads.ts';
import { filesFingerprint } from './code-fingerprint.ts';
import { listingLayout, listingLayoutSchema, planListings, type ListingBuild } from './listing-plan.ts';
import { partCount, planParts, type SitePart } from './parts.ts';
import { keepOnly } from '../fs/keep-only.ts';
import { writeChunksAtomic } from '../fs/write-atomic.ts';
import { listedRecord } from '../report/schema.ts';
import { siteRoot } from '../site/address.ts';
import { newestFirst } from '../site/archive-entry.ts';
import type { ListingFamily } from '../site/listing-scope.ts';
import { reportLinks, type ReportLinks } from '../site/neighbours.ts';
import { csvChunks, exportRecord, jsonChunks } from '../site/open-data.ts';
import { listingPageSize } from '../site/pagination.ts';
import { summarise } from '../site/summary.ts';
import { paths as sitePaths } from '../site/urls.ts';

export interface SiteBuildPaths {
  root: string;
  /** The report files (content/reports). */
  reports: string;
  /** The raw files the reports were read from, copied to /nguon/. */
  raw: string;
  /**
   * Where the site is written. A site already there is brought up to date
   * (files linked to their sources stay, the rest is replaced, and what
   * this build does not place is removed), except the search index, which
   * is the search phase's.
   */
  out: string;
  /** The parts' outputs and Astro caches, kept between builds. */
  cache: string;
}

/** Everything the pages are made from besides the content: a change here renders every page again. */
const SITE_CODE = ['src', 'astro.config.mjs', 'package-lock.json'];

export interface Job {
  name: string;
  /** `pages`: report pages only; `listings`: every other page; `whole`: all of it. */
  kind: 'pages' | 'listings' | 'whole';
  env: Record<string, string>;
  /** Listings and whole: a hash of everything the build reads. Pages: of what all its pages share (code, address). */
  fingerprint: string;
  /** Listings of a large archive: the families whose pages it renders (it gives only those); none: the index pages. */
  families?: ListingFamily[];
  /** How many records it is given (a part: none, its pages read their own files). */
  records: number;
  /** A part's reports, linked into a folder of its own when the part is built, and each page's key. */
  pages?: {
    from: string;
    ids: readonly string[];
    folder: string;
    keys: Record<string, string>;
  };
}

export interface SitePlan {
  jobs: Job[];
  /** How many reports the archive has. */
  reports: number;
  /** Each report's raw file: its name, and the hash its record gives (see copyRawFiles in site-build.ts). */
  rawFiles: [file: string, sha256: string][];
}

/**
 * Reads the catalogue, plans the builds and writes their inputs, the
 * open-data files and the prune of the cache; gives back the jobs, the
 * number of reports and the raw file each report was read from.
 */
export async function planSite(paths: SiteBuildPaths, partSize: number, listingSize: number): Promise<SitePlan> {
  const reports = await readCatalogue(
    paths.reports,
    path.join(paths.cache, CATALOGUE_MEMORY),
    readReportFilesInThreads,
  );
  const countFile = path.join(paths.cache, PART_COUNT);
  const previousCount = Number.parseInt(await readFile(countFile, 'utf8').catch(() => ''), 10);
  const previous = Number.isInteger(previousCount) ? previousCount : null;
  const parts = planParts(
    reports.map((report) => report.id),
    partSize,
    previous,
  );
  await mkdir(paths.cache, { recursive: true });
  await writeFile(countFile, String(partCount(reports.length, partSize, previous)));
  const code = filesFingerprint(SITE_CODE.map((name) => path.join(paths.root, name)));
  const jobs = await planJobs(paths, reports, parts, listingSize, code);
  await pruneCache(paths.cache, jobs);
  await writeOpenData(reports, path.join(paths.cache, OPEN_DATA), code);
  return {
    jobs,
    reports: reports.length,
    rawFiles: reports.map((report) => [path.basename(report.data.source.file), report.data.source.sha256]),
  };
}

/**
 * The open-data export (src/site/open-data.ts), newest first, written as
 * it is made. It is written again only when a report file, the site's
 * address or the code changed (4.3 s at 100,000 reports, before the first
 * build starts); the key is written last, so files cut short are not kept.
 */
async function writeOpenData(reports: readonly ReportFile[], folder: string, code: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  const root = siteRoot();
  const key = hash([code, root, ...reports.map((report) => `${report.id}:${report.digest}`)]);
  const [json, csv] = OPEN_DATA_FILES.map((file) => path.join(folder, path.basename(file))) as [string, string];
  await writeUnlessKeyed(path.join(folder, 'key'), key, [json, csv], async () => {
    // Made one at a time as they are written: an array of every export record was a third copy of the records.
    const order = newestFirst(reports);
    function* records() {
      for (const entry of order) yield exportRecord(entry, new URL(sitePaths.report(entry.id), root).href);
    }
    await writeChunksAtomic(json, jsonChunks(records()));
    await writeChunksAtomic(csv, csvChunks(records()));
  });
}

async function planJobs(
  paths: SiteBuildPaths,
  reports: ReportFile[],
  parts: SitePart[],
  listingSize: number,
  code: string,
): Promise<Job[]> {
  const address = siteRoot();
  const pageSize = String(listingPageSize());
  const common = { BIEN_NIEN_REPORTS: paths.reports };
  const byId = new Map(reports.map((report) => [report.id, report]));
  const catalogueFile = path.join(paths.cache, 'catalogue.json');
  // Each record's JSON is made once: the listings builds of a large archive
  // are given every record about four times over (listing-plan.ts), and
  // making it again for each took 4.4 s of the plan at 100,000 reports.
  const listedJson = new Map(reports.map(({ id, data }) => [id, JSON.stringify({ id, data: listedRecord(data) })]));
  // The same text as JSON.stringify of the array. Only its hash is kept: 74 million characters at 100,000 reports.
  const catalogueDigest = await writeKnown(catalogueFile, `[${[...listedJson.values()].join(',')}]`);

  // The links follow from the catalogue and the code alone: when neither
  // changed (an edit to a body), each part's links file of the last build
  // is read back instead of working them all out again (2 s at 10,000).
  const linksKey = hash(['links', code, catalogueDigest]);
  const linksKeyFile = path.join(paths.cache, 'links-key');
  const linksKnown = (await readFile(linksKeyFile, 'utf8').catch(() => null)) === linksKey;
  await rm(linksKeyFile, { force: true });
  let computed: Map<string, ReportLinks> | null = null;
  const linksOf = async (ids: readonly string[], file: string): Promise<(readonly [string, string])[]> => {
    const saved = linksKnown ? await readSavedLinks(file, ids) : null;
    if (saved) return saved;
    computed ??= reportLinks(reports);
    const links = computed;
    return ids.map((id) => [id, JSON.stringify(links.get(id))] as const);
  };
  const empty = path.join(paths.cache, 'empty');
  await mkdir(path.join(empty, 'reports'), { recursive: true });
  await writeKnown(path.join(empty, 'catalogue.json'), '[]');
  await writeKnown(path.join(empty, 'links.json'), '{}');

  const jobs: Job[] = [];
  for (const part of parts) {
    const folder = path.join(paths.cache, part.name);
    const pages = part.name === 'whole' ? paths.reports : path.join(folder, 'reports');
    const linksFile = path.join(folder, 'links.json');
    const pageLinks = await linksOf(part.ids, linksFile);
    const linksDigest = await writeKnown(linksFile, linksJson(pageLinks));
    const kind = part.name === 'whole' ? 'whole' : 'pages';
    const env = {
      ...common,
      BIEN_NIEN_PAGES: pages,
      BIEN_NIEN_CATALOGUE: kind === 'whole' ? catalogueFile : path.join(empty, 'catalogue.json'),
      BIEN_NIEN_LINKS: linksFile,
    };
    if (kind === 'whole') {
      const files = part.ids.map((id) => `${id}:${byId.get(id)!.digest}`).join('\n');
      jobs.push({
        name: part.name,
        kind,
        env,
        fingerprint: hash([kind, code, address, files, linksDigest, catalogueDigest]),
        records: reports.length,
      });
      continue;
    }
    // A report page shows its own file and its links, and nothing of the catalogue.
    const keys = Object.fromEntries(pageLinks.map(([id, text]) => [id, hash([byId.get(id)!.digest, text])]));
    jobs.push({
      name: part.name,
      kind,
      env,
      fingerprint: hash([kind, code, address]),
      records: 0,
      pages: { from: paths.reports, ids: part.ids, folder: pages, keys },
    });
  }
  await writeFile(linksKeyFile, linksKey);
  if (parts.length === 1) return jobs;

  const layoutFile = path.join(paths.cache, LISTINGS_LAYOUT);
  // Only a hint: a layout that is damaged or not there is a plan made afresh.
  const lastLayout = await readFile(layoutFile, 'utf8')
    .then((text) => listingLayoutSchema.safeParse(JSON.parse(text)).data ?? null)
    .catch(() => null);
  const listings = planListings(reports, listingSize, lastLayout, Number(pageSize));
  await writeFile(layoutFile, JSON.stringify(listingLayout(listings, listingSize)));
  const noPages = {
    ...common,
    BIEN_NIEN_PAGES: path.join(empty, 'reports'),
    BIEN_NIEN_LINKS: path.join(empty, 'links.json'),
  };
  if (listings.length === 1) {
    jobs.unshift({
      name: 'listings',
      kind: 'listings',
      env: { ...noPages, BIEN_NIEN_CATALOGUE: catalogueFile },
      fingerprint: hash(['listings', code, address, pageSize, catalogueDigest]),
      records: reports.length,
    });
    return jobs;
  }
  // Each build is given its own records and scope, and the index pages'
  // build the summary: none is given the whole catalogue.
  const emptySummary = path.join(empty, 'summary.json');
  await writeKnown(emptySummary, JSON.stringify(summarise([])));
  const shared: ListingJobContext = {
    reports,
    listedJson,
    env: noPages,
    emptySummary,
    emptyCatalogue: path.join(empty, 'catalogue.json'),
    code,
    address,
    pageSize,
    cache: paths.cache,
  };
  // One at a time: each build's records are written out and let go of
  // before the next's are made (35,000 records are about 50 MB of text).
  const listingJobs: Job[] = [];
  for (const listing of listings) listingJobs.push(await listingJob(listing, shared));
  jobs.unshift(...listingJobs);
  return jobs;
}

interface ListingJobContext {
  reports: readonly ReportFile[];
  /** Each record's listed fields as JSON text, by id. */
  listedJson: ReadonlyMap<string, string>;
  /** What every listings build is given: no report pages and no links. */
  env: Record<string, string>;
  /** The summary file of the builds that render no index page, and the catalogue of the one that does. */
  emptySummary: string;
  emptyCatalogue: string;
  code: string;
  address: string;
  /** Listings are cut into pages of this many reports (src/site/pagination.ts). */
  pageSize: string;
  cache: string;
}

/** A build of a large archive's listings: its files written, and its fingerprint the hash of what they hold. */
async function listingJob(listing: ListingBuild, shared: ListingJobContext): Promise<Job> {
  const { reports, listedJson, env, emptySummary, code, address, pageSize } = shared;
  const folder = path.join(shared.cache, listing.name);
  if (listing.renders === 'index') {
    const summaryFile = path.join(folder, 'summary.json');
    const summaryDigest = await writeKnown(summaryFile, JSON.stringify(summarise(reports)));
    return {
      name: listing.name,
      kind: 'listings',
      env: {
        ...env,
        BIEN_NIEN_CATALOGUE: shared.emptyCatalogue,
        BIEN_NIEN_SUMMARY: summaryFile,
      },
      fingerprint: hash(['listings', code, address, pageSize, summaryDigest]),
      families: [],
      records: 0,
    };
  }
  const [recordsFile, scopeFile] = [path.join(folder, 'catalogue.json'), path.join(folder, 'scope.json')];
  const recordsDigest = await writeKnown(recordsFile, `[${listing.ids.map((id) => listedJson.get(id)!).join(',')}]`);
  const scopeDigest = await writeKnown(scopeFile, JSON.stringify(listing.scope));
  return {
    name: listing.name,
    kind: 'listings',
    env: { ...env, BIEN_NIEN_CATALOGUE: recordsFile, BIEN_NIEN_SCOPE: scopeFile, BIEN_NIEN_SUMMARY: emptySummary },
    fingerprint: hash(['listings', code, address, pageSize, scopeDigest, recordsDigest]),
    families: [
      ...new Set([...Object.keys(listing.scope?.pages ?? {}), ...Object.keys(listing.scope?.parts ?? {})]),
    ] as ListingFamily[],
    records: listing.ids.length,
  };
}

/** A links file: each page's links (JSON text) under its id. */
export function linksJson(pageLinks: Iterable<readonly [string, string]>): string {
  return `{${[...pageLinks].map(([id, text]) => `${JSON.stringify(id)}:${text}`).join(',')}}`;
}

/** A part's links as its file of the last build holds them, if it holds exactly these reports. */
async function readSavedLinks(file: string, ids: readonly string[]): Promise<(readonly [string, string])[] | null> {
  try {
    const saved = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    if (Object.keys(saved).length !== ids.length || !ids.every((id) => Object.hasOwn(saved, id))) return null;
    return ids.map((id) => [id, JSON.stringify(saved[id])] as const);
  } catch {
    return null;
  }
}

/** How many parts the last build had (see planParts). */
const PART_COUNT = 'part-count';

/** Which pages each listings build of the last run rendered (see planListings). */
const LISTINGS_LAYOUT = 'listings-layout.json';

/** The records of the report files as last read (see readCatalogue). */
const CATALOGUE_MEMORY = 'catalogue-memory.json';

/** The folder of the open-data files, which are linked into the site at du-lieu/. */
export const OPEN_DATA = 'open-data';
/** The open-data files' paths in the site; in the cache folder, their names. */
export const OPEN_DATA_FILES = [sitePaths.dataJson(), sitePaths.dataCsv()] as const;

/** The folders of parts that the plan no longer has (the archive shrank, or grew past one part). */
async function pruneCache(cache: string, jobs: readonly Job[]): Promise<void> {
  await keepOnly(
    cache,
    new Set([
      ...jobs.map((job) => job.name),
      'empty',
      'catalogue.json',
      `catalogue.json${DIGEST_SUFFIX}`,
      CATALOGUE_MEMORY,
      PART_COUNT,
      LISTINGS_LAYOUT,
      'links-key',
      'raw',
      OPEN_DATA,
    ]),
  );
}

function hash(parts: readonly string[]): string {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part).update('\u0000');
  return digest.digest('hex');
}

/**
 * Writes `text` to `file` unless the file holds it already, and gives back
 * the text's hash. Which text a file holds is told by that hash, written
 * beside it as `<file>.sha256` once the file is whole, not by reading the
 * file back: the files of a plan of 100,000 reports are 720 MB of JSON,
 * and reading them back to compare took about 3 s of the plan.
 */
async function writeKnown(file: string, text: string): Promise<string> {
  const digest = hash([text]);
  await writeUnlessKeyed(`${file}${DIGEST_SUFFIX}`, digest, [file], async () => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  });
  return digest;
}

/**
 * Runs `write`, which writes `files`, unless `keyFile` holds `key` and the
 * files are all there. The key is removed before they are written and
 * written once they are whole, so a run cut off midway leaves no key, and
 * the next writes them again.
 */
async function writeUnlessKeyed(
  keyFile: string,
  key: string,
  files: readonly string[],
  write: () => Promise<void>,
): Promise<void> {
  if ((await readFile(keyFile, 'utf8').catch(() => null)) === key && files.every((file) => existsSync(file))) return;
  await rm(keyFile, { force: true });
  await write();
  await writeFile(keyFile, key);
}

const DIGEST_SUFFIX = '.sha256';
