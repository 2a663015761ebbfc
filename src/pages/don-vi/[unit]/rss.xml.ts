import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { unitFeeds } from '../../../site/collections.ts';
import { feedItems } from '../../../site/feed.ts';
import { strings } from '../../../site/strings.ts';
import type { ArchiveEntry } from '../../../site/archive-entry.ts';
import type { ListingFacts } from '../../../site/listings.ts';
import { href, paths } from '../../../site/urls.ts';

export const getStaticPaths = (() => unitFeeds()) satisfies GetStaticPaths;

export const GET: APIRoute<{ facts: ListingFacts['units']; entries: ArchiveEntry[] }> = async ({ props, site }) =>
  rss({
    title: `${strings.siteName}: ${props.facts.unit.name}`,
    description: strings.feed.unitDescription(props.facts.unit.name),
    site: new URL(href(paths.unit(props.facts.unit.slug)), site),
    items: feedItems(props.entries),
    customData: '<language>vi</language>',
    trailingSlash: true,
  });
