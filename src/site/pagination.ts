/**
 * Long listings are cut into numbered pages. At 100,000 reports the page
 * of the reports that name no term was 13 MB and a year's 1.6 MB: far
 * more than a reader on a phone should fetch to see the first screen, and
 * more than a browser lays out quickly. A page lists at most
 * `listingPageSize()` reports; the first page keeps the listing's address
 * and the others are "trang-2/", "trang-3/", … under it.
 */
import { sizeSetting } from '../build/size-setting.ts';

/** About 75 KB of HTML, 10 KB gzipped: a screenful for a phone, a good scan for an archivist. */
export const DEFAULT_LISTING_PAGE_SIZE = 200;

/** The page size: `BIEN_NIEN_LISTING_PAGE_SIZE` when set (tests use a small one), else the default. */
export function listingPageSize(env: NodeJS.ProcessEnv = process.env): number {
  return sizeSetting('BIEN_NIEN_LISTING_PAGE_SIZE', env.BIEN_NIEN_LISTING_PAGE_SIZE, DEFAULT_LISTING_PAGE_SIZE);
}

export interface ListingPage<T> {
  /** 1 for the first page. */
  number: number;
  /** How many pages the listing has. */
  count: number;
  /** The position of the page's first item in the whole listing. */
  offset: number;
  items: T[];
}

/**
 * The listing's pages, in order; an empty listing still has its one (empty)
 * page. `part`: the items are only some of a long listing's, from the start
 * of page `first` of a listing of `total` items (see listings.ts).
 */
export function paginate<T>(
  items: readonly T[],
  size: number,
  part: { first: number; total: number } = { first: 1, total: items.length },
): ListingPage<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`a page size must be a whole number of at least 1, not ${size}`);
  const count = Math.max(1, Math.ceil(part.total / size));
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, index) => ({
    number: part.first + index,
    count,
    offset: (part.first - 1 + index) * size,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/** The page an item at `offset` in the listing falls on. */
export function pageOf(offset: number, size: number): number {
  return Math.floor(offset / size) + 1;
}

/** The folder of page `number` under its listing's folder: none for the first page. */
export function pageFolder(number: number): string | undefined {
  return number === 1 ? undefined : `trang-${number}`;
}

/**
 * The page numbers a pager shows: the first and the last, and two either
 * side of the current one; `null` stands for the pages left out between.
 * A listing of 200 pages gets 7 links, not 200.
 */
export function pagerNumbers(current: number, count: number, around = 2): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let number = 1; number <= count; number++) {
    const near = Math.abs(number - current) <= around;
    if (number === 1 || number === count || near) shown.push(number);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}

/**
 * Where each run of a listing begins (a year's months, the initials of the
 * names in an index): each run's key with the page it begins on and its
 * position in the whole listing, for links that reach it from any page.
 * A key that comes back after another run keeps its first place.
 */
export function firstPages<Key>(
  runs: readonly { key: Key; count: number }[],
  pageSize: number,
): [key: Key, page: number, offset: number][] {
  const starts = new Map<Key, [Key, number, number]>();
  let offset = 0;
  for (const { key, count } of runs) {
    if (!starts.has(key)) starts.set(key, [key, pageOf(offset, pageSize), offset]);
    offset += count;
  }
  return [...starts.values()];
}

/** Runs of equal keys, in order: ["A", "A", "B"] is A twice, then B once. */
export function runsOf<Key>(keys: readonly Key[]): { key: Key; count: number }[] {
  const runs: { key: Key; count: number }[] = [];
  for (const key of keys) {
    const last = runs.at(-1);
    if (last && last.key === key) last.count++;
    else runs.push({ key, count: 1 });
  }
  return runs;
}
