/**
 * The search index is cut into time shards of bounded size, newest first.
 * A reader's first search loads only the newest shard, so its cost stays
 * that of a few thousand reports however large the archive grows; older
 * shards are merged in when the reader asks for them (or picks a year
 * they hold). Each shard is indexed by a Pagefind process of its own, so
 * the indexer's memory is bounded by the shard, not by the archive.
 *
 * The plan is written next to the newest shard as `pagefind/shards.json`;
 * the search page reads it to say which years a search has covered.
 */
import { sizeSetting } from '../build/size-setting.ts';

/** One indexed page and its sort date ("YYYY-MM-DD", or null when undated). */
export interface IndexedPage {
  url: string;
  date: string | null;
}

export interface SearchShard {
  /** Site-relative folder of the shard's Pagefind bundle, with a trailing slash. */
  path: string;
  pages: number;
  /** Oldest and newest dates of the shard's pages; null when none is dated. */
  from: string | null;
  to: string | null;
  /** Whether the shard holds reports with no date (they sort last). */
  undated: boolean;
}

export interface ShardManifest {
  total: number;
  shards: SearchShard[];
}

/**
 * The most reports a shard holds. Shards hold between half this and this
 * (see `planShards`). Measured on 10,000 synthetic reports: 2,500 a shard
 * gave a search page start-up of 110 KB and a first search of 118 KB
 * ("bi thu quan uy"); 5,000 gave 138 KB and 150 KB ("dang bo": 212 KB);
 * one index gave 243 KB and 270 KB (392 KB). Indexing costs about 1.4 ms a
 * page whatever the shard size, so a rebuild that indexes one shard again
 * costs in proportion to it: 2,000 keeps that near 4 s.
 */
export const DEFAULT_SHARD_SIZE = 2000;

export const MANIFEST_FILE = 'shards.json';

/** The newest shard is Pagefind's usual `pagefind/`; older ones follow as `pagefind-2/`, `pagefind-3/`… */
export function shardPath(index: number): string {
  return index === 0 ? 'pagefind/' : `pagefind-${index + 1}/`;
}

/** Whether a folder of a built site holds a shard: `pagefind`, `pagefind-2`… */
export function isShardFolder(name: string): boolean {
  return /^pagefind(?:-\d+)?$/.test(name);
}

/**
 * Newest first; undated pages last; ties by URL, so that the same site
 * always gives the same shards.
 */
function newestFirst(a: IndexedPage, b: IndexedPage): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

/**
 * Cuts the pages, newest first, into shards of between half `maxPages` and
 * `maxPages` (the oldest may hold fewer).
 *
 * Where a shard ends is decided by its pages, not by counting from the
 * newest: a shard ends at a page whose URL hashes to a multiple of a
 * quarter of `maxPages` once it holds the minimum, or at the maximum. A
 * new report, which lands in front of the newest, or an old one filled in
 * later, therefore changes the shard it joins and leaves the others' cuts
 * where they were: the others are reused from the cache, where counting
 * would shift every shard by one page and index the whole archive again
 * (content-defined chunking, as rsync and backup tools cut files).
 */
export function planShards<Page extends IndexedPage>(
  pages: readonly Page[],
  maxPages: number = DEFAULT_SHARD_SIZE,
): { manifest: ShardManifest; members: Page[][] } {
  if (!Number.isInteger(maxPages) || maxPages < 1) {
    throw new Error(`search shard size must be a whole number of at least 1, not ${maxPages}`);
  }
  const minPages = Math.ceil(maxPages / 2);
  const anchorEvery = Math.ceil(maxPages / 4);
  const ordered = [...pages].sort(newestFirst);
  const members: Page[][] = [];
  let current: Page[] = [];
  for (const page of ordered) {
    current.push(page);
    const anchored = current.length >= minPages && urlHash(page.url) % anchorEvery === 0;
    if (anchored || current.length >= maxPages) {
      members.push(current);
      current = [];
    }
  }
  // What is left after the last cut: the oldest shard, or an empty index
  // for a site with no reports, so that the search page can load.
  if (current.length > 0 || members.length === 0) members.push(current);
  const shards = members.map((group, index): SearchShard => {
    const dates = group.map((page) => page.date).filter((date): date is string => date !== null);
    return {
      path: shardPath(index),
      pages: group.length,
      from: dates.at(-1) ?? null,
      to: dates[0] ?? null,
      undated: dates.length < group.length,
    };
  });
  return { manifest: { total: ordered.length, shards }, members };
}

/** 32-bit FNV-1a: the same number for the same URL on every machine, and cheap. */
function urlHash(url: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < url.length; index++) {
    hash ^= url.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The runs of consecutive loaded shards, as [first, last] index pairs, newest first. */
export function loadedRuns(count: number, loaded: ReadonlySet<number>): [number, number][] {
  const runs: [number, number][] = [];
  for (let index = 0; index < count; index++) {
    if (!loaded.has(index)) continue;
    const previous = runs.at(-1);
    if (previous && previous[1] === index - 1) previous[1] = index;
    else runs.push([index, index]);
  }
  return runs;
}

/**
 * The shards to load when the reader asks for older reports: the next
 * unloaded ones, newest first, until they hold as many reports as are
 * loaded already. Each step doubles what is searched, so a reader reaches
 * a whole archive of 100,000 in a handful of steps, not forty.
 */
export function nextBatch(shards: readonly SearchShard[], loaded: ReadonlySet<number>): number[] {
  const searched = pagesIn(shards, loaded);
  const batch: number[] = [];
  let pages = 0;
  for (const [index, shard] of shards.entries()) {
    if (loaded.has(index)) continue;
    if (batch.length > 0 && (pages >= searched || index !== batch.at(-1)! + 1)) break;
    batch.push(index);
    pages += shard.pages;
  }
  return batch;
}

/** How many reports the given shards hold. */
export function pagesIn(shards: readonly SearchShard[], indexes: Iterable<number>): number {
  let pages = 0;
  for (const index of indexes) pages += shards[index]?.pages ?? 0;
  return pages;
}

/** Whether a shard's date range reaches into the year ("2021"). */
export function shardHoldsYear(shard: SearchShard, year: string): boolean {
  if (!shard.from || !shard.to) return false;
  return shard.from.slice(0, 4) <= year && year <= shard.to.slice(0, 4);
}

/** The shards that hold reports of the year: a year filter needs them all. */
export function shardsHoldingYear(shards: readonly SearchShard[], year: string): number[] {
  return shards.flatMap((shard, index) => (shardHoldsYear(shard, year) ? [index] : []));
}

/** The shard size from the environment (BIEN_NIEN_SEARCH_SHARD_SIZE), else the default. */
export function shardSizeFromEnv(value: string | undefined): number {
  return sizeSetting('BIEN_NIEN_SEARCH_SHARD_SIZE', value, DEFAULT_SHARD_SIZE);
}

/** The sort date a report page declares to Pagefind, read from its HTML. */
export function pageSortDate(html: string): string | null {
  const match = /data-pagefind-sort="date\[value\]"\s+value="(\d{4}-\d{2}-\d{2})"/.exec(html);
  return match?.[1] ?? null;
}
