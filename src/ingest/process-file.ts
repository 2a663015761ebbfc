/**
 * One input file's bytes to its outcome: decoded, converted to text,
 * extracted, corrected by its override, validated and rendered as the
 * Markdown file to write. No file I/O, so it runs the same in a worker
 * thread and its result can be cached.
 */
import { hash } from 'node:crypto';
import { extractReport } from '../extract/index.ts';
import { reportSchema } from '../report/schema.ts';
import { normalizeText } from '../vietnamese/normalize.ts';
import { decodeInput } from './decode.ts';
import { toPlainText } from './formats.ts';
import { applyOverride, type Override } from './overrides.ts';
import { reportFileText } from './report-file.ts';

export interface ProcessInput {
  file: string;
  bytes: Uint8Array;
  /** The bytes' SHA-256 when the caller has it already (the run hashes them for the cache key). */
  bytesHash?: string;
  override?: { file: string; override: Override } | undefined;
}

export type Processed =
  | { status: 'rejected'; reason: string; overrideError?: string }
  | {
      status: 'report';
      /** Hash of the normalised text: the same text under two names is one report. */
      textKey: string;
      title: string;
      sha256: string;
      fileText: string;
      /** SHA-256 of fileText: what the run memory compares a written report by. */
      fileTextHash: string;
      warnings: string[];
      corrections?: string[];
      overrideApplied?: boolean;
    };

/** One call, without a Hash object: a quarter less time for a report's few kilobytes. */
export function sha256(data: Uint8Array | string): string {
  return hash('sha256', data, 'hex');
}

export function processFile({ file, bytes, bytesHash: knownHash, override }: ProcessInput): Processed {
  const decoded = decodeInput(bytes);
  if (!decoded.ok) return { status: 'rejected', reason: decoded.reason };
  const name = file.split('/').at(-1) ?? file;
  const converted = toPlainText(decoded.text, name);
  if (!converted.ok) return { status: 'rejected', reason: converted.reason };
  const textKey = sha256(normalizeText(converted.text));
  const bytesHash = knownHash ?? sha256(bytes);
  const extracted = extractReport(converted.text, { file, sha256: bytesHash });
  if (!extracted.ok) return { status: 'rejected', reason: extracted.reason };

  let record = extracted.report.record;
  if (override) {
    const applied = applyOverride(record, override.override);
    if (!applied.ok) {
      return {
        status: 'rejected',
        reason: `its override ${override.file} is invalid: ${applied.reason}`,
        overrideError: applied.reason,
      };
    }
    record = applied.record;
  }
  const valid = reportSchema.safeParse(record);
  if (!valid.success) {
    const issue = valid.error.issues[0]!;
    return {
      status: 'rejected',
      reason: `the extracted record is invalid at "${issue.path.join('.')}": ${issue.message}`,
    };
  }
  const fileText = reportFileText(valid.data, extracted.report.blocks);
  return {
    status: 'report',
    textKey,
    title: valid.data.title,
    sha256: bytesHash,
    fileText,
    fileTextHash: sha256(fileText),
    warnings: valid.data.warnings,
    ...(valid.data.corrections ? { corrections: valid.data.corrections } : {}),
    ...(override ? { overrideApplied: true } : {}),
  };
}
