import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { newestFirst } from '../../site/archive-entry.ts';
import { exportRecord } from '../../site/open-data.ts';
import { absoluteUrl, href, paths } from '../../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const reports = newestFirst(await getCollection('catalogue'));
  const records = reports.map((entry) => exportRecord(entry, absoluteUrl(site, href(paths.report(entry.id)))));
  return new Response(`${JSON.stringify(records, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
