/**
 * Input formats seen in real archives, turned into the plain text the
 * extractor reads:
 * - plain text, as scraped;
 * - saved HTML pages (.html, or HTML saved as .txt): parsed with a real
 *   HTML parser (rehype), entities decoded (including Latin-1 named ones
 *   such as "c&ocirc;ng t&aacute;c"), navigation, scripts and forms dropped;
 * - CMS exports with front matter (YAML, or "---json"): title, date and
 *   description from the front matter, the article from below it.
 */
import matter from 'gray-matter';
import type { Element, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

export type InputFormat = 'text' | 'html' | 'front-matter';

export type FormatResult = { ok: true; text: string; format: InputFormat } | { ok: false; reason: string };

const DROPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'iframe',
  'object',
  'embed',
  'svg',
  'button',
  'select',
  'input',
  'textarea',
]);

/** Class or id words of menus, share bars and comment boxes. */
const CHROME_HINT =
  /(^|[-_\s])(menu|nav|breadcrumb|share|social|comment|related|sidebar|footer|header|banner|advert|ads)([-_\s]|$)/i;

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  const tags = text.slice(0, 20000).match(/<\/?(p|div|br|span|h[1-6]|a|article|body|table|td|li)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 5;
}

function isChromeElement(node: Element): boolean {
  if (DROPPED_ELEMENTS.has(node.tagName)) return true;
  const className = node.properties.className;
  const classes = Array.isArray(className) ? className.join(' ') : String(className ?? '');
  return CHROME_HINT.test(`${classes} ${String(node.properties.id ?? '')}`);
}

function prune<T extends Root | Element>(node: T): T {
  node.children = node.children.filter(
    (child: RootContent) => !(child.type === 'element' && isChromeElement(child)) && child.type !== 'comment',
  ) as T['children'];
  for (const child of node.children) if (child.type === 'element') prune(child);
  return node;
}

function findFirst(node: Root | Element, test: (element: Element) => boolean): Element | null {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = findFirst(child, test);
    if (found) return found;
  }
  return null;
}

export function htmlToText(html: string): string {
  const tree = unified().use(rehypeParse).parse(html);
  const title = findFirst(tree, (element) => element.tagName === 'title');
  const heading = findFirst(tree, (element) => element.tagName === 'h1');
  prune(tree);
  const container =
    findFirst(tree, (element) => element.tagName === 'article') ??
    findFirst(tree, (element) => element.tagName === 'main') ??
    findFirst(tree, (element) => element.tagName === 'body') ??
    tree;
  let text = toText(container, { whitespace: 'normal' });
  const headline = (heading ? toText(heading) : title ? toText(title) : '').trim();
  if (headline && !text.includes(headline)) text = `${headline}\n\n${text}`;
  // One paragraph per line, as the plain-text scrapes have it.
  return text.replace(/\n{2,}/g, '\n\n');
}

function isoToDateLine(value: unknown): string | null {
  const date = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : null;
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  return match ? `Ngày đăng ${match[3]}/${match[2]}/${match[1]}` : null;
}

export function frontMatterToText(source: string): FormatResult {
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source);
  } catch (error) {
    return { ok: false, reason: `front matter is not valid: ${(error as Error).message.split('\n')[0]}` };
  }
  const data = parsed.data as Record<string, unknown>;
  const title = typeof data.title === 'string' ? data.title : null;
  const dateLine = isoToDateLine(data.date ?? data.published ?? data.publishDate ?? data.pubDate);
  const description = typeof data.description === 'string' ? data.description : null;
  const body = looksLikeHtml(parsed.content) ? htmlToText(parsed.content) : parsed.content;
  const parts = [title, dateLine, description, body].filter((part): part is string => Boolean(part?.trim()));
  return { ok: true, text: parts.join('\n\n'), format: 'front-matter' };
}

const FRONT_MATTER = /^\uFEFF?---(?:json|yaml|yml)?[ \t]*\r?\n/;

export function toPlainText(text: string, fileName: string): FormatResult {
  if (FRONT_MATTER.test(text)) return frontMatterToText(text.replace(/^\uFEFF/, ''));
  if (/\.html?$/i.test(fileName) || looksLikeHtml(text)) return { ok: true, text: htmlToText(text), format: 'html' };
  return { ok: true, text, format: 'text' };
}
