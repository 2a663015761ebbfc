/**
 * What the pure helpers work on: a collection entry's id (the slug) and
 * its record. `CollectionEntry<'catalogue'>` fits this shape, and tests can
 * build one from plain objects.
 */
import type { ListedReport, Report } from '../report/schema.ts';

export interface ArchiveEntry {
  id: string;
  data: ListedReport;
}

/** An entry with the whole record, as the report files and the open data hold it. */
export interface ReportEntry extends ArchiveEntry {
  data: Report;
}

/** What a link to a report shows: its title, date and unit. */
export type ReportSummary = Pick<Report, 'title' | 'meetingDate' | 'published' | 'unit'>;

/** A report as a list or a link shows it; an ArchiveEntry is one. */
export interface ListedEntry {
  id: string;
  data: ReportSummary;
}

/** The day that places a report in time: the meeting, else the publication. */
export function reportDate(data: Pick<Report, 'meetingDate' | 'published'>): string | null {
  return data.meetingDate ?? data.published;
}

/** The year a report is filed under, or null when it has no date at all. */
export function reportYear(data: Pick<Report, 'meetingDate' | 'published'>): string | null {
  return reportDate(data)?.slice(0, 4) ?? null;
}

/** Newest first; undated reports last; ties broken by slug so builds are stable. */
export function compareNewestFirst(a: ListedEntry, b: ListedEntry): number {
  const da = reportDate(a.data);
  const db = reportDate(b.data);
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? 1 : -1;
  }
  return a.id.localeCompare(b.id);
}

export function newestFirst<T extends ListedEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(compareNewestFirst);
}

/** Vietnamese alphabetical order for names and titles. */
export const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
