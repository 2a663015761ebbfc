/**
 * One report as a Markdown file: the record as YAML front matter and the
 * article as the body. Dates are strings in the record, and js-yaml quotes
 * them, so YAML never turns "2021-02-30" into another day.
 */
import matter from 'gray-matter';
import type { Block } from '../extract/layout.ts';
import { blocksToMarkdown } from '../report/markdown.ts';
import type { Report } from '../report/schema.ts';

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

export function reportFileText(record: Report, blocks: readonly Block[]): string {
  const body = blocksToMarkdown(blocks);
  // matter.stringify first parses the body for front matter of its own, and keeps every
  // body it parsed in a cache that grows with the run. A body that cannot hold front matter
  // is joined to the front matter as matter.stringify joins it; an empty body is not parsed,
  // and gets one line end of its own.
  if (body.startsWith('---') || body.startsWith('\uFEFF')) return matter.stringify(body, record);
  return `${matter.stringify('', record).slice(0, -1)}${withNewline(body)}`;
}
