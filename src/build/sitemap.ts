/**
 * The sitemap, written by the build script over the assembled site: a site
 * rendered in parts (src/build/parts.ts) has no one Astro build that sees
 * every page. Same files as @astrojs/sitemap wrote: sitemap-index.xml
 * naming sitemap-0.xml, sitemap-1.xml, … of at most 45,000 URLs each
 * (the protocol allows 50,000).
 */
import { escapeHtml } from '../report/markdown.ts';

export const SITEMAP_INDEX = 'sitemap-index.xml';
const URLS_PER_FILE = 45_000;

/** Page paths (relative to the site root, `a/b/` form) that a reader should not be sent to from a search engine. */
const LEFT_OUT = /^(404\.html|tim-kiem\/)$/;

/** The sitemap files, by file name, for the pages at `pagePaths` on the site at `siteRoot` (base included). */
export function sitemapFiles(siteRoot: string, pagePaths: readonly string[]): Map<string, string> {
  const root = siteRoot.endsWith('/') ? siteRoot : `${siteRoot}/`;
  const urls = pagePaths
    .filter((page) => !LEFT_OUT.test(page))
    .sort()
    .map((page) => new URL(page.split('/').map(encodeURIComponent).join('/'), root).href);
  const files = new Map<string, string>();
  const names: string[] = [];
  for (let start = 0, index = 0; start < urls.length || index === 0; start += URLS_PER_FILE, index++) {
    const name = `sitemap-${index}.xml`;
    names.push(name);
    const entries = urls.slice(start, start + URLS_PER_FILE).map((url) => `<url><loc>${escapeHtml(url)}</loc></url>`);
    files.set(
      name,
      `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join('')}</urlset>`,
    );
  }
  const index = names.map((name) => `<sitemap><loc>${escapeHtml(new URL(name, root).href)}</loc></sitemap>`);
  files.set(
    SITEMAP_INDEX,
    `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index.join('')}</sitemapindex>`,
  );
  return files;
}
