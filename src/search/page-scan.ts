/**
 * Finds the pages of a built site that Pagefind indexes (those that mark
 * their body), with each page's sort date and a hash of its HTML.
 *
 * Reading and hashing every page took 5 s of the search phase at 10,000
 * reports, most of it on a rebuild where almost no page had changed. So
 * what was found of a file is remembered by its inode, size and
 * modification time, as git's index does: the site build hard-links pages
 * it did not render again, so an unchanged page keeps its inode, and a
 * page rendered again is a new file. Only new files are read.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { sameStamp, stampOf } from '../fs/file-stamp.ts';
import { writeFileAtomic } from '../fs/write-atomic.ts';
import { pageSortDate, type IndexedPage } from './shards.ts';

export interface ScannedPage extends IndexedPage {
  file: string;
  /** sha256 of the page's HTML. */
  digest: string;
}

/** What was found of one file: its stamp (size, time, inode), then its digest (null when not indexed) and date. */
type Remembered = [number, number, number, string | null, string | null];

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** "dist/bao-cao/x/index.html" -> "/bao-cao/x/": Pagefind adds the base path itself. */
function pageUrl(root: string, file: string): string {
  const relative = path.relative(root, file).split(path.sep).join('/');
  return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

async function loadMemory(file: string | undefined): Promise<Map<string, Remembered>> {
  if (!file) return new Map();
  try {
    return new Map(Object.entries(JSON.parse(await readFile(file, 'utf8')) as Record<string, Remembered>));
  } catch {
    // None yet, or damaged: every page is read.
    return new Map();
  }
}

async function saveMemory(file: string, memory: Map<string, Remembered>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify(Object.fromEntries(memory)));
}

/**
 * The site's indexable pages in path order. `memoryFile`, when given,
 * holds what an earlier scan found, and is rewritten with this one's.
 */
export async function scanPages(siteDir: string, memoryFile?: string): Promise<ScannedPage[]> {
  const earlier = await loadMemory(memoryFile);
  const found = new Map<string, Remembered>();
  const pages: ScannedPage[] = [];
  const files = await htmlFiles(siteDir);
  // Stat calls in batches: one at a time, each waits on the disk in turn.
  const BATCH = 64;
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH);
    const results = await Promise.all(
      batch.map(async (file): Promise<Remembered> => {
        const relative = path.relative(siteDir, file);
        const stamp = stampOf(await stat(file));
        const known = earlier.get(relative);
        if (known && sameStamp(known, stamp)) return known;
        const html = await readFile(file, 'utf8');
        const indexed = html.includes('data-pagefind-body');
        const digest = indexed ? createHash('sha256').update(html).digest('hex') : null;
        return [...stamp, digest, indexed ? pageSortDate(html) : null];
      }),
    );
    batch.forEach((file, index) => {
      const remembered = results[index]!;
      found.set(path.relative(siteDir, file), remembered);
      const [, , , digest, date] = remembered;
      if (digest !== null) pages.push({ file, url: pageUrl(siteDir, file), date, digest });
    });
  }
  if (memoryFile) await saveMemory(memoryFile, found);
  return pages;
}
