/** Reports grouped by the committee term they belong to ("nhiệm kỳ 2020–2025"). */
import type { Term } from '../report/schema.ts';
import { newestFirst, type ArchiveEntry } from './archive-entry.ts';
import { termKey } from './urls.ts';

export interface TermGroup<T extends ArchiveEntry = ArchiveEntry> {
  key: string;
  term: Term;
  entries: T[];
}

export interface TermIndex<T extends ArchiveEntry = ArchiveEntry> {
  /** Newest term first. */
  terms: TermGroup<T>[];
  /** Reports naming no term: listed, not dropped. */
  unknown: T[];
}

export function collectTerms<T extends ArchiveEntry>(entries: readonly T[]): TermIndex<T> {
  const groups = new Map<string, TermGroup<T>>();
  const unknown: T[] = [];
  for (const entry of newestFirst(entries)) {
    const { term } = entry.data;
    if (!term) {
      unknown.push(entry);
      continue;
    }
    const key = termKey(term);
    const group = groups.get(key) ?? { key, term, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  }
  const terms = [...groups.values()].sort((a, b) => b.term.start - a.term.start || b.term.end - a.term.end);
  return { terms, unknown };
}
