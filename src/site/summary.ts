/**
 * What the archive's index pages show (the home page, the lists of units,
 * people, years and terms, the site's feed): counts and the newest
 * reports, not every record. A large archive's listings are rendered in
 * several builds, none holding every record (listing-scope.ts); the one
 * that renders these pages is given this summary instead, which grows
 * with the number of units and people, not of reports.
 */
import { z } from 'astro/zod';
import { isoDateSchema, listedRecord, listedReportSchema, termSchema, unitSchema } from '../report/schema.ts';
import { newestFirst, reportDate, type ArchiveEntry } from './archive-entry.ts';
import { FEED_LENGTH } from './feed.ts';
import { collectPeople } from './people.ts';
import { collectTerms } from './terms.ts';
import { countByUnit } from './units.ts';
import { collectYears } from './years.ts';

/** The one entry of the summary collection. */
export const SUMMARY_ID = 'archive';

const count = z.number().int().nonnegative();

export const archiveSummarySchema = z.object({
  reports: count,
  /** The earliest and latest report dates (see `reportDate`). */
  first: isoDateSchema.nullable(),
  last: isoDateSchema.nullable(),
  /** Reports a month by "YYYY-MM"; months with none are left out. */
  months: z.record(z.string(), count),
  /** The newest reports, newest first: the home page's and the feed's. */
  latest: z.array(z.object({ id: z.string(), data: listedReportSchema })),
  /** By name. */
  units: z.array(z.object({ unit: unitSchema, count })),
  /** By name; `role` is the one held last. */
  people: z.array(z.object({ name: z.string(), role: z.string().nullable(), count })),
  /** Newest year first. */
  years: z.array(z.object({ year: z.string(), count })),
  /** Reports with no date at all. */
  undated: count,
  /** Newest term first. */
  terms: z.array(z.object({ term: termSchema, count })),
  /** Reports naming no term. */
  termless: count,
});
export type ArchiveSummary = z.infer<typeof archiveSummarySchema>;

export function summarise(entries: readonly ArchiveEntry[]): ArchiveSummary {
  const sorted = newestFirst(entries);
  const months: Record<string, number> = {};
  let first: string | null = null;
  let last: string | null = null;
  for (const { data } of sorted) {
    const date = reportDate(data);
    if (date === null) continue;
    last ??= date;
    first = date;
    const month = date.slice(0, 7);
    months[month] = (months[month] ?? 0) + 1;
  }
  const { years, undated } = collectYears(entries);
  const { terms, unknown } = collectTerms(entries);
  return {
    reports: entries.length,
    first,
    last,
    months,
    latest: sorted.slice(0, FEED_LENGTH).map(({ id, data }) => ({ id, data: listedRecord(data) })),
    units: countByUnit(entries),
    people: collectPeople(entries).map((person) => ({
      name: person.name,
      role: person.roles.at(-1)?.role ?? null,
      count: person.appearances.length,
    })),
    years: years.map((group) => ({ year: group.year, count: group.count })),
    undated: undated.length,
    terms: terms.map((group) => ({ term: group.term, count: group.entries.length })),
    termless: unknown.length,
  };
}
