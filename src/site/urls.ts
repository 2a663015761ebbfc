/**
 * Every internal link goes through here, so the site works from a
 * sub-path (a GitHub Pages project site, `BASE_PATH=/archive/`). Paths are
 * written without a leading slash and with the trailing slash that
 * `trailingSlash: 'always'` asks for.
 */
import type { Term } from '../report/schema.ts';
import { slugify } from '../vietnamese/slug.ts';
import { pageFolder } from './pagination.ts';

/** "/archive" or "/archive/" + "bao-cao/x/" -> "/archive/bao-cao/x/". */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

/** A site path with the configured base in front. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The absolute URL of a path (already holding the base) on `site`. */
export function absoluteUrl(site: URL | string | undefined, pathWithBase: string): string {
  return site ? new URL(pathWithBase, site).href : pathWithBase;
}

/** The key, in place of a year or a term, of the page of reports with no date or no term. */
export const UNKNOWN_KEY = 'khong-ro';

export function termKey(term: Term): string {
  return `${term.start}-${term.end}`;
}

/** Memoised: a large archive asks for the same few thousand names again and again. */
const personSlugs = new Map<string, string>();

export function personSlug(name: string): string {
  let slug = personSlugs.get(name);
  if (slug === undefined) {
    slug = slugify(name);
    personSlugs.set(name, slug);
  }
  return slug;
}

/**
 * The folder of the report pages: the only pages the search index holds,
 * so the index can be built once they are all in place (see site-build.ts).
 */
export const REPORTS_FOLDER = 'bao-cao';

/** Base-less site paths, one per route. */
export const paths = {
  home: () => '',
  report: (slug: string) => `${REPORTS_FOLDER}/${slug}/`,
  units: () => 'don-vi/',
  unit: (unitSlug: string) => `don-vi/${unitSlug}/`,
  unitFeed: (unitSlug: string) => `don-vi/${unitSlug}/rss.xml`,
  terms: () => 'nhiem-ky/',
  term: (term: Term) => `nhiem-ky/${termKey(term)}/`,
  termless: () => `nhiem-ky/${UNKNOWN_KEY}/`,
  people: () => 'nhan-vat/',
  person: (name: string) => `nhan-vat/${personSlug(name)}/`,
  years: () => 'nam/',
  year: (year: string) => `nam/${year}/`,
  undated: () => `nam/${UNKNOWN_KEY}/`,
  /** Page `number` of the listing at `listing` (one of the paths above); the first page is the listing's own. */
  listingPage: (listing: string, number: number) => {
    const folder = pageFolder(number);
    return folder ? `${listing}${folder}/` : listing;
  },
  search: () => 'tim-kiem/',
  data: () => 'du-lieu/',
  dataJson: () => 'du-lieu/bao-cao.json',
  dataCsv: () => 'du-lieu/bao-cao.csv',
  feed: () => 'rss.xml',
  sitemap: () => 'sitemap-index.xml',
  /** File names may hold spaces or Vietnamese letters: one encoded path segment. */
  rawSource: (fileName: string) => `nguon/${encodeURIComponent(fileName)}`,
} as const;

/** The site's sections, in the order the main navigation shows them, each with the path of its index. */
export const SECTIONS = [
  ['units', paths.units()],
  ['terms', paths.terms()],
  ['people', paths.people()],
  ['years', paths.years()],
  ['data', paths.data()],
] as const;
export type Section = (typeof SECTIONS)[number][0];

/** An id for an in-page anchor, e.g. an organ on a unit page. */
export function anchorId(prefix: string, text: string): string {
  return `${prefix}-${slugify(text) || 'khac'}`;
}
