/**
 * The part of a page that Pagefind reads: the element marked
 * `data-pagefind-body`, and any filter, metadata or sort tag elsewhere on
 * the page. A shard is indexed again only when this part of one of its
 * pages changed (see shard-cache.ts). A report page's links to its
 * neighbours and related reports stand outside its body, and change when
 * a report is added near it: hashing the whole page re-indexed three or
 * four shards for one report added at 10,000 reports, where only the
 * shard that takes the new page needs it.
 *
 * Where the page is not as simple as that (no body or more than one, a
 * body element that does not close, or a filter outside the body that
 * takes its value from its text), the whole page is the part: a shard
 * indexed once too often costs time, one not indexed when it should be
 * would be wrong.
 */

const BODY_OPEN = /<([a-zA-Z][\w-]*)\b[^>]*\bdata-pagefind-body\b[^>]*>/g;
const OUTSIDE_TAG = /<[a-zA-Z][^>]*\bdata-pagefind-(?:filter|meta|sort)\b[^>]*>/g;
/** A filter, metadata or sort that names its value in an attribute: `data-pagefind-filter="unit[value]"`. */
const VALUE_IN_ATTRIBUTE = /\bdata-pagefind-(?:filter|meta|sort)="[^"[]*\[[^\]]+\][^"]*"/;

export function indexedPart(html: string): string {
  const opens = [...html.matchAll(BODY_OPEN)];
  if (opens.length !== 1) return html;
  const open = opens[0]!;
  const end = closingEnd(html, open[1]!.toLowerCase(), open.index + open[0].length);
  if (end === null) return html;
  const outside = `${html.slice(0, open.index)}\u0000${html.slice(end)}`;
  const tags = [...outside.matchAll(OUTSIDE_TAG)].map((match) => match[0]);
  if (tags.some((tag) => !VALUE_IN_ATTRIBUTE.test(tag))) return html;
  return [html.slice(open.index, end), ...tags].join('\n');
}

/** Where the element opened before `from` ends, counting elements of the same name inside it; null when it does not. */
function closingEnd(html: string, tag: string, from: number): number | null {
  const boundary = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  boundary.lastIndex = from;
  let depth = 1;
  for (let match = boundary.exec(html); match; match = boundary.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return null;
}
