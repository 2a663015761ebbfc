/**
 * Checks that every internal href, src and form action in the built site
 * resolves to a file in it, under the configured base path.
 *
 *   npm run check:links                  # dist/, base "/"
 *   BASE_PATH=/archive/ npm run check:links
 *   npx tsx scripts/check-links.ts --dir dist --base /archive/
 */
import { existsSync, statSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BrokenLink {
  /** The page holding the link, relative to the site directory. */
  page: string;
  link: string;
  reason: string;
}

const ATTRIBUTE = /\s(?:href|src|action)=(?:"([^"]*)"|'([^']*)')/g;

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Links leaving the site, or not pointing at a file at all, are not checked. */
function isExternal(link: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(link) || link.startsWith('#') || link === '';
}

function normaliseBase(base: string): string {
  const withLead = base.startsWith('/') ? base : `/${base}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

/** The file a URL path is served from, as a static host does: "x/" -> "x/index.html". */
export function resolveTarget(siteDir: string, urlPath: string): string | null {
  const relative = decodeURIComponent(urlPath).replace(/^\/+/, '');
  const candidate = path.resolve(siteDir, relative);
  if (!candidate.startsWith(path.resolve(siteDir))) return null;
  if (urlPath.endsWith('/')) {
    const index = path.join(candidate, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
}

export async function checkLinks(
  siteDir: string,
  basePath = '/',
): Promise<{ pages: number; links: number; broken: BrokenLink[] }> {
  const base = normaliseBase(basePath);
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  const pages = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const file of pages) {
    const page = path.relative(siteDir, file).split(path.sep).join('/');
    // The page's own URL, to resolve relative links against.
    const pageUrl = new URL(`${base}${page.replace(/(^|\/)index\.html$/, '$1')}`, 'http://site.invalid');
    const html = await readFile(file, 'utf8');
    for (const match of html.matchAll(ATTRIBUTE)) {
      const link = decodeEntities(match[1] ?? match[2] ?? '');
      if (isExternal(link)) continue;
      links++;
      const url = new URL(link, pageUrl);
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, link, reason: `outside the base path ${base}` });
        continue;
      }
      if (!resolveTarget(siteDir, url.pathname.slice(base.length - 1))) {
        broken.push({ page, link, reason: 'no such file' });
      }
    }
  }
  return { pages: pages.length, links, broken };
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dir = path.resolve(argument('dir') ?? 'dist');
  const base = argument('base') ?? process.env.BASE_PATH ?? '/';
  const { pages, links, broken } = await checkLinks(dir, base);
  for (const { page, link, reason } of broken) console.error(`${page}: ${link} (${reason})`);
  console.log(`${pages} pages, ${links} internal links, ${broken.length} broken (base ${normaliseBase(base)})`);
  process.exit(broken.length > 0 ? 1 : 0);
}
