/**
 * Where the site will be served from. `site` and `base` come from the
 * environment so one build works on any static host, including a sub-path
 * such as a GitHub Pages project site:
 *   SITE_URL=https://example.org BASE_PATH=/archive/ npm run build
 * Read by astro.config.mjs and by the build script, which writes the sitemap.
 */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.SITE_URL || 'http://localhost:4321';
}

export function basePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.BASE_PATH || '/';
}

/** The absolute URL of the site's root, base included, ending in a slash. */
export function siteRoot(env: NodeJS.ProcessEnv = process.env): string {
  const base = basePath(env);
  return new URL(base.endsWith('/') ? base : `${base}/`, siteUrl(env)).href;
}
