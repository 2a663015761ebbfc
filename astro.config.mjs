// @ts-check
// @astrojs/markdown-satteri is Astro's own Markdown processor (a dependency of astro).
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/**
 * `site` and `base` come from the environment so one build works on any
 * static host, including a sub-path such as a GitHub Pages project site:
 *   SITE_URL=https://example.org BASE_PATH=/archive/ npm run build
 */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  // The build names its own cache when it builds another archive (the benchmark does).
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  build: {
    format: 'directory',
    // One cacheable stylesheet file rather than <style> in every page:
    // a later Content-Security-Policy then needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  integrations: [
    sitemap({
      // The 404 page and the search shell are not documents to list.
      filter: (page) => !/\/(404|tim-kiem)\/?$/.test(new URL(page).pathname),
    }),
  ],
  // An archive shows the text as received: no curly quotes or dashes
  // substituted into the reports' bodies.
  // No GFM either: its autolinks would turn a URL in source text into a link.
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
  // Reports are all there is: no client JavaScript by default, no prefetch.
  prefetch: false,
  devToolbar: { enabled: false },
  experimental: {
    // One data-store.json for 100,000 reports is longer than the longest
    // string V8 can make, and the build fails writing it; but chunks made a
    // 2,000-report build take 28 s instead of 16. The build script asks for
    // chunks only for a large archive (src/build/pipeline.ts).
    collectionStorage: process.env.BIEN_NIEN_CHUNKED_STORE === '1' ? 'chunked' : 'single-file',
    // Report pages carry a cache key (src/site/page-cache-key.ts): a page
    // whose key is unchanged is copied from the last build, not rendered.
    incrementalBuild: true,
  },
});
