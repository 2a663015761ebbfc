/**
 * The content collections as the listing pages read them (see
 * src/content.config.ts): the catalogue's records, the archive's summary,
 * and which pages of each family this build renders.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { pagesRendered, SCOPE_ID, type ListingFamily, type ListingScope } from './listing-scope.ts';
import { SUMMARY_ID, type ArchiveSummary } from './summary.ts';
import { collectUnits } from './units.ts';

export async function archiveSummary(): Promise<ArchiveSummary> {
  const entry = await getEntry('summary', SUMMARY_ID);
  if (!entry) throw new Error('the summary collection has no entry: see src/content.config.ts');
  return entry.data;
}

async function listingScope(): Promise<ListingScope | null> {
  return (await getEntry('scope', SCOPE_ID))?.data ?? null;
}

/** The catalogue's records, and which pages of `family`, by key, this build renders. */
export async function listingPages(family: ListingFamily): Promise<{
  entries: CollectionEntry<'catalogue'>[];
  rendered: (key: string) => boolean;
  scope: ListingScope | null;
}> {
  const scope = await listingScope();
  return { entries: await getCollection('catalogue'), rendered: pagesRendered(scope, family), scope };
}

/** The unit pages this build renders, as a unit's page and its feed both route them. */
export async function unitPaths() {
  const { entries, rendered } = await listingPages('units');
  return collectUnits(entries)
    .filter((record) => rendered(record.unit.slug))
    .map((record) => ({ params: { unit: record.unit.slug }, props: { record } }));
}
