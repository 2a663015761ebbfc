// @ts-check
// @astrojs/markdown-satteri is Astro's own Markdown processor (a dependency of astro).
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { basePath, siteUrl } from './src/site/address.ts';

export default defineConfig({
  site: siteUrl(),
  base: basePath(),
  trailingSlash: 'always',
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  // The build script gives each part of the site a cache of its own (src/build/site-build.ts).
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  build: {
    format: 'directory',
    // One cacheable stylesheet file rather than <style> in every page:
    // a later Content-Security-Policy then needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  // No sitemap integration: the site is rendered in parts, and the build
  // script writes the sitemap over all of them (src/build/sitemap.ts).
  // An archive shows the text as received: no curly quotes or dashes
  // substituted into the reports' bodies.
  // No GFM either: its autolinks would turn a URL in source text into a link.
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
  // Reports are all there is: no client JavaScript by default, no prefetch.
  prefetch: false,
  devToolbar: { enabled: false },
  // No experimental.incrementalBuild: it wrote every page twice (to the
  // output and to its cache), and a part of 2,500 reports took 22 s with it
  // against 13 s without. The build script reuses pages itself, by part
  // and by page (src/build/site-build.ts).
});
