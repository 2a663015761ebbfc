import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { unitPaths } from '../../../site/collections.ts';
import { feedItems } from '../../../site/feed.ts';
import { strings } from '../../../site/strings.ts';
import type { UnitRecord } from '../../../site/units.ts';
import { href, paths } from '../../../site/urls.ts';

export const getStaticPaths = (() => unitPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: UnitRecord }> = async ({ props, site }) =>
  rss({
    title: `${strings.siteName}: ${props.record.unit.name}`,
    description: strings.feed.unitDescription(props.record.unit.name),
    site: new URL(href(paths.unit(props.record.unit.slug)), site),
    items: feedItems(props.record.entries),
    customData: '<language>vi</language>',
    trailingSlash: true,
  });
