/**
 * The article body as Markdown, built as an mdast tree and written by
 * remark-stringify. Source text only ever becomes text nodes, so a "*",
 * "#", "[link](…)" or "<script>" in a report is escaped by the serialiser
 * and stays text; nothing is glued together as a Markdown string.
 */
import type { Html, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Block } from '../extract/layout.ts';

// Numbered entries become an ordered list; other markers ("a)", "-") are dropped;
// ordinal words ("Một là,") stay in the text of an unordered list.
const LIST_MARKER = /^(?:\(?(\d{1,2})[.)/]|\(?[a-zđ]\)|[-–•+*])\s+/u;

function paragraph(text: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Markdown has no figure caption, so a caption is written as a small,
 * fixed HTML element whose only variable part is escaped text.
 */
function caption(text: string): Html {
  return { type: 'html', value: `<figure class="photo-caption"><figcaption>${escapeHtml(text)}</figcaption></figure>` };
}

/** Made once: setting up a processor for each report cost as much as a short report's text. */
const markdownWriter = unified().use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, rule: '-' }).freeze();

/**
 * Text that remark-stringify writes unchanged inside a paragraph: none of the
 * characters Markdown gives a meaning to anywhere in a line (nor controls),
 * not starting with a list or block marker, and not starting or ending with
 * white space. (remark escapes by these rules: mdast-util-to-markdown's unsafe.js.)
 */
const NEEDS_ESCAPING = /[\p{Cc}!#&*<>[\\\]_`~=]|^[\s\d+-]|\s$/u;

/** A paragraph's text when remark would write it unchanged, else null. */
function plainText(node: Paragraph): string | null {
  const child = node.children[0];
  if (node.children.length !== 1 || child?.type !== 'text') return null;
  return child.value.length === 0 || NEEDS_ESCAPING.test(child.value) ? null : child.value;
}

/**
 * The tree written as remark-stringify writes it, when it is only paragraphs of plain
 * text, captions and flat lists of such paragraphs (nearly every report): one blank line
 * between blocks, list items on consecutive lines, and a list's marker alternating with
 * that of a list just before it ("-" then "*", "1." then "1)") as remark does so that
 * they stay apart. Else null, and remark writes it: the direct way is several times faster.
 */
function writePlain(children: readonly RootContent[]): string | null {
  const parts: string[] = [];
  let lastBullet: string | null = null;
  for (const node of children) {
    if (node.type !== 'list') lastBullet = null;
    if (node.type === 'html') parts.push(node.value);
    else if (node.type === 'paragraph') {
      const text = plainText(node);
      if (text === null) return null;
      parts.push(text);
    } else if (node.type === 'list') {
      const preferred = node.ordered ? '.' : '-';
      const bullet: string = preferred === lastBullet ? (node.ordered ? ')' : '*') : preferred;
      lastBullet = bullet;
      const first = typeof node.start === 'number' && node.start > -1 ? node.start : 1;
      const lines: string[] = [];
      for (const [index, item] of node.children.entries()) {
        const paragraph = item.children[0];
        const text = item.children.length === 1 && paragraph?.type === 'paragraph' ? plainText(paragraph) : null;
        if (text === null) return null;
        lines.push(node.ordered ? `${first + index}${bullet} ${text}` : `${bullet} ${text}`);
      }
      parts.push(lines.join('\n'));
    } else return null;
  }
  return parts.length === 0 ? null : `${parts.join('\n\n')}\n`;
}

export function blocksToMarkdown(blocks: readonly Block[]): string {
  const children: RootContent[] = [];
  let list: List | null = null;
  for (const block of blocks) {
    if (block.kind === 'listItem') {
      const marker = LIST_MARKER.exec(block.text);
      const ordered = marker?.[1] !== undefined;
      if (!list || list.ordered !== ordered) {
        list = { type: 'list', ordered, start: ordered ? Number(marker?.[1]) : null, spread: false, children: [] };
        children.push(list);
      }
      const item: ListItem = {
        type: 'listItem',
        spread: false,
        children: [paragraph(block.text.replace(LIST_MARKER, ''))],
      };
      list.children.push(item);
      continue;
    }
    list = null;
    children.push(block.kind === 'caption' ? caption(block.text) : paragraph(block.text));
  }
  const root: Root = { type: 'root', children };
  return writePlain(children) ?? markdownWriter.stringify(root);
}
