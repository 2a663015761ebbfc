/**
 * The listing pages come in families, one page for each key: a unit's
 * page, a person's, a year's, a term's. `listingKeys` says which pages of
 * a family list a report; the grouping helpers (units.ts, people.ts,
 * years.ts, terms.ts) group by the same keys.
 *
 * A large archive renders its listings in several Astro builds, each given
 * only the records its pages list (src/build/listing-plan.ts), so that no
 * build holds the whole archive. A build's scope says which pages of each
 * family it renders; with no scope (a small archive, `astro dev`) a build
 * renders every page of every family.
 */
import { z } from 'astro/zod';
import { reportYear, type ArchiveEntry } from './archive-entry.ts';
import { listingFactsSchemas } from './listings.ts';
import { peopleIn } from './people.ts';
import { paths, termKey, UNKNOWN_KEY } from './urls.ts';

export const LISTING_FAMILIES = ['units', 'people', 'years', 'terms'] as const;
export type ListingFamily = (typeof LISTING_FAMILIES)[number];

/** The folder of each family's pages: a page is the folder named by its key under it. */
export const LISTING_FOLDERS: Record<ListingFamily, string> = {
  units: paths.units().slice(0, -1),
  people: paths.people().slice(0, -1),
  years: paths.years().slice(0, -1),
  terms: paths.terms().slice(0, -1),
};

/** The keys of the pages of `family` that list this report. */
export function listingKeys(family: ListingFamily, entry: ArchiveEntry): string[] {
  switch (family) {
    case 'units':
      return [entry.data.unit.slug];
    case 'people':
      return peopleIn(entry);
    case 'years':
      return [reportYear(entry.data) ?? UNKNOWN_KEY];
    case 'terms':
      return [entry.data.term ? termKey(entry.data.term) : UNKNOWN_KEY];
  }
}

/** The one entry of the scope collection, when there is one. */
export const SCOPE_ID = 'scope';

/**
 * Some of the pages of a listing too long for one build: this build is given
 * the reports of pages `first` on (as many as it was given), and the facts
 * of the whole listing, which it cannot count itself.
 */
function listingPart<F extends ListingFamily>(family: F) {
  return z.object({ key: z.string(), first: z.number().int().min(1), facts: listingFactsSchemas[family] });
}

export const listingScopeSchema = z.object({
  /** For each family, the keys of the listings this build renders whole; a family left out has none. */
  pages: z.partialRecord(z.enum(LISTING_FAMILIES), z.array(z.string())),
  /** The parts of long listings this build renders. */
  parts: z
    .object({
      units: z.array(listingPart('units')),
      people: z.array(listingPart('people')),
      years: z.array(listingPart('years')),
      terms: z.array(listingPart('terms')),
    })
    .partial()
    .optional(),
  /**
   * Every year of the archive, newest first: a year's page links to the
   * years on either side, whose records may be in another build.
   */
  years: z.array(z.string()),
});
export type ListingScope = z.infer<typeof listingScopeSchema>;

/** Which pages of `family` a build with this scope (null: every page) renders, by key. */
export function pagesRendered(scope: ListingScope | null, family: ListingFamily): (key: string) => boolean {
  if (scope === null) return () => true;
  const keys = new Set(scope.pages[family]);
  return (key) => keys.has(key);
}
