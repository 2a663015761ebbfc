/**
 * An archivist's corrections, one YAML file per input report
 * (content/overrides/<input-file-stem>.yml). A correction replaces the
 * extracted field whole and wins on every re-ingest.
 */
import yaml from 'js-yaml';
import { reportSchema, type Report } from '../report/schema.ts';
import { slugify } from '../vietnamese/slug.ts';
import { normalizeText } from '../vietnamese/normalize.ts';

export type Override = Record<string, unknown>;

export type OverrideParse = { ok: true; override: Override } | { ok: false; reason: string };

/** Fields an override may not set: they describe the input file itself. */
const PROTECTED_FIELDS = new Set(['source', 'corrections']);

export function parseOverride(text: string): OverrideParse {
  let data: unknown;
  try {
    // The JSON schema keeps "2021-03-05" a string instead of a Date.
    data = yaml.load(text, { schema: yaml.JSON_SCHEMA });
  } catch (error) {
    return { ok: false, reason: `not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
  if (data === null || data === undefined) return { ok: true, override: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, reason: 'must be a mapping of record fields to corrected values' };
  }
  const known = new Set(Object.keys(reportSchema.shape));
  for (const key of Object.keys(data)) {
    if (!known.has(key)) return { ok: false, reason: `"${key}" is not a record field` };
    if (PROTECTED_FIELDS.has(key))
      return { ok: false, reason: `"${key}" describes the input file and cannot be overridden` };
  }
  return { ok: true, override: normalizeStrings(data) as Override };
}

/** Corrections are Vietnamese text too: normalise them like the sources. */
function normalizeStrings(value: unknown): unknown {
  if (typeof value === 'string') return normalizeText(value);
  if (Array.isArray(value)) return value.map(normalizeStrings);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, normalizeStrings(inner)]));
  }
  return value;
}

export type ApplyResult = { ok: true; record: Report } | { ok: false; reason: string };

export function applyOverride(record: Report, override: Override): ApplyResult {
  const fields = Object.keys(override);
  if (fields.length === 0) return { ok: true, record };
  const merged: Record<string, unknown> = { ...record, ...override };
  const unit = override.unit;
  if (unit && typeof unit === 'object' && !('slug' in unit) && 'name' in unit) {
    merged.unit = { ...unit, slug: slugify(String(unit.name)) };
  }
  merged.corrections = fields.sort();
  const parsed = reportSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: `field "${issue.path.join('.')}": ${issue.message}` };
  }
  return { ok: true, record: parsed.data };
}
