/**
 * The ingest run: every input file becomes one Markdown report or one
 * entry in the ingest report with its reason. All file I/O lives here;
 * extraction itself is pure (src/extract).
 *
 * The output folder is replaced whole: reports are written to a temporary
 * sibling folder and swapped in at the end, so a crash or a kill leaves
 * the previous output complete. A run that would write exactly what is
 * there already leaves the folder as it is.
 */
import { existsSync, linkSync, lstatSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { eventLoopTurn, inSlices } from '../build/run-all.ts';
import { EXTRACTOR_VERSION } from '../extract/index.ts';
import { stampOf, type FileStamp } from '../fs/file-stamp.ts';
import { recoverInterrupted, stagingPath, swapIn } from '../fs/replace-directory.ts';
import { writeFileAtomic } from '../fs/write-atomic.ts';
import { slugify } from '../vietnamese/slug.ts';
import { IngestCache } from './cache.ts';
import { parseOverride, type Override } from './overrides.ts';
import { createPool } from './pool.ts';
import { processFile, sha256, type ProcessInput, type Processed } from './process-file.ts';
import { RunMemory, type Outcome } from './run-memory.ts';

export interface IngestOptions {
  input: string;
  output: string;
  overrides: string;
  /** Where the JSON ingest report goes; defaults to beside the output folder. */
  reportPath?: string;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Where unchanged inputs' results are kept between runs; none by default. */
  cacheDir?: string;
  onStats?: (stats: { extracted: number; fromCache: number }) => void;
}

export type FileOutcome =
  | { file: string; status: 'report'; slug: string; warnings: string[]; corrected?: string[] }
  | { file: string; status: 'rejected'; reason: string }
  | { file: string; status: 'duplicate'; duplicateOf: string };

export interface OverrideOutcome {
  file: string;
  status: 'applied' | 'error';
  reason?: string;
}

export interface IngestReport {
  extractorVersion: number;
  counts: { files: number; reports: number; rejected: number; duplicates: number; overrideErrors: number };
  files: FileOutcome[];
  overrides: OverrideOutcome[];
}

const ACCEPTED_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.md', '.markdown']);

/** A meeting report is tens of kilobytes; a file of megabytes is a dump, not a report. */
const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** Code-point order, so the run is the same on every machine and locale. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function listInputs(root: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(relative: string): Promise<void> {
    const entries = await readdir(path.join(root, relative), { withFileTypes: true });
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else found.push(child);
    }
  }
  await walk('');
  return found.sort(byCodePoint);
}

interface LoadedOverrides {
  byStem: Map<string, { file: string; override: Override; text: string }>;
  outcomes: OverrideOutcome[];
}

async function loadOverrides(folder: string): Promise<LoadedOverrides> {
  const byStem = new Map<string, { file: string; override: Override; text: string }>();
  const outcomes: OverrideOutcome[] = [];
  if (!existsSync(folder)) return { byStem, outcomes };
  const names = (await readdir(folder)).filter((name) => /\.ya?ml$/i.test(name)).sort(byCodePoint);
  for (const name of names) {
    const text = await readFile(path.join(folder, name), 'utf8');
    const parsed = parseOverride(text);
    if (!parsed.ok) outcomes.push({ file: name, status: 'error', reason: parsed.reason });
    else byStem.set(name.replace(/\.ya?ml$/i, ''), { file: name, override: parsed.override, text });
  }
  return { byStem, outcomes };
}

/** The names of the report files the outcomes give. */
function writtenSlugs(outcomes: readonly FileOutcome[]): Set<string> {
  return new Set(outcomes.flatMap((outcome) => (outcome.status === 'report' ? [`${outcome.slug}.md`] : [])));
}

/** Whether the folder holds these files and nothing else. */
async function holdsExactly(folder: string, names: ReadonlySet<string>): Promise<boolean> {
  const present = await readdir(folder);
  return present.length === names.size && present.every((name) => names.has(name));
}

function stemOf(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '');
}

/** Files are read, looked up and extracted in chunks, so memory stays bounded. */
const CHUNK_SIZE = 1000;

type Precheck = { file: string; rejected: string } | { file: string; stamp: FileStamp };

/** An outcome as the pipeline carries it: extracted or cached (with its text), or remembered (text in the cache under `key`). */
type Result = Processed | (Outcome & { key: string });

/** The outcome without the report's text, for the run memory. */
function outcomeOf(processed: Processed): Outcome {
  if (processed.status === 'rejected') return processed;
  const rest: Partial<Processed> = { ...processed };
  delete rest.fileText;
  return rest as Outcome;
}

function precheck(input: string, file: string): Precheck {
  const fullPath = path.join(input, file);
  const name = path.basename(file);
  const extension = path.extname(name).toLowerCase();
  // ".gitkeep", ".DS_Store": hidden files that are no reports. A report
  // whose name merely starts with dots ("..ghi-chu.txt") is still read.
  if (name.startsWith('.') && !ACCEPTED_EXTENSIONS.has(extension)) return { file, rejected: 'hidden file, not read' };
  const info = lstatSync(fullPath);
  if (info.isSymbolicLink()) return { file, rejected: 'symbolic link, not followed' };
  if (!info.isFile()) return { file, rejected: 'not a regular file' };
  if (!ACCEPTED_EXTENSIONS.has(extension)) {
    return { file, rejected: `unsupported file type "${extension || '(none)'}": only .txt, .html and .md are read` };
  }
  if (info.size > MAX_INPUT_BYTES) {
    return {
      file,
      rejected: `too large (${(info.size / 1024 / 1024).toFixed(1)} MiB; a report is at most ${MAX_INPUT_BYTES / 1024 / 1024} MiB)`,
    };
  }
  return { file, stamp: stampOf(info) };
}

/**
 * Puts a report file into the staging folder. When the previous run wrote
 * the same text under the same name, the file is hard-linked rather than
 * written again: writing 10,000 small files took 3 s of a 4.5 s warm run
 * here, linking them 0.1 s. The previous output is only read, never changed.
 */
function placeFile(previous: string | null, target: string, text: string): void {
  if (previous === null) {
    writeFileSync(target, text);
    return;
  }
  try {
    if (readFileSync(previous, 'utf8') === text) {
      linkSync(previous, target);
      return;
    }
  } catch {
    // No previous file, or a file system without hard links: write it.
  }
  writeFileSync(target, text);
}

export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  const output = path.resolve(options.output);
  const reportPath = options.reportPath ?? path.join(path.dirname(output), 'ingest-report.json');
  await recoverInterrupted(output);

  const inputs = await listInputs(options.input);
  const { byStem, outcomes: overrideOutcomes } = await loadOverrides(options.overrides);
  // A first run has no previous output to link from: not looked for, file by file.
  const hasPreviousOutput = existsSync(output);
  const staging = stagingPath(output);
  /**
   * The staging folder is made at the first report that differs from the
   * previous output, with the unchanged reports met before it linked in.
   * A run that changes nothing writes nothing: the output stays as it is.
   */
  let stagingMade = false;
  const unchangedBeforeStaging: string[] = [];
  const useStaging = (): void => {
    if (stagingMade) return;
    mkdirSync(staging, { recursive: true });
    for (const slug of unchangedBeforeStaging.splice(0)) {
      linkSync(path.join(output, `${slug}.md`), path.join(staging, `${slug}.md`));
    }
    stagingMade = true;
  };
  if (!hasPreviousOutput) useStaging();
  const cache = options.cacheDir ? new IngestCache(options.cacheDir) : null;
  const memory = await RunMemory.load(options.cacheDir ?? null, cache?.version ?? '', output);
  // With no memory of a last run, nearly every file is extracted.
  const pool = createPool(inputs.length, { startAtOnce: memory.rememberedInputs === 0 });

  const outcomes: FileOutcome[] = [];
  const seenText = new Map<string, string>();
  const usedSlugs = new Set<string>();
  // An override names an input file; whether that file gave a report is another matter.
  const usedStems = new Set(inputs.map(stemOf));
  const stats = { extracted: 0, fromCache: 0 };

  interface Loaded {
    start: number;
    results: (Result | null)[];
    misses: { position: number; key: string | null; stamp: FileStamp; bytesHash: string; job: ProcessInput }[];
  }

  /**
   * Settles what it can of a chunk without extracting: an input whose
   * stamp is the last run's is taken from the run memory without being
   * read; another is read, hashed and looked up in the cache.
   */
  async function load(start: number): Promise<Loaded> {
    const chunk = inputs.slice(start, start + CHUNK_SIZE);
    const results: (Result | null)[] = [];
    const misses: Loaded['misses'] = [];
    await inSlices(chunk, (file, position) => {
      const item = precheck(options.input, file);
      if ('rejected' in item) {
        results[position] = { status: 'rejected', reason: item.rejected };
        return;
      }
      const override = byStem.get(stemOf(item.file));
      const overrideText = override?.text ?? '';
      const known = memory.input(item.file, item.stamp);
      if (known && cache?.key(item.file, known.bytesHash, overrideText) === known.key) {
        memory.rememberInput(item.file, known);
        results[position] = { ...known.outcome, key: known.key };
        stats.fromCache++;
        return;
      }
      const bytes = readFileSync(path.join(options.input, item.file));
      const bytesHash = sha256(bytes);
      const key = cache ? cache.key(item.file, bytesHash, overrideText) : null;
      const cached = key && cache ? cache.get(key) : null;
      results[position] = cached;
      if (cached && key) {
        memory.rememberInput(item.file, { stamp: item.stamp, bytesHash, key, outcome: outcomeOf(cached) });
        stats.fromCache++;
      } else {
        misses.push({
          position,
          key,
          stamp: item.stamp,
          bytesHash,
          job: { file: item.file, bytes, bytesHash, override },
        });
      }
    });
    return { start, results, misses };
  }

  /** Extracts what the cache did not have, and stores it there. */
  async function extract({ start, results, misses }: Loaded) {
    const processed = await pool.process(misses.map((miss) => miss.job));
    stats.extracted += processed.length;
    for (const [index, miss] of misses.entries()) {
      const result = processed[index]!;
      results[miss.position] = result;
      if (cache && miss.key) {
        cache.set(miss.key, result);
        const { stamp, bytesHash, key } = miss;
        memory.rememberInput(miss.job.file, { stamp, bytesHash, key, outcome: outcomeOf(result) });
      }
    }
    // Written as one pack once the next chunk's extraction has been handed out.
    const stored = eventLoopTurn().then(() => cache?.flush());
    stored.catch(() => {});
    return { start, results: results as Result[], stored };
  }

  const loadFrom = (start: number) => {
    if (start >= inputs.length) return null;
    const loading = load(start);
    loading.catch(() => {});
    return loading;
  };

  try {
    // A pipeline, so that the worker threads are not left waiting on file I/O: while one
    // chunk is settled and written, the next is extracted and the one after it is read.
    // The pool takes one batch at a time: a chunk's extraction starts once the previous
    // chunk's is done.
    let extracting = loadFrom(0)?.then(extract) ?? null;
    let loading = loadFrom(CHUNK_SIZE);
    while (extracting) {
      const { start, results, stored } = await extracting;
      extracting = loading?.then(extract) ?? null;
      extracting?.catch(() => {});
      loading = loadFrom(start + 2 * CHUNK_SIZE);
      // Settled, and their files written, in input order (duplicates and slugs depend on it).
      await inSlices(results, (result, position) => {
        const file = inputs[start + position]!;
        options.onProgress?.(start + position + 1, inputs.length, file);
        outcomes.push(settle(file, result));
      });
      await stored;
    }
  } finally {
    await pool.close();
  }

  /**
   * Puts a report file into the staging folder. The previous run's file is
   * linked without being read when the run memory says it holds this text
   * and its stamp is unchanged; otherwise the text is written (or linked
   * after comparing, see placeFile).
   */
  function placeReport(slug: string, file: string, result: Extract<Result, { status: 'report' }>): void {
    const target = path.join(staging, `${slug}.md`);
    const previous = hasPreviousOutput ? path.join(output, `${slug}.md`) : null;
    const textHash = result.fileTextHash;
    if (previous) {
      const info = statSync(previous, { throwIfNoEntry: false });
      if (info && memory.outputHolds(slug, stampOf(info), textHash)) {
        memory.rememberOutput(slug, stampOf(info), textHash);
        if (!stagingMade) {
          unchangedBeforeStaging.push(slug);
          return;
        }
        try {
          linkSync(previous, target);
          return;
        } catch {
          // A file system without hard links: written below.
        }
      }
    }
    useStaging();
    const text = 'fileText' in result ? result.fileText : textOf(result.key, file);
    placeFile(previous, target, text);
    memory.rememberOutput(slug, stampOf(statSync(target)), textHash);
  }

  /** A remembered report's text: from the cache, or, if its entry is gone, extracted again. */
  function textOf(key: string, file: string): string {
    const cached = cache?.get(key);
    if (cached?.status === 'report') return cached.fileText;
    const processed = processFile({
      file,
      bytes: readFileSync(path.join(options.input, file)),
      override: byStem.get(stemOf(file)),
    });
    if (processed.status !== 'report') throw new Error(`${file}: gave a report in the last run but not in this one`);
    return processed.fileText;
  }

  /** In input order: duplicates, override outcomes, slugs and the file written. */
  function settle(file: string, result: Result): FileOutcome {
    const override = byStem.get(stemOf(file));
    if (result.status === 'rejected') {
      if (override && result.overrideError) {
        overrideOutcomes.push({ file: override.file, status: 'error', reason: result.overrideError });
      }
      return { file, status: 'rejected', reason: result.reason };
    }
    const original = seenText.get(result.textKey);
    if (original !== undefined) return { file, status: 'duplicate', duplicateOf: original };
    seenText.set(result.textKey, file);
    if (override) overrideOutcomes.push({ file: override.file, status: 'applied' });

    const baseSlug = slugify(result.title) || 'bao-cao';
    const slug = usedSlugs.has(baseSlug) ? `${baseSlug}-${result.sha256.slice(0, 8)}` : baseSlug;
    usedSlugs.add(slug);
    placeReport(slug, file, result);
    return {
      file,
      status: 'report',
      slug,
      warnings: result.warnings,
      ...(result.corrections ? { corrected: result.corrections } : {}),
    };
  }

  for (const [stem, { file }] of byStem) {
    if (!usedStems.has(stem)) {
      overrideOutcomes.push({ file, status: 'error', reason: `names the report "${stem}", which is not in the input` });
    }
  }
  overrideOutcomes.sort((a, b) => byCodePoint(a.file, b.file));

  const report: IngestReport = {
    extractorVersion: EXTRACTOR_VERSION,
    counts: {
      files: outcomes.length,
      reports: outcomes.filter((outcome) => outcome.status === 'report').length,
      rejected: outcomes.filter((outcome) => outcome.status === 'rejected').length,
      duplicates: outcomes.filter((outcome) => outcome.status === 'duplicate').length,
      overrideErrors: overrideOutcomes.filter((outcome) => outcome.status === 'error').length,
    },
    files: outcomes,
    overrides: overrideOutcomes,
  };

  // Nothing written, but a report may have left the output (its input removed or now a duplicate).
  if (!stagingMade && !(await holdsExactly(output, writtenSlugs(outcomes)))) useStaging();
  if (stagingMade) await swapIn(staging, output);
  await memory.save();
  await mkdir(path.dirname(reportPath), { recursive: true });
  await writeFileAtomic(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  options.onStats?.(stats);
  return report;
}
