/**
 * The raw text of each report, byte for byte as received, at
 * /nguon/<file>. This is the one place the site reads content/raw: a copy,
 * never parsed. Only files a record names are copied.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

// Bundled pages run from a build chunk, so import.meta.url is no anchor;
// Astro builds from the project root (npm run build, astro build), and the
// build may name another raw folder (the benchmark does).
const RAW_DIR = path.resolve(process.cwd(), process.env.BIEN_NIEN_RAW ?? 'content/raw');

export const getStaticPaths = (async () => {
  const reports = await getCollection('reports');
  const files = [...new Set(reports.map((entry) => entry.data.source.file))];
  return files.map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const bytes = await readFile(path.join(RAW_DIR, path.basename(params.file!)));
  return new Response(bytes, { headers: { 'Content-Type': 'text/plain' } });
};
