/**
 * The ingest run: every input file becomes one Markdown report or one
 * entry in the ingest report with its reason. All file I/O lives here;
 * extraction itself is pure (src/extract).
 *
 * The output folder is replaced whole: reports are written to a temporary
 * sibling folder and swapped in at the end, so a crash or a kill leaves
 * the previous output complete.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lstat, mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXTRACTOR_VERSION, extractReport } from '../extract/index.ts';
import { recoverInterrupted, stagingPath, swapIn } from '../fs/replace-directory.ts';
import { reportSchema } from '../report/schema.ts';
import { normalizeText } from '../vietnamese/normalize.ts';
import { slugify } from '../vietnamese/slug.ts';
import { decodeInput } from './decode.ts';
import { toPlainText } from './formats.ts';
import { applyOverride, parseOverride, type Override } from './overrides.ts';
import { reportFileText } from './report-file.ts';

export interface IngestOptions {
  input: string;
  output: string;
  overrides: string;
  /** Where the JSON ingest report goes; defaults to beside the output folder. */
  reportPath?: string;
  onProgress?: (done: number, total: number, file: string) => void;
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

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

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
  byStem: Map<string, { file: string; override: Override }>;
  outcomes: OverrideOutcome[];
}

async function loadOverrides(folder: string): Promise<LoadedOverrides> {
  const byStem = new Map<string, { file: string; override: Override }>();
  const outcomes: OverrideOutcome[] = [];
  if (!existsSync(folder)) return { byStem, outcomes };
  const names = (await readdir(folder)).filter((name) => /\.ya?ml$/i.test(name)).sort(byCodePoint);
  for (const name of names) {
    const parsed = parseOverride(await readFile(path.join(folder, name), 'utf8'));
    if (!parsed.ok) outcomes.push({ file: name, status: 'error', reason: parsed.reason });
    else byStem.set(name.replace(/\.ya?ml$/i, ''), { file: name, override: parsed.override });
  }
  return { byStem, outcomes };
}

function stemOf(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '');
}

async function writeFileAtomic(file: string, content: string): Promise<void> {
  const temporary = `${file}.tmp-${process.pid}`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}

export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  const output = path.resolve(options.output);
  const reportPath = options.reportPath ?? path.join(path.dirname(output), 'ingest-report.json');
  await recoverInterrupted(output);

  const inputs = await listInputs(options.input);
  const { byStem, outcomes: overrideOutcomes } = await loadOverrides(options.overrides);
  const staging = stagingPath(output);
  await mkdir(staging, { recursive: true });

  const outcomes: FileOutcome[] = [];
  const seenText = new Map<string, string>();
  const usedSlugs = new Set<string>();
  const usedStems = new Set<string>();

  for (const [index, file] of inputs.entries()) {
    options.onProgress?.(index + 1, inputs.length, file);
    const outcome = await ingestOne(file);
    outcomes.push(outcome);
  }

  async function ingestOne(file: string): Promise<FileOutcome> {
    const fullPath = path.join(options.input, file);
    const name = path.basename(file);
    const extension = path.extname(name).toLowerCase();
    // ".gitkeep", ".DS_Store": hidden files that are no reports. A report
    // whose name merely starts with dots ("..ghi-chu.txt") is still read.
    if (name.startsWith('.') && !ACCEPTED_EXTENSIONS.has(extension)) {
      return { file, status: 'rejected', reason: 'hidden file, not read' };
    }
    const info = await lstat(fullPath);
    if (info.isSymbolicLink()) return { file, status: 'rejected', reason: 'symbolic link, not followed' };
    if (!info.isFile()) return { file, status: 'rejected', reason: 'not a regular file' };
    if (!ACCEPTED_EXTENSIONS.has(extension)) {
      return {
        file,
        status: 'rejected',
        reason: `unsupported file type "${extension || '(none)'}": only .txt, .html and .md are read`,
      };
    }
    if (info.size > MAX_INPUT_BYTES) {
      return {
        file,
        status: 'rejected',
        reason: `too large (${(info.size / 1024 / 1024).toFixed(1)} MiB; a report is at most ${MAX_INPUT_BYTES / 1024 / 1024} MiB)`,
      };
    }
    const bytes = await readFile(fullPath);
    const decoded = decodeInput(bytes);
    if (!decoded.ok) return { file, status: 'rejected', reason: decoded.reason };

    const converted = toPlainText(decoded.text, name);
    if (!converted.ok) return { file, status: 'rejected', reason: converted.reason };
    const textKey = sha256(normalizeText(converted.text));
    const original = seenText.get(textKey);
    if (original !== undefined) return { file, status: 'duplicate', duplicateOf: original };

    const extracted = extractReport(converted.text, { file, sha256: sha256(bytes) });
    if (!extracted.ok) return { file, status: 'rejected', reason: extracted.reason };
    seenText.set(textKey, file);

    let record = extracted.report.record;
    const stem = stemOf(file);
    usedStems.add(stem);
    const correction = byStem.get(stem);
    if (correction) {
      const applied = applyOverride(record, correction.override);
      if (!applied.ok) {
        overrideOutcomes.push({ file: correction.file, status: 'error', reason: applied.reason });
        return { file, status: 'rejected', reason: `its override ${correction.file} is invalid: ${applied.reason}` };
      }
      record = applied.record;
      overrideOutcomes.push({ file: correction.file, status: 'applied' });
    }
    const valid = reportSchema.safeParse(record);
    if (!valid.success) {
      const issue = valid.error.issues[0]!;
      return {
        file,
        status: 'rejected',
        reason: `the extracted record is invalid at "${issue.path.join('.')}": ${issue.message}`,
      };
    }

    const baseSlug = slugify(record.title) || 'bao-cao';
    const slug = usedSlugs.has(baseSlug) ? `${baseSlug}-${record.source.sha256.slice(0, 8)}` : baseSlug;
    usedSlugs.add(slug);
    await writeFile(path.join(staging, `${slug}.md`), reportFileText(valid.data, extracted.report.blocks));
    return {
      file,
      status: 'report',
      slug,
      warnings: record.warnings,
      ...(record.corrections ? { corrected: record.corrections } : {}),
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

  await swapIn(staging, output);
  await mkdir(path.dirname(reportPath), { recursive: true });
  await writeFileAtomic(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}
