/**
 * How the listing pages are split between Astro builds, so that the
 * listings' memory stays bounded as the archive grows. Astro holds every
 * record a build is given several times over (its data store, the module
 * made of it, the collection): a listings build of the whole archive grew
 * by about 20 KB a report, to 2.6 GB at 100,000 reports.
 *
 * An archive of up to `maxRecords` reports has one listings build, given
 * every record. A larger one has:
 * - one build of the index pages (home, the lists of units, people, years
 *   and terms, the site's feed), given the archive's summary
 *   (src/site/summary.ts) and no record;
 * - for each family of listing pages (listing-scope.ts), builds of a run
 *   of its listings, each given only the records those list, at most
 *   `maxRecords` of them;
 * - for a listing of more than `maxRecords` reports (a five-year term, the
 *   reports naming no term), builds of runs of its pages (they are cut
 *   into pages of `pageSize`: src/site/pagination.ts), each given the
 *   reports of its pages and the listing's facts (src/site/listings.ts).
 *
 * A record is listed by a page of every family, so the records are given
 * about four times over in all (more for people: a report names several);
 * people are taken in the order of the unit they appear with most, so
 * that one build's people share their reports.
 *
 * Which pages each build rendered is kept from the last run (its layout):
 * a page stays in its build, and a new page joins the build of the page
 * before it, so a new report changes only the builds whose pages list it.
 * Only a build that the new records take past the limit is split, and two
 * neighbouring builds that have shrunk to half the limit together are
 * merged. Packed afresh each time, one build past the limit would move its
 * last page into the next, and so on down the family: all rebuilt.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import type { ArchiveEntry } from '../site/archive-entry.ts';
import { FEED_LENGTH } from '../site/feed.ts';
import { LISTING_FAMILIES, listingKeys, type ListingFamily, type ListingScope } from '../site/listing-scope.ts';
import { itemId, listingsOf } from '../site/listings.ts';
import { UNKNOWN_KEY } from '../site/urls.ts';
import { sizeSetting } from './size-setting.ts';

export interface ListingBuild {
  /**
   * Names the build's folders and cache: `listings`, or
   * `listings-<family>-<hash of its first page's key>`, which stays while
   * that page stays first in it.
   */
  name: string;
  /**
   * `all`: every listing page, from every record (a small archive);
   * `index`: the index pages, from the summary alone; `family`: the pages
   * its scope names, of one family.
   */
  renders: 'all' | 'index' | 'family';
  /** For `family`: which pages it renders. */
  scope: ListingScope | null;
  /**
   * The records it is given, in the order the entries came in: a person's
   * page shows the name as the first of them spells it, so a build given
   * some of the records must see them in the same order as one given all.
   */
  ids: string[];
}

/** The pages of each family's builds, as a plan made them: what the next plan starts from. */
export const listingLayoutSchema = z.object({
  /** The limit the plan was made with: a layout made with another is not used. */
  maxRecords: z.number(),
  families: z.partialRecord(z.enum(LISTING_FAMILIES), z.array(z.array(z.string()))),
});
export type ListingLayout = z.infer<typeof listingLayoutSchema>;

export function listingLayout(builds: readonly ListingBuild[], maxRecords: number): ListingLayout {
  const families: ListingLayout['families'] = {};
  for (const build of builds) {
    for (const [family, pages] of Object.entries(build.scope?.pages ?? {}) as [ListingFamily, string[]][]) {
      (families[family] ??= []).push(pages);
    }
  }
  return { maxRecords, families };
}

export function planListings(
  entries: readonly ArchiveEntry[],
  maxRecords: number,
  last: ListingLayout | null,
  pageSize: number,
): ListingBuild[] {
  if (!Number.isInteger(maxRecords) || maxRecords < 1) {
    throw new Error('the most records a listings build is given must be a positive whole number');
  }
  const ids = entries.map((entry) => entry.id);
  if (entries.length <= maxRecords) return [{ name: 'listings', renders: 'all', scope: null, ids }];

  const recordsOf = (family: ListingFamily) => {
    const byKey = new Map<string, string[]>();
    for (const entry of entries) {
      for (const key of listingKeys(family, entry)) {
        const list = byKey.get(key);
        if (list) list.push(entry.id);
        else byKey.set(key, [entry.id]);
      }
    }
    return byKey;
  };
  const builds: ListingBuild[] = [{ name: 'listings', renders: 'index', scope: null, ids: [] }];
  for (const family of LISTING_FAMILIES) {
    const byKey = recordsOf(family);
    const all = family === 'people' ? peopleByUnit(entries, byKey) : [...byKey.keys()].sort();
    // Only the year pages need every year (for their links to the years on
    // either side); given to the other families, a new year would change
    // every build's scope and build them all again.
    const years = family === 'years' ? all.filter((key) => key !== UNKNOWN_KEY).reverse() : [];
    const long = (key: string) => byKey.get(key)!.length > maxRecords;
    for (const key of all.filter(long)) {
      const listed = new Set(byKey.get(key));
      builds.push(
        ...listingParts(
          family,
          key,
          entries.filter((entry) => listed.has(entry.id)),
          years,
          maxRecords,
          pageSize,
        ),
      );
    }
    const keys = all.filter((key) => !long(key));
    const earlier = last?.maxRecords === maxRecords ? (last.families[family] ?? []) : [];
    const recordsIn = (pages: readonly string[]) => new Set(pages.flatMap((key) => byKey.get(key)!));
    for (const pages of mergeSmall(keptGroups(keys, earlier), recordsIn, maxRecords / 2)) {
      for (const run of packed(pages, byKey, maxRecords)) {
        const records = recordsIn(run);
        builds.push({
          name: `listings-${family}-${createHash('sha1').update(run[0]!).digest('hex').slice(0, 10)}`,
          renders: 'family',
          scope: { pages: { [family]: run }, years },
          ids: ids.filter((id) => records.has(id)),
        });
      }
    }
  }
  return builds;
}

/**
 * The builds of a listing too long for one: runs of its pages, each given
 * the reports of its pages (in the order they came in) and the facts of
 * the whole listing. A unit's first run also has the unit's feed, so it
 * holds at least a feed's worth of the newest reports. A report added to such a
 * listing moves every later report a place on: all its builds are built again.
 */
function listingParts(
  family: ListingFamily,
  key: string,
  entries: readonly ArchiveEntry[],
  years: string[],
  maxRecords: number,
  pageSize: number,
): ListingBuild[] {
  // A person's reports make listings of everyone they name: this person's is the one.
  const listing = listingsOf(family, entries).find((candidate) => candidate.key === key)!;
  const order = listing.items.map(itemId);
  const pages = Math.ceil(order.length / pageSize);
  const perBuild = Math.max(1, Math.floor(maxRecords / pageSize));
  const builds: ListingBuild[] = [];
  for (let first = 1; first <= pages;) {
    const count = first === 1 && family === 'units' ? Math.max(perBuild, Math.ceil(FEED_LENGTH / pageSize)) : perBuild;
    const given = new Set(order.slice((first - 1) * pageSize, (first - 1 + count) * pageSize));
    builds.push({
      name: `listings-${family}-${createHash('sha1').update(`${key} ${first}`).digest('hex').slice(0, 10)}`,
      renders: 'family',
      scope: { pages: {}, parts: { [family]: [{ key, first, facts: listing.facts }] }, years },
      ids: entries.filter((entry) => given.has(entry.id)).map((entry) => entry.id),
    });
    first += count;
  }
  return builds;
}

/**
 * The pages grouped as the last plan had them: each page in its group of
 * then, a new one in the group of the page before it (the first group
 * when none is); groups left empty are dropped. No last plan: one group.
 */
function keptGroups(keys: readonly string[], earlier: readonly (readonly string[])[]): string[][] {
  const groupOf = new Map<string, number>();
  earlier.forEach((pages, index) => pages.forEach((key) => groupOf.set(key, index)));
  const groups: string[][] = Array.from({ length: Math.max(1, earlier.length) }, () => []);
  let current = 0;
  for (const key of keys) {
    current = groupOf.get(key) ?? current;
    groups[current]!.push(key);
  }
  return groups.filter((pages) => pages.length > 0);
}

/** Neighbouring groups joined while together they list no more than `most` records. */
function mergeSmall(
  groups: readonly string[][],
  recordsIn: (pages: readonly string[]) => ReadonlySet<string>,
  most: number,
): string[][] {
  const merged: string[][] = [];
  for (const pages of groups) {
    const before = merged.at(-1);
    if (before && recordsIn([...before, ...pages]).size <= most) merged[merged.length - 1] = [...before, ...pages];
    else merged.push(pages);
  }
  return merged;
}

/** A group's pages in runs of at most `maxRecords` records, in order; a page that lists more is a run of its own. */
function packed(
  pages: readonly string[],
  byKey: ReadonlyMap<string, readonly string[]>,
  maxRecords: number,
): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let records = new Set<string>();
  for (const key of pages) {
    const listed = byKey.get(key)!;
    const added = listed.filter((id) => !records.has(id)).length;
    if (run.length > 0 && records.size + added > maxRecords) {
      runs.push(run);
      run = [];
      records = new Set();
    }
    run.push(key);
    for (const id of listed) records.add(id);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** People's keys in the order of the unit each appears with most (ties: the unit's slug), then by key. */
function peopleByUnit(entries: readonly ArchiveEntry[], byKey: ReadonlyMap<string, readonly string[]>): string[] {
  const unitOf = new Map(entries.map((entry) => [entry.id, entry.data.unit.slug]));
  const homes = new Map<string, string>();
  for (const [key, ids] of byKey) {
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(unitOf.get(id)!, (counts.get(unitOf.get(id)!) ?? 0) + 1);
    let home = '';
    let most = 0;
    for (const [unit, count] of counts) {
      if (count > most || (count === most && unit < home)) [home, most] = [unit, count];
    }
    homes.set(key, home);
  }
  return [...byKey.keys()].sort((a, b) => {
    const [homeA, homeB] = [homes.get(a)!, homes.get(b)!];
    return homeA !== homeB ? (homeA < homeB ? -1 : 1) : a < b ? -1 : a > b ? 1 : 0;
  });
}

/**
 * The most records a listings build is given by default; `BIEN_NIEN_LISTING_SIZE`
 * sets another. Builds given 40,000 records peaked at 1.42-1.48 GB at
 * 100,000 reports (about 23 KB a record over 0.55 GB); at 35,000, two of
 * them and the search index's build (0.9 GB) fit in the 3.8 GB that the
 * site build budgets (see site-build.ts).
 */
const DEFAULT_LISTING_SIZE = 35_000;

export function listingSizeFromEnvironment(env: NodeJS.ProcessEnv = process.env): number {
  return sizeSetting('BIEN_NIEN_LISTING_SIZE', env.BIEN_NIEN_LISTING_SIZE, DEFAULT_LISTING_SIZE);
}
