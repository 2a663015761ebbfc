/**
 * How the site build is split so that its memory does not grow with the
 * archive. Astro keeps every entry of a collection in memory, bodies and
 * rendered HTML included: 2.9 GB for 10,000 reports and 17.7 GB for
 * 100,000 as one build. So the report pages are rendered in parts of a
 * bounded number of reports, each part an Astro build of its own, and the
 * listing pages in one more build that reads the catalogue (records
 * without bodies). An archive no larger than one part is one build.
 */
import { createHash } from 'node:crypto';
import { sizeSetting } from './size-setting.ts';

export interface SitePart {
  /** Names the part's folders and cache: `part-1`, `part-2`, … or `whole`. */
  name: string;
  /** The reports whose pages the part renders, in id order. */
  ids: string[];
}

/**
 * Which part each report's page is rendered in. A report is placed by a
 * hash of its id, not by position, so a report added or removed leaves
 * every other report in its part, and the parts it did not touch are
 * reused from the last build as they are.
 *
 * The number of parts is what places every report, so it is kept from
 * the last build (`previousCount`) while its parts stay between half and
 * 1.25 times the part size; counted afresh from the size whenever a
 * report came in, it would place every report anew, and build every part
 * again, each time the archive crossed a multiple of the part size. Kept,
 * a new count comes only after the archive grew by a quarter or halved.
 */
export function planParts(ids: readonly string[], partSize: number, previousCount: number | null = null): SitePart[] {
  if (!Number.isInteger(partSize) || partSize < 1) throw new Error(`the part size must be a positive whole number`);
  const sorted = [...ids].sort();
  const count = partCount(sorted.length, partSize, previousCount);
  if (count === 1) return [{ name: 'whole', ids: sorted }];
  const parts: SitePart[] = Array.from({ length: count }, (_, index) => ({ name: `part-${index + 1}`, ids: [] }));
  for (const id of sorted) parts[bucketOf(id, count)]!.ids.push(id);
  return parts.filter((part) => part.ids.length > 0);
}

/** Parts may hold up to this many times the part size before the count is raised. */
const GROWTH = 1.25;

export function partCount(reports: number, partSize: number, previousCount: number | null): number {
  if (reports <= partSize) return 1;
  const kept = previousCount !== null && previousCount > 1 ? previousCount : null;
  if (kept !== null && reports <= kept * partSize * GROWTH && reports >= (kept * partSize) / 2) return kept;
  return Math.ceil(reports / partSize);
}

function bucketOf(id: string, count: number): number {
  return createHash('sha1').update(id).digest().readUInt32BE(0) % count;
}

/** The default number of reports in a part; `BIEN_NIEN_PART_SIZE` sets another. */
export const DEFAULT_PART_SIZE = 2_500;

export function partSizeFromEnvironment(env: NodeJS.ProcessEnv = process.env): number {
  return sizeSetting('BIEN_NIEN_PART_SIZE', env.BIEN_NIEN_PART_SIZE, DEFAULT_PART_SIZE);
}
