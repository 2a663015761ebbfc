/** What a report page links to: the unit's previous and next report, and related reports. */
import { compareNewestFirst, type ArchiveEntry, type ListedEntry } from './archive-entry.ts';
import { personSlug } from './urls.ts';

export interface UnitNeighbours<T extends ArchiveEntry = ArchiveEntry> {
  /** The unit's report just before this one in time. */
  previous: T | null;
  next: T | null;
}

/**
 * Indexes an archive once, so that each report page finds its neighbours
 * and related reports without scanning every other report (which made a
 * 10,000-report build quadratic).
 */
export function neighbourIndex<T extends ArchiveEntry>(entries: readonly T[]) {
  const byUnit = new Map<string, T[]>();
  const byPerson = new Map<string, T[]>();
  const byTrait = new Map<string, T[]>();
  const peopleById = new Map<string, Set<string>>();
  const sorted = [...entries].sort(compareNewestFirst);
  for (const entry of sorted) {
    push(byUnit, entry.data.unit.slug, entry);
    const people = peopleOf(entry);
    peopleById.set(entry.id, people);
    for (const slug of people) push(byPerson, slug, entry);
    for (const key of traitKeys(entry)) push(byTrait, key, entry);
  }
  const positionInUnit = new Map<string, number>();
  for (const list of byUnit.values()) list.forEach((entry, index) => positionInUnit.set(entry.id, index));
  const rank = new Map<string, number>();
  sorted.forEach((entry, index) => rank.set(entry.id, index));

  /** The `count` reports of a list (newest first) nearest in time to the report at `position`. */
  const nearest = (list: T[], position: number, count: number): T[] => {
    if (list.length <= count) return list;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (rank.get(list[middle]!.id)! < position) low = middle + 1;
      else high = middle;
    }
    const start = Math.max(0, Math.min(low - count / 2, list.length - count));
    return list.slice(start, start + count);
  };

  return {
    neighbours(current: ArchiveEntry): UnitNeighbours<T> {
      const sameUnit = byUnit.get(current.data.unit.slug) ?? [];
      const index = positionInUnit.get(current.id);
      if (index === undefined) return { previous: null, next: null };
      return { previous: sameUnit[index + 1] ?? null, next: sameUnit[index - 1] ?? null };
    },

    /**
     * Reports that share people, a term or a kind of meeting with this
     * one, best first. Shared people weigh most: following a person is
     * what readers do. Same-unit reports are already linked as
     * previous/next. Candidates are the reports sharing a person nearest
     * in time (an official who chairs every month of twenty years would
     * otherwise make every report of theirs a candidate for every other,
     * which grows with the square of the archive) plus the newest few
     * sharing each trait; scoring is exact among them.
     */
    related(current: ArchiveEntry, limit = 3): T[] {
      const people = peopleById.get(current.id) ?? peopleOf(current);
      const position = rank.get(current.id) ?? 0;
      const candidates = new Set<T>();
      for (const slug of people) {
        for (const entry of nearest(byPerson.get(slug) ?? [], position, PERSON_CANDIDATES)) candidates.add(entry);
      }
      for (const key of traitKeys(current)) {
        for (const entry of (byTrait.get(key) ?? []).slice(0, TRAIT_CANDIDATES)) candidates.add(entry);
      }
      const { term, meetingType, unit } = current.data;
      return [...candidates]
        .filter((entry) => entry.id !== current.id)
        .map((entry) => {
          let score = 0;
          for (const slug of peopleById.get(entry.id) ?? []) if (people.has(slug)) score += 3;
          if (term && entry.data.term?.start === term.start && entry.data.term.end === term.end) score += 1;
          if (meetingType && entry.data.meetingType === meetingType) score += 1;
          if (entry.data.unit.level === unit.level) score += 1;
          if (entry.data.unit.slug === unit.slug) score -= 1;
          return { entry, score };
        })
        .filter(({ score }) => score > 0)
        .sort((a, b) => b.score - a.score || compareNewestFirst(a.entry, b.entry))
        .slice(0, limit)
        .map(({ entry }) => entry);
    },
  };
}

/** How many of the reports sharing a person, nearest in time, are considered. */
const PERSON_CANDIDATES = 40;

/** How many of the newest reports sharing a trait are considered. */
const TRAIT_CANDIDATES = 20;

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every combination of term, meeting type and level the entry has. */
function traitKeys(entry: ArchiveEntry): string[] {
  const { term, meetingType, unit } = entry.data;
  const traits = [
    term ? `t:${term.start}-${term.end}` : null,
    meetingType ? `m:${meetingType}` : null,
    `l:${unit.level}`,
  ];
  const keys: string[] = [];
  for (let mask = 1; mask < 8; mask++) {
    const parts = traits.filter((trait, index) => trait !== null && mask & (1 << index));
    if (parts.length === [0, 1, 2].filter((index) => mask & (1 << index)).length) keys.push(parts.join('|'));
  }
  return keys;
}

function peopleOf(entry: ArchiveEntry): Set<string> {
  const names = entry.data.participants.map((p) => p.name);
  if (entry.data.chair) names.push(entry.data.chair.name);
  return new Set(names.map(personSlug).filter(Boolean));
}

/** One report's neighbours in its unit (see neighbourIndex for many). */
export function unitNeighbours<T extends ArchiveEntry>(
  entries: readonly T[],
  current: ArchiveEntry,
): UnitNeighbours<T> {
  return neighbourIndex(entries).neighbours(current);
}

/** One report's related reports (see neighbourIndex for many). */
export function relatedReports<T extends ArchiveEntry>(entries: readonly T[], current: ArchiveEntry, limit = 3): T[] {
  return neighbourIndex(entries).related(current, limit);
}

/** What one report page links to, kept to what the links show (see ListedEntry). */
export interface ReportLinks {
  previous: ListedEntry | null;
  next: ListedEntry | null;
  related: ListedEntry[];
}

function listed(entry: ArchiveEntry): ListedEntry {
  const { title, meetingDate, published, unit } = entry.data;
  return { id: entry.id, data: { title, meetingDate, published, unit } };
}

/**
 * The links of the reports named by `ids` (all by default), worked out over
 * the whole archive. A build that renders a part of the archive's report
 * pages needs only these, not every other report's record.
 */
export function reportLinks(archive: readonly ArchiveEntry[], ids?: Iterable<string>): Map<string, ReportLinks> {
  const index = neighbourIndex(archive);
  const byId = new Map(archive.map((entry) => [entry.id, entry]));
  const links = new Map<string, ReportLinks>();
  for (const id of ids ?? byId.keys()) {
    const entry = byId.get(id);
    if (!entry) continue;
    const { previous, next } = index.neighbours(entry);
    links.set(id, {
      previous: previous && listed(previous),
      next: next && listed(next),
      related: index.related(entry).map(listed),
    });
  }
  return links;
}
