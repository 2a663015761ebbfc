import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { newestFirst } from '../../site/archive-entry.ts';
import { exportRecord, toCsv } from '../../site/open-data.ts';
import { absoluteUrl, href, paths } from '../../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const reports = newestFirst(await getCollection('catalogue'));
  const records = reports.map((entry) => exportRecord(entry, absoluteUrl(site, href(paths.report(entry.id)))));
  return new Response(toCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
