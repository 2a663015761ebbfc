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
 *
 * Reports, people and traits are numbered, and what scoring reads is kept
 * in typed arrays: a report is its rank in the newest-first order. With
 * the records as objects and the candidates in a Set, the links of
 * 100,000 reports took 47 s, most of it in memory lookups scattered over
 * the records.
 */
export function neighbourIndex<T extends ArchiveEntry>(entries: readonly T[]) {
  const sorted = [...entries].sort(compareNewestFirst);
  const count = sorted.length;
  const rank = new Map<string, number>();
  sorted.forEach((entry, index) => rank.set(entry.id, index));

  const numbers = {
    person: new Map<string, number>(),
    unit: new Map<string, number>(),
    level: new Map<string, number>(),
    term: new Map<string, number>(),
    meetingType: new Map<string, number>(),
  };
  /** A value's number; a value the archive does not have is -2, which matches nothing (-1 is "none"). */
  const known = (map: Map<string, number>, value: string | null | undefined) =>
    value == null ? -1 : (map.get(value) ?? -2);
  const numberOf = (map: Map<string, number>, value: string | null | undefined) => {
    if (value == null) return -1;
    let found = map.get(value);
    if (found === undefined) map.set(value, (found = map.size));
    return found;
  };
  const termKey = (term: ArchiveEntry['data']['term']) => (term ? `${term.start}-${term.end}` : null);

  const unitOf = new Int32Array(count);
  const levelOf = new Int32Array(count);
  const termOf = new Int32Array(count);
  const meetingTypeOf = new Int32Array(count);
  // Each report's people: peopleList[peopleStart[r] .. peopleStart[r + 1]).
  const peopleStart = new Int32Array(count + 1);
  const peopleList: number[] = [];
  const byUnit = new Map<number, number[]>();
  const byPerson = new Map<number, number[]>();
  const byTrait = new Map<string, number[]>();
  sorted.forEach((entry, r) => {
    const { unit, term, meetingType } = entry.data;
    unitOf[r] = numberOf(numbers.unit, unit.slug);
    levelOf[r] = numberOf(numbers.level, unit.level);
    termOf[r] = numberOf(numbers.term, termKey(term));
    meetingTypeOf[r] = numberOf(numbers.meetingType, meetingType);
    push(byUnit, unitOf[r]!, r);
    for (const slug of peopleOf(entry)) {
      const person = numberOf(numbers.person, slug);
      peopleList.push(person);
      push(byPerson, person, r);
    }
    peopleStart[r + 1] = peopleList.length;
    for (const key of traitKeys(entry)) {
      const list = byTrait.get(key);
      if (!list) byTrait.set(key, [r]);
      else if (list.length < TRAIT_CANDIDATES) list.push(r);
    }
  });
  const positionInUnit = new Int32Array(count);
  for (const list of byUnit.values()) list.forEach((r, index) => (positionInUnit[r] = index));

  // Marks, stamped with a number for each call, rather than a Set per call.
  const seen = new Int32Array(count);
  const sharedPerson = new Int32Array(numbers.person.size);
  let stamp = 0;

  /** The `count` reports of a list (ranks, newest first) nearest in time to `position`. */
  const nearest = (list: number[], position: number, wanted: number): number[] => {
    if (list.length <= wanted) return list;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (list[middle]! < position) low = middle + 1;
      else high = middle;
    }
    const start = Math.max(0, Math.min(low - wanted / 2, list.length - wanted));
    return list.slice(start, start + wanted);
  };

  return {
    neighbours(current: ArchiveEntry): UnitNeighbours<T> {
      const r = rank.get(current.id);
      if (r === undefined) return { previous: null, next: null };
      const sameUnit = byUnit.get(unitOf[r]!)!;
      const index = positionInUnit[r]!;
      const at = (i: number) => (i >= 0 && i < sameUnit.length ? sorted[sameUnit[i]!]! : null);
      return { previous: at(index + 1), next: at(index - 1) };
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
      const self = rank.get(current.id);
      const position = self ?? 0;
      stamp++;
      const people: number[] = [];
      for (const slug of peopleOf(current)) {
        const person = numbers.person.get(slug);
        if (person === undefined) continue;
        people.push(person);
        sharedPerson[person] = stamp;
      }
      const unit = known(numbers.unit, current.data.unit.slug);
      const level = known(numbers.level, current.data.unit.level);
      const term = current.data.term ? known(numbers.term, termKey(current.data.term)) : -3;
      const meetingType = current.data.meetingType ? known(numbers.meetingType, current.data.meetingType) : -3;

      const best: { r: number; score: number }[] = [];
      const consider = (r: number) => {
        if (seen[r] === stamp || r === self) return;
        seen[r] = stamp;
        let score = 0;
        for (let i = peopleStart[r]!; i < peopleStart[r + 1]!; i++)
          if (sharedPerson[peopleList[i]!] === stamp) score += 3;
        if (termOf[r] === term) score += 1;
        if (meetingTypeOf[r] === meetingType) score += 1;
        if (levelOf[r] === level) score += 1;
        if (unitOf[r] === unit) score -= 1;
        if (score <= 0) return;
        // Higher score first; between equals, newer (a lower rank) first.
        let at = best.length;
        while (at > 0 && (score > best[at - 1]!.score || (score === best[at - 1]!.score && r < best[at - 1]!.r))) at--;
        if (at < limit) {
          best.splice(at, 0, { r, score });
          if (best.length > limit) best.pop();
        }
      };
      for (const person of people)
        for (const r of nearest(byPerson.get(person)!, position, PERSON_CANDIDATES)) consider(r);
      for (const key of traitKeys(current)) for (const r of byTrait.get(key) ?? []) consider(r);
      return best.map(({ r }) => sorted[r]!);
    },
  };
}

/** How many of the reports sharing a person, nearest in time, are considered. */
const PERSON_CANDIDATES = 40;

/** How many of the newest reports sharing a trait are considered. */
const TRAIT_CANDIDATES = 20;

function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
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
