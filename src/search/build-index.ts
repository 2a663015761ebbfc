/**
 * Builds the Pagefind index of a built site through Pagefind's Node API.
 * Every response is checked: Pagefind reports errors in the response
 * instead of throwing, and an index with errors must fail the build.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { strokeD } from './fold-d.ts';

interface PagefindResponse {
  errors: string[];
}

function assertResponse<T extends PagefindResponse>(step: string, response: T): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n${response.errors.map((error) => `  ${error}`).join('\n')}`);
  }
  return response;
}

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

export interface IndexStats {
  pages: number;
  seconds: number;
}

export async function buildSearchIndex(siteDir: string): Promise<IndexStats> {
  const started = performance.now();
  try {
    const { index } = assertResponse('createIndex', await pagefind.createIndex({ forceLanguage: 'vi' }));
    if (!index) throw new Error('Pagefind createIndex returned no index');
    let pages = 0;
    for (const file of await htmlFiles(siteDir)) {
      const html = await readFile(file, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      assertResponse(
        `indexing ${file}`,
        await index.addHTMLFile({ url: pageUrl(siteDir, file), content: strokeD(html) }),
      );
      pages++;
    }
    assertResponse('writeFiles', await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') }));
    return { pages, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}
