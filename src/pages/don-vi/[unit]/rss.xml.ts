import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { listingPages } from '../../../site/collections.ts';
import { feedItems } from '../../../site/feed.ts';
import { strings } from '../../../site/strings.ts';
import { collectUnits, type UnitRecord } from '../../../site/units.ts';
import { href, paths } from '../../../site/urls.ts';

export const getStaticPaths = (async () => {
  const { entries, rendered } = await listingPages('units');
  return collectUnits(entries)
    .filter((record) => rendered(record.unit.slug))
    .map((record) => ({ params: { unit: record.unit.slug }, props: { record } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: UnitRecord }> = async ({ props, site }) =>
  rss({
    title: `${strings.siteName}: ${props.record.unit.name}`,
    description: strings.feed.unitDescription(props.record.unit.name),
    site: new URL(href(paths.unit(props.record.unit.slug)), site),
    items: feedItems(props.record.entries),
    customData: '<language>vi</language>',
    trailingSlash: true,
  });
