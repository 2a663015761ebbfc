// @ts-check
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
  build: { format: 'directory' },
  // Reports are all there is: no client JavaScript by default, no prefetch.
  prefetch: false,
  devToolbar: { enabled: false },
});
