/**
 * Astro's incremental build skips a page whose cache key is the one of the
 * last build. A report page shows its own record and body, and the title,
 * date and unit of its neighbours and related reports; the key hashes
 * exactly that, so any change to what the page shows renders it again.
 */
import { createHash } from 'node:crypto';
import type { ArchiveEntry, ListedEntry } from './archive-entry.ts';

interface PageEntry extends ArchiveEntry {
  body?: string | undefined;
}

function linked(entry: ListedEntry | null): unknown {
  if (!entry) return null;
  const { title, meetingDate, published, unit } = entry.data;
  return [entry.id, title, meetingDate, published, unit.name];
}

export function reportPageKey(
  entry: PageEntry,
  neighbours: { previous: ListedEntry | null; next: ListedEntry | null },
  related: readonly ListedEntry[],
): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        entry.id,
        entry.data,
        entry.body ?? '',
        linked(neighbours.previous),
        linked(neighbours.next),
        related.map(linked),
      ]),
    )
    .digest('hex');
}
