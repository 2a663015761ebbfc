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

/**
 * How many reports a part holds unless `BIEN_NIEN_PART_SIZE` says: 2,500
 * up to 50,000 reports, then a twentieth of the archive, up to 5,000.
 *
 * Each Astro build costs about 3-4.5 s of CPU before its first page, and
 * a part's memory grows by about 0.13 GB a thousand pages. Measured in
 * turn on 30,000 reports (December 7, seventh session), the site phase
 * in parts of 5,000 used 221-225 s of CPU against 242-249 s in parts of
 * 2,500, a part peaking at 1.17-1.23 GB against 0.87-0.89 GB; at
 * 100,000 reports, about 45 s of CPU less over 900-1,075 s. Two parts
 * of 2,500 side by side keep an archive of 10,000 reports under its 2 GB;
 * at 100,000, where the budget is 4 GB, two parts of 5,000 and the build
 * script fit, and a listings build beside a part (see site-build.ts).
 * Between 50,000 and 100,000 reports the count stays at twenty, so a
 * growing archive keeps its parts (see partCount).
 */
const SMALLEST_DEFAULT_PART = 2_500;
const LARGEST_DEFAULT_PART = 5_000;
const DEFAULT_PARTS = 20;

export function defaultPartSize(reports: number): number {
  return Math.min(LARGEST_DEFAULT_PART, Math.max(SMALLEST_DEFAULT_PART, Math.ceil(reports / DEFAULT_PARTS)));
}

/** The part size for an archive of `reports` reports: `BIEN_NIEN_PART_SIZE` when it is set, else the default. */
export function partSizeFor(reports: number, env: NodeJS.ProcessEnv = process.env): number {
  return sizeSetting('BIEN_NIEN_PART_SIZE', env.BIEN_NIEN_PART_SIZE, defaultPartSize(reports));
}
