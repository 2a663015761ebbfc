/**
 * The year archive. A report's year is its meeting year, else its
 * publication year; a report with neither date goes to `undated`.
 */
import { newestFirst, reportDate, type ArchiveEntry } from './archive-entry.ts';
import { firstPages } from './pagination.ts';

export interface MonthGroup<T extends ArchiveEntry = ArchiveEntry> {
  /** 1–12 */
  month: number;
  entries: T[];
}

export interface YearGroup<T extends ArchiveEntry = ArchiveEntry> {
  year: string;
  /** January first, so a year reads like a calendar; reports newest first within a month. */
  months: MonthGroup<T>[];
  count: number;
}

export interface YearIndex<T extends ArchiveEntry = ArchiveEntry> {
  /** Newest year first. */
  years: YearGroup<T>[];
  undated: T[];
}

export function collectYears<T extends ArchiveEntry>(entries: readonly T[]): YearIndex<T> {
  const years = new Map<string, Map<number, T[]>>();
  const undated: T[] = [];
  for (const entry of newestFirst(entries)) {
    const date = reportDate(entry.data);
    if (!date) {
      undated.push(entry);
      continue;
    }
    const year = date.slice(0, 4);
    const month = Number(date.slice(5, 7));
    const months = years.get(year) ?? new Map<number, T[]>();
    const list = months.get(month) ?? [];
    list.push(entry);
    months.set(month, list);
    years.set(year, months);
  }
  const groups = [...years.entries()]
    .map(([year, months]) => {
      const monthGroups = [...months.entries()]
        .sort(([a], [b]) => a - b)
        .map(([month, list]) => ({ month, entries: list }));
      return { year, months: monthGroups, count: monthGroups.reduce((n, m) => n + m.entries.length, 0) };
    })
    .sort((a, b) => (a.year < b.year ? 1 : -1));
  return { years: groups, undated };
}

/** Each month of a year's listing (reports in month order, `months` their counts) with the first page that holds it. */
export function monthFirstPages(
  months: readonly { month: number; count: number }[],
  pageSize: number,
): [month: number, page: number][] {
  return firstPages(
    months.map(({ month, count }) => ({ key: month, count })),
    pageSize,
  ).map(([month, page]) => [month, page]);
}

/** One page's run of a year's reports, grouped by month again. */
export function groupByMonth<T extends ArchiveEntry>(entries: readonly T[]): MonthGroup<T>[] {
  const months: MonthGroup<T>[] = [];
  for (const entry of entries) {
    const month = Number(reportDate(entry.data)?.slice(5, 7));
    const last = months.at(-1);
    if (last?.month === month) last.entries.push(entry);
    else months.push({ month, entries: [entry] });
  }
  return months;
}
