/**
 * A listing is what one listing page key shows: a unit's, a person's, a
 * year's or a term's reports, in the order they are listed, and its facts,
 * what its first page sums up of all of them (a unit's chairs, a term's
 * units, a person's roles, a year's months, and the count).
 *
 * A listing is cut into pages (pagination.ts). A listing of more reports
 * than one listings build may be given (src/build/listing-plan.ts) has its
 * pages shared out over several builds, each given the reports of its own
 * pages only; the build script works out the listing's facts with these
 * same functions and hands them over in the build's scope, since no such
 * build holds the reports to count them. So these are the one place where
 * a listing's order and facts are decided.
 */
import { z } from 'astro/zod';
import { termSchema, unitSchema } from '../report/schema.ts';
import { reportYear, type ArchiveEntry } from './archive-entry.ts';
import { yearlyCounts } from './chart.ts';
import type { ListingFamily } from './listing-scope.ts';
import { collectPeople, type Appearance } from './people.ts';
import { collectTerms } from './terms.ts';
import { collectUnits, countByUnit } from './units.ts';
import { termKey, UNKNOWN_KEY } from './urls.ts';
import { collectYears } from './years.ts';

const count = z.number().int().nonnegative();

export const listingFactsSchemas = {
  units: z.object({
    count,
    /** As named in its newest report. */
    unit: unitSchema,
    chairs: z.array(z.object({ name: z.string(), slug: z.string(), count })),
    terms: z.array(termSchema),
    organs: z.array(z.object({ organ: z.string(), count })),
    /** Reports a year, every year from the first to the last. */
    activity: z.array(z.object({ key: z.string(), label: z.string(), value: count })),
  }),
  people: z.object({
    count,
    /** As the first report naming them spells it. */
    name: z.string(),
    roles: z.array(z.object({ role: z.string(), first: z.string().nullable(), last: z.string().nullable(), count })),
  }),
  years: z.object({
    count,
    /** January first; none for the reports with no date. */
    months: z.array(z.object({ month: z.number().int().min(1).max(12), count })),
  }),
  terms: z.object({
    count,
    /** null for the reports that name no term. */
    term: termSchema.nullable(),
    /** The term's units, by name. */
    units: z.array(z.object({ unit: unitSchema, count })),
  }),
} satisfies Record<ListingFamily, z.ZodType>;

export type ListingFacts = { [F in ListingFamily]: z.infer<(typeof listingFactsSchemas)[F]> };

/** What a listing lists: reports, or for a person, their appearances in reports. */
export type ListingItem<F extends ListingFamily, T extends ArchiveEntry> = F extends 'people' ? Appearance<T> : T;

export interface Listing<F extends ListingFamily, T extends ArchiveEntry = ArchiveEntry> {
  key: string;
  items: ListingItem<F, T>[];
  facts: ListingFacts[F];
}

/** The report an item is, or is in. */
export function itemId(item: ArchiveEntry | Appearance): string {
  return 'entry' in item ? item.entry.id : item.id;
}

function unitListings<T extends ArchiveEntry>(entries: readonly T[]): Listing<'units', T>[] {
  return collectUnits(entries).map(({ unit, entries: listed, chairs, terms, organs }) => ({
    key: unit.slug,
    // Newest first.
    items: listed,
    facts: {
      count: listed.length,
      unit,
      chairs,
      terms,
      organs: organs.map((organ) => ({ organ, count: listed.filter((e) => e.data.organ === organ).length })),
      activity: yearlyCounts(listed.map((e) => reportYear(e.data)).filter((y): y is string => y !== null)),
    },
  }));
}

function personListings<T extends ArchiveEntry>(entries: readonly T[]): Listing<'people', T>[] {
  return collectPeople(entries).map(({ slug, name, appearances, roles }) => ({
    key: slug,
    // Newest first: the appearances are kept oldest first, the order a career is read in.
    items: [...appearances].reverse(),
    facts: { count: appearances.length, name, roles },
  }));
}

function yearListings<T extends ArchiveEntry>(entries: readonly T[]): Listing<'years', T>[] {
  const { years, undated } = collectYears(entries);
  const listings: Listing<'years', T>[] = years.map((group) => ({
    key: group.year,
    // Month by month from January, newest first within a month.
    items: group.months.flatMap((month) => month.entries),
    facts: {
      count: group.count,
      months: group.months.map((month) => ({ month: month.month, count: month.entries.length })),
    },
  }));
  if (undated.length > 0)
    listings.push({ key: UNKNOWN_KEY, items: undated, facts: { count: undated.length, months: [] } });
  return listings;
}

function termListings<T extends ArchiveEntry>(entries: readonly T[]): Listing<'terms', T>[] {
  const { terms, unknown } = collectTerms(entries);
  const listings: Listing<'terms', T>[] = terms.map((group) => ({
    key: termKey(group.term),
    // Newest first.
    items: group.entries,
    facts: { count: group.entries.length, term: group.term, units: countByUnit(group.entries) },
  }));
  if (unknown.length > 0) {
    listings.push({
      key: UNKNOWN_KEY,
      items: unknown,
      facts: { count: unknown.length, term: null, units: countByUnit(unknown) },
    });
  }
  return listings;
}

type Lister = <T extends ArchiveEntry>(entries: readonly T[]) => Listing<ListingFamily, T>[];

const LISTERS: Record<ListingFamily, Lister> = {
  units: unitListings as Lister,
  people: personListings as Lister,
  years: yearListings as Lister,
  terms: termListings as Lister,
};

/** Every listing of `family` that these reports make, each in its order, with its facts. */
export function listingsOf<F extends ListingFamily, T extends ArchiveEntry>(
  family: F,
  entries: readonly T[],
): Listing<F, T>[] {
  return LISTERS[family](entries) as Listing<F, T>[];
}
