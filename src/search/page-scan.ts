/**
 * Finds the pages of a built site that Pagefind indexes (the report pages,
 * those of them that mark their body), with each page's sort date and a
 * hash of the part of it that Pagefind reads (indexed-part.ts). Only the
 * report folder is read: the listing pages are not searched, and are
 * still being written while the index is built (see site-build.ts).
 *
 * Reading and hashing every page took 5 s of the search phase at 10,000
 * reports, most of it on a rebuild where almost no page had changed. So
 * what was found of a file is remembered by its inode, size and
 * modification time, as git's index does: the site build hard-links pages
 * it did not render again, so an unchanged page keeps its inode, and a
 * page rendered again is a new file. Only new files are read.
 */
import { createHash } from 'node:crypto';
import { opendir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { codeFingerprint } from '../build/code-fingerprint.ts';
import { readFiles, THREADS_FROM } from '../build/threads.ts';
import { StampMemory } from '../fs/stamp-memory.ts';
import { REPORTS_FOLDER } from '../site/urls.ts';
import { indexedPart } from './indexed-part.ts';
import { pageSortDate, type IndexedPage } from './shards.ts';

export interface ScannedPage extends IndexedPage {
  file: string;
  /** sha256 of the part of the page that Pagefind reads (see indexed-part.ts). */
  digest: string;
}

/** The code that works out what is remembered of a page. */
const SCAN_VERSION = codeFingerprint([new URL('./', import.meta.url)]);

/** What was found of one file: its digest (null when not indexed) and date. */
type Found = [digest: string | null, date: string | null];

/**
 * The HTML files under `root`, in path order. Read as a stream of entries
 * rather than with a recursive readdir, which made an array of every
 * entry, the 100,000 folders too: listing the report folder of 100,000
 * pages took 5.2-5.7 s and 191-321 MB that way, 2.0-2.2 s this way.
 */
async function htmlFiles(root: string): Promise<string[]> {
  const folder = await opendir(root, { recursive: true, bufferSize: 256 }).catch((error: unknown) => {
    // A site with no reports has no report folder.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  });
  const files: string[] = [];
  if (!folder) return files;
  for await (const entry of folder) {
    if (entry.isFile() && entry.name.endsWith('.html')) files.push(path.join(entry.parentPath, entry.name));
  }
  return files.sort();
}

/** "dist/bao-cao/x/index.html" -> "/bao-cao/x/": Pagefind adds the base path itself. */
function pageUrl(root: string, file: string): string {
  const relative = path.relative(root, file).split(path.sep).join('/');
  return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** What Pagefind would index of one built page: the digest of its indexed part and its date; nulls when it indexes none. */
export async function findInPage(file: string): Promise<Found> {
  const html = await readFile(file, 'utf8');
  if (!html.includes('data-pagefind-body')) return [null, null];
  return [createHash('sha256').update(indexedPart(html)).digest('hex'), pageSortDate(html)];
}

const WORKER = new URL('./page-scan-worker.ts', import.meta.url);

/**
 * The site's indexable pages in path order. `memoryFile`, when given,
 * holds what an earlier scan found, and is rewritten with this one's.
 * From `threadsFrom` pages to read on, they are read on two threads: a
 * cold scan of 100,000 pages took about 30 s on one, with the indexers
 * waiting for its plan.
 */
export async function scanPages(
  siteDir: string,
  memoryFile?: string,
  threadsFrom = THREADS_FROM,
): Promise<ScannedPage[]> {
  const memory = await StampMemory.load<Found>(memoryFile, SCAN_VERSION);
  const files = await htmlFiles(path.join(siteDir, REPORTS_FOLDER));
  const found = await memory.findAll(
    files.map((file) => ({ key: path.relative(siteDir, file), path: file })),
    (unknown) => readFiles(unknown, findInPage, WORKER, threadsFrom),
  );
  const pages: ScannedPage[] = [];
  files.forEach((file, index) => {
    const [digest, date] = found[index]!;
    if (digest !== null) pages.push({ file, url: pageUrl(siteDir, file), date, digest });
  });
  if (memoryFile) await memory.save(memoryFile);
  return pages;
}
