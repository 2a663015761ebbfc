import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { feedItems } from '../site/feed.ts';
import { strings } from '../site/strings.ts';
import { href } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: strings.siteName,
    description: strings.feed.description,
    site: new URL(href(''), site),
    items: feedItems(await getCollection('catalogue')),
    customData: '<language>vi</language>',
    trailingSlash: true,
  });
