/**
 * The content collections as the listing pages read them (see
 * src/content.config.ts): the catalogue's records, the archive's summary,
 * and which listings this build renders, cut into pages.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { pagesRendered, SCOPE_ID, type ListingFamily, type ListingScope } from './listing-scope.ts';
import { listingsOf, type ListingFacts, type ListingItem } from './listings.ts';
import { listingPageSize, paginate, type ListingPage } from './pagination.ts';
import { SUMMARY_ID, type ArchiveSummary } from './summary.ts';

type Entry = CollectionEntry<'catalogue'>;

export async function archiveSummary(): Promise<ArchiveSummary> {
  const entry = await getEntry('summary', SUMMARY_ID);
  if (!entry) throw new Error('the summary collection has no entry: see src/content.config.ts');
  return entry.data;
}

/** Which listings this build renders: none said, every one. */
export async function listingScope(): Promise<ListingScope | null> {
  return (await getEntry('scope', SCOPE_ID))?.data ?? null;
}

interface RenderedListing<F extends ListingFamily> {
  key: string;
  /** The listing's items that this build was given: all, or those of its pages from `first` on. */
  items: ListingItem<F, Entry>[];
  facts: ListingFacts[F];
  first: number;
}

/** The listings of `family` this build renders, whole or in part (the scope's facts then stand for the whole). */
async function renderedListings<F extends ListingFamily>(family: F): Promise<RenderedListing<F>[]> {
  const scope = await listingScope();
  const rendered = pagesRendered(scope, family);
  const parts = new Map((scope?.parts?.[family] ?? []).map((part) => [part.key, part]));
  return listingsOf(family, await getCollection('catalogue')).flatMap((listing) => {
    const part = parts.get(listing.key);
    if (part)
      return [{ key: listing.key, items: listing.items, facts: part.facts as ListingFacts[F], first: part.first }];
    return rendered(listing.key) ? [{ ...listing, first: 1 }] : [];
  });
}

export interface ListingRoute<F extends ListingFamily> {
  key: string;
  facts: ListingFacts[F];
  page: ListingPage<ListingItem<F, Entry>>;
}

/** The pages of `family`'s listings that this build renders, each with its listing's facts. */
export async function listingRoutes<F extends ListingFamily>(family: F): Promise<ListingRoute<F>[]> {
  const size = listingPageSize();
  return (await renderedListings(family)).flatMap(({ key, items, facts, first }) =>
    paginate(items, size, { first, total: facts.count }).map((page) => ({ key, facts, page })),
  );
}

/**
 * The units whose feeds this build renders: the build with a unit's first
 * page has its newest reports (the listing plan gives it at least a feed's worth).
 */
export async function unitFeeds(): Promise<
  { params: { unit: string }; props: { facts: ListingFacts['units']; entries: Entry[] } }[]
> {
  return (await renderedListings('units'))
    .filter((listing) => listing.first === 1)
    .map(({ key, facts, items }) => ({ params: { unit: key }, props: { facts, entries: items } }));
}
