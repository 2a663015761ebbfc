/**
 * One report as a Markdown file: the record as YAML front matter and the
 * article as the body. Dates are strings in the record, and js-yaml quotes
 * them, so YAML never turns "2021-02-30" into another day.
 */
import matter from 'gray-matter';
import type { Block } from '../extract/layout.ts';
import { blocksToMarkdown } from '../report/markdown.ts';
import type { Report } from '../report/schema.ts';

export function reportFileText(record: Report, blocks: readonly Block[]): string {
  return matter.stringify(blocksToMarkdown(blocks), record);
}
