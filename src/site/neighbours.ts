/** What a report page links to: the unit's previous and next report, and related reports. */
import { compareNewestFirst, type ArchiveEntry } from './archive-entry.ts';
import { personSlug } from './urls.ts';

export interface UnitNeighbours<T extends ArchiveEntry = ArchiveEntry> {
  /** The unit's report just before this one in time. */
  previous: T | null;
  next: T | null;
}

export function unitNeighbours<T extends ArchiveEntry>(
  entries: readonly T[],
  current: ArchiveEntry,
): UnitNeighbours<T> {
  const sameUnit = entries.filter((entry) => entry.data.unit.slug === current.data.unit.slug).sort(compareNewestFirst);
  const index = sameUnit.findIndex((entry) => entry.id === current.id);
  if (index < 0) return { previous: null, next: null };
  return { previous: sameUnit[index + 1] ?? null, next: sameUnit[index - 1] ?? null };
}

function peopleOf(entry: ArchiveEntry): Set<string> {
  const names = entry.data.participants.map((p) => p.name);
  if (entry.data.chair) names.push(entry.data.chair.name);
  return new Set(names.map(personSlug).filter(Boolean));
}

/**
 * Reports that share people, a term or a kind of meeting with this one,
 * best first. Shared people weigh most: following a person is what
 * readers do. Same-unit reports are already linked as previous/next.
 */
export function relatedReports<T extends ArchiveEntry>(entries: readonly T[], current: ArchiveEntry, limit = 3): T[] {
  const people = peopleOf(current);
  const { term, meetingType, unit } = current.data;
  const scored = entries
    .filter((entry) => entry.id !== current.id)
    .map((entry) => {
      let score = 0;
      for (const slug of peopleOf(entry)) if (people.has(slug)) score += 3;
      if (term && entry.data.term?.start === term.start && entry.data.term.end === term.end) score += 1;
      if (meetingType && entry.data.meetingType === meetingType) score += 1;
      if (entry.data.unit.level === unit.level) score += 1;
      if (entry.data.unit.slug === unit.slug) score -= 1;
      return { entry, score };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || compareNewestFirst(a.entry, b.entry));
  return scored.slice(0, limit).map(({ entry }) => entry);
}
