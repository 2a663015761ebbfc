/**
 * The record as YAML front matter, written by hand for the record's shape
 * (null, booleans, numbers, strings, lists and maps) rather than by
 * js-yaml's general dumper, which weighed every string's style and folded
 * long ones and was a sixth of a cold ingest's CPU.
 *
 * A string is written plain only when no YAML reader could take it for
 * anything else: it starts with a letter, holds only letters, digits and
 * a few punctuation marks that mean nothing inside a plain scalar, and is
 * not a word that YAML 1.1 reads as another type ("yes", "off", "null"). Every other string, dates among them, is double-quoted; JSON's
 * string syntax is YAML's double-quoted style.
 */

type Value = null | boolean | number | string | readonly Value[] | { readonly [key: string]: Value | undefined };

const PLAIN = /^\p{L}[\p{L}\p{M}\p{N} .,;()/%+'–—“”‘’…?!&-]*$/u;
/** The words YAML 1.1 reads as booleans or null, in any case (quoting a harmless one costs nothing). */
const RESERVED_WORD = /^(?:y|yes|n|no|true|false|on|off|null)$/i;
/** Characters YAML does not allow unescaped and JSON.stringify leaves as they are: DEL, C1 controls, U+FFFE, U+FFFF. */
const NOT_PRINTABLE = /[\u007F-\u009F\uFFFE\uFFFF]/g;

function scalarString(text: string): string {
  if (PLAIN.test(text) && !text.endsWith(' ') && !RESERVED_WORD.test(text)) return text;
  return JSON.stringify(text).replace(
    NOT_PRINTABLE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function scalar(value: null | boolean | number | string): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return scalarString(value);
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new Error(`front matter: ${value} is not a number YAML can hold`);
  return String(value);
}

function isMap(value: Value): value is { readonly [key: string]: Value | undefined } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function writeEntries(map: { readonly [key: string]: Value | undefined }, indent: string, lines: string[]): void {
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined) continue;
    writeValue(`${indent}${scalarString(key)}:`, value, indent, lines);
  }
}

/** `head` is the line the value belongs to ("key:" or "- "); nested blocks go below it, two spaces in. */
function writeValue(head: string, value: Value, indent: string, lines: string[]): void {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      lines.push(`${head} []`);
      return;
    }
    lines.push(head);
    for (const item of value as readonly Value[]) writeItem(item, `${indent}  `, lines);
  } else if (isMap(value)) {
    if (Object.values(value).every((entry) => entry === undefined)) {
      lines.push(`${head} {}`);
      return;
    }
    lines.push(head);
    writeEntries(value, `${indent}  `, lines);
  } else {
    lines.push(`${head} ${scalar(value as null | boolean | number | string)}`);
  }
}

function writeItem(item: Value, indent: string, lines: string[]): void {
  if (isMap(item) && Object.values(item).some((entry) => entry !== undefined)) {
    // "- name: …" with the map's other keys lined up under its first.
    const start = lines.length;
    writeEntries(item, `${indent}  `, lines);
    lines[start] = `${indent}- ${lines[start]!.slice(indent.length + 2)}`;
    return;
  }
  if (Array.isArray(item) && item.length > 0) {
    lines.push(`${indent}-`);
    for (const inner of item as readonly Value[]) writeItem(inner, `${indent}  `, lines);
    return;
  }
  writeValue(`${indent}-`, item, indent, lines);
}

/** The YAML of a record's front matter (without the "---" lines), ending in a line end. */
export function frontMatterYaml(record: { readonly [key: string]: Value | undefined }): string {
  const lines: string[] = [];
  writeEntries(record, '', lines);
  return lines.length === 0 ? '{}\n' : `${lines.join('\n')}\n`;
}
