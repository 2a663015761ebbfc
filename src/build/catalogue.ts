/**
 * The catalogue: every report's record without its body. The listing pages
 * (units, people, terms, years, feeds, open data) need all records but no
 * bodies, and the report pages need only their neighbours' titles and
 * dates; so a large archive is rendered in parts (src/build/parts.ts) and
 * no single build holds every body in memory.
 *
 * It is read from the report files' front matter, the same files the
 * content collection is, so it cannot disagree with them.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { codeFingerprint } from './code-fingerprint.ts';
import { mapAll } from './run-all.ts';
import { StampMemory } from '../fs/stamp-memory.ts';
import { reportSchema, type Report } from '../report/schema.ts';
import type { ReportEntry } from '../site/archive-entry.ts';

/** `id` is the report's slug: its file name without `.md`, as the content collection names it. */
export type CatalogueEntry = ReportEntry;

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The validated record in a report file's front matter; the error names the file, the field and the reason. */
export function parseReportFrontMatter(text: string, file: string): Report {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new Error(`${file}: no front matter (a report file begins with a "---" block)`);
  let raw: unknown;
  try {
    // The core schema reads no timestamps: a date stays the string the file holds, for the schema to judge.
    raw = yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    throw new Error(`${file}: the front matter is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  const parsed = reportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: "${issue.path.join('.')}": ${issue.message}`);
  }
  return parsed.data;
}

export interface ReportFile extends CatalogueEntry {
  /** A hash of the whole file, body included: a build keyed by it sees any edit. */
  digest: string;
}

/** A report file's digest and record. */
export type ReadReport = [digest: string, data: Report];

/** Reads and parses report files (full paths), answering in their order. */
export type ReportFileReader = (files: readonly string[]) => Promise<ReadReport[]>;

/** A report file's digest (of the whole file, body included) and its validated record. */
export async function readReportFile(file: string): Promise<ReadReport> {
  const text = await readFile(file, 'utf8');
  return [createHash('sha256').update(text).digest('hex'), parseReportFrontMatter(text, path.basename(file))];
}

/** Report files read on this thread, a few at a time: the disk stays busy without every file held at once. */
export function readReportFiles(files: readonly string[]): Promise<ReadReport[]> {
  return mapAll(files, readReportFile, READ_BATCH);
}

/**
 * Every report in a folder, in file-name order. `memoryFile`, when given,
 * holds each file's record and digest by its stamp (see stamp-memory.ts):
 * parsing 10,000 front matters took 1.3 s of every rebuild, in which
 * almost every file is the one read before. The files not remembered are
 * read by `readNew` (the build script reads many in threads:
 * catalogue-threads.ts).
 */
export async function readCatalogue(
  folder: string,
  memoryFile?: string,
  readNew: ReportFileReader = readReportFiles,
): Promise<ReportFile[]> {
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.md')).sort();
  const memory = await StampMemory.load<ReadReport>(memoryFile, memoryFile ? readVersion() : '');
  const found = await memory.findAll(
    names.map((name) => ({ key: name, path: path.join(folder, name) })),
    readNew,
  );
  const entries = names.map((name, index) => {
    const [digest, data] = found[index]!;
    return { id: name.slice(0, -'.md'.length), data, digest };
  });
  if (memoryFile) await memory.save(memoryFile);
  return entries;
}

const READ_BATCH = 64;

/**
 * The code that reads a record (this file's folder, and the schema's): a
 * memory of other code is not used. Worked out only for the build script,
 * which keeps a memory: Astro's content config imports this module too.
 */
function readVersion(): string {
  return codeFingerprint([new URL('./', import.meta.url), new URL('../report/', import.meta.url)]);
}
