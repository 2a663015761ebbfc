import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { archiveSummary } from '../site/collections.ts';
import { feedItems } from '../site/feed.ts';
import { strings } from '../site/strings.ts';
import { href } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: strings.siteName,
    description: strings.feed.description,
    site: new URL(href(''), site),
    items: feedItems((await archiveSummary()).latest),
    customData: '<language>vi</language>',
    trailingSlash: true,
  });
