/**
 * People as the reports name them: chairs and participants. A person is
 * keyed by the slug of their name, so "Thái Thị Bích Liên" written with
 * other tone placement or case is still one person.
 */
import { collator, reportDate, type ArchiveEntry } from './archive-entry.ts';
import { personSlug } from './urls.ts';

export interface Appearance<T extends ArchiveEntry = ArchiveEntry> {
  entry: T;
  role: string;
  asChair: boolean;
}

export interface RoleSpan {
  role: string;
  /** Earliest and latest dated report naming this role. */
  first: string | null;
  last: string | null;
  count: number;
}

export interface PersonRecord<T extends ArchiveEntry = ArchiveEntry> {
  slug: string;
  name: string;
  /** Oldest first, undated last: the order a career is read in. */
  appearances: Appearance<T>[];
  roles: RoleSpan[];
}

function oldestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** One appearance per report: a chair who is also listed as a participant counts once. */
function appearancesIn<T extends ArchiveEntry>(entry: T): Map<string, { name: string } & Appearance<T>> {
  const found = new Map<string, { name: string } & Appearance<T>>();
  const { chair, participants } = entry.data;
  if (chair) found.set(personSlug(chair.name), { name: chair.name, entry, role: chair.role.trim(), asChair: true });
  for (const person of participants) {
    const slug = personSlug(person.name);
    const seen = found.get(slug);
    if (seen) {
      if (!seen.role) seen.role = person.role.trim();
      continue;
    }
    found.set(slug, { name: person.name, entry, role: person.role.trim(), asChair: false });
  }
  return found;
}

/** The slugs of the people a report names, each once: the keys of their pages. */
export function peopleIn(entry: ArchiveEntry): string[] {
  return [...appearancesIn(entry).keys()].filter((slug) => slug !== '');
}

export function collectPeople<T extends ArchiveEntry>(entries: readonly T[]): PersonRecord<T>[] {
  const people = new Map<string, PersonRecord<T>>();
  for (const entry of entries) {
    for (const [slug, { name, ...appearance }] of appearancesIn(entry)) {
      if (!slug) continue;
      const person = people.get(slug) ?? { slug, name, appearances: [], roles: [] };
      person.appearances.push(appearance);
      people.set(slug, person);
    }
  }
  for (const person of people.values()) {
    person.appearances.sort(
      (a, b) => oldestFirst(reportDate(a.entry.data), reportDate(b.entry.data)) || a.entry.id.localeCompare(b.entry.id),
    );
    person.roles = roleSpans(person.appearances);
  }
  return [...people.values()].sort((a, b) => collator.compare(a.name, b.name));
}

/** Distinct roles in the order first held. Empty roles are not a role. */
export function roleSpans(appearances: readonly Appearance[]): RoleSpan[] {
  const spans = new Map<string, RoleSpan>();
  for (const { entry, role } of appearances) {
    if (!role) continue;
    const date = reportDate(entry.data);
    const span = spans.get(role) ?? { role, first: null, last: null, count: 0 };
    span.count++;
    if (date && (span.first === null || date < span.first)) span.first = date;
    if (date && (span.last === null || date > span.last)) span.last = date;
    spans.set(role, span);
  }
  return [...spans.values()].sort((a, b) => oldestFirst(a.first, b.first) || collator.compare(a.role, b.role));
}
