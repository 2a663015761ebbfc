/**
 * A report file's front matter read back into its record: what the site's
 * catalogue holds of each report, and what the ingest checks each file it
 * writes against. One reader, so the two cannot read a file differently.
 */
import yaml from 'js-yaml';
import { reportSchema, type Report } from './schema.ts';

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
