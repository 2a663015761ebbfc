/** Reports grouped by the unit (the party committee) that held them. */
import { UNIT_LEVELS, type Term, type Unit, type UnitLevel } from '../report/schema.ts';
import { personSlug, termKey } from './urls.ts';
import { collator, newestFirst, type ArchiveEntry } from './archive-entry.ts';

export interface ChairCount {
  name: string;
  slug: string;
  count: number;
}

export interface UnitRecord<T extends ArchiveEntry = ArchiveEntry> {
  /** As named in its newest report. */
  unit: Unit;
  /** Newest first. */
  entries: T[];
  chairs: ChairCount[];
  /** Newest term first. */
  terms: Term[];
  organs: string[];
}

export function collectUnits<T extends ArchiveEntry>(entries: readonly T[]): UnitRecord<T>[] {
  const bySlug = new Map<string, T[]>();
  for (const entry of newestFirst(entries)) {
    const list = bySlug.get(entry.data.unit.slug) ?? [];
    list.push(entry);
    bySlug.set(entry.data.unit.slug, list);
  }
  const units = [...bySlug.values()].map((list): UnitRecord<T> => {
    const chairs = new Map<string, ChairCount>();
    const terms = new Map<string, Term>();
    const organs = new Set<string>();
    for (const { data } of list) {
      if (data.chair) {
        const slug = personSlug(data.chair.name);
        const chair = chairs.get(slug) ?? { name: data.chair.name, slug, count: 0 };
        chair.count++;
        chairs.set(slug, chair);
      }
      if (data.term) terms.set(termKey(data.term), data.term);
      if (data.organ) organs.add(data.organ);
    }
    return {
      unit: list[0]!.data.unit,
      entries: list,
      chairs: [...chairs.values()].sort((a, b) => b.count - a.count || collator.compare(a.name, b.name)),
      terms: [...terms.values()].sort((a, b) => b.start - a.start || b.end - a.end),
      organs: [...organs].sort(collator.compare),
    };
  });
  return units.sort((a, b) => collator.compare(a.unit.name, b.unit.name));
}

/** A unit and how many reports it has: what a list of units shows. */
export interface UnitCount {
  unit: Unit;
  count: number;
}

/** The units of these reports, by name, each with its number of reports. */
export function countByUnit(entries: readonly ArchiveEntry[]): UnitCount[] {
  return collectUnits(entries).map((record) => ({ unit: record.unit, count: record.entries.length }));
}

export interface LevelGroup<T extends { unit: Unit }> {
  level: UnitLevel;
  units: T[];
}

/** Levels in the schema's order, from province down; empty levels left out. */
export function groupUnitsByLevel<T extends { unit: Unit }>(units: readonly T[]): LevelGroup<T>[] {
  return UNIT_LEVELS.map((level) => ({ level, units: units.filter((u) => u.unit.level === level) })).filter(
    (group) => group.units.length > 0,
  );
}
