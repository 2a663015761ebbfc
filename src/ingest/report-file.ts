/**
 * One report as a Markdown file: the record as YAML front matter and the
 * article as the body. gray-matter puts the two together; the YAML is
 * written by front-matter.ts, which quotes every date, so YAML never turns
 * "2021-02-30" into another day.
 */
import matter from 'gray-matter';
import type { Block } from '../extract/layout.ts';
import { frontMatterYaml } from '../report/front-matter.ts';
import { blocksToMarkdown } from '../report/markdown.ts';
import type { Report } from '../report/schema.ts';

const FRONT_MATTER_OPTIONS = { engines: { yaml: { parse: () => ({}), stringify: frontMatterYaml } } } as const;

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

export function reportFileText(record: Report, blocks: readonly Block[]): string {
  const body = blocksToMarkdown(blocks);
  // matter.stringify parses the text it is given for front matter of its own: given the
  // body, it would read a body that starts with "---" as front matter. So it is given
  // nothing, and the body is joined below the closing "---" line.
  const head = matter.stringify('', record, FRONT_MATTER_OPTIONS as unknown as matter.GrayMatterOption<string, never>);
  return `${head.slice(0, -1)}${withNewline(body)}`;
}
