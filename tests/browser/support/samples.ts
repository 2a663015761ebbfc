/**
 * The sample reports as the search tests name them: by the number their
 * file starts with ("000"…), whatever slug the ingest gave them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { IngestReport } from '../../../src/ingest/run.ts';
import { ROOT } from './site.ts';

/** Sample number ("000") -> the slug its report got, from the last ingest report. */
export function sampleSlugs(): Map<string, string> {
  const report = JSON.parse(readFileSync(path.join(ROOT, 'content/ingest-report.json'), 'utf8')) as IngestReport;
  const slugOf = new Map<string, string>();
  for (const outcome of report.files) {
    if (outcome.status === 'report') slugOf.set(outcome.file.slice(0, 3), outcome.slug);
  }
  return slugOf;
}

/** The samples of the search results the page shows, in order. */
export async function resultSamples(page: Page, slugOf: ReadonlyMap<string, string>): Promise<string[]> {
  const hrefs = await page
    .locator('#search-results .search-results h2 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => [...slugOf].find(([, slug]) => href.includes(`/bao-cao/${slug}/`))?.[0] ?? href);
}
