/**
 * Text normalisation applied once, at the edge, to every source text.
 *
 * Scraped Vietnamese pages mix Unicode forms (NFC and NFD), two schools of
 * tone-mark placement ("Quận uỷ" beside "Quận ủy"), Windows line endings and
 * invisible characters left by CMS editors. If any of that reached the
 * records, one unit or one person would show up twice on the site.
 */
import { decodeHTMLStrict } from 'entities';
import { modernToneMarks } from './tone-marks.ts';

export { modernToneMarks };

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;

/**
 * Scrapes keep HTML entities ("&nbsp;", "c&ocirc;ng t&aacute;c", "&#7911;"):
 * they are decoded only where they are complete entities, so a stray "&"
 * in the text stays as it is.
 */
function decodeEntities(text: string): string {
  return /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(text) ? decodeHTMLStrict(text) : text;
}

/**
 * The ingest normalises a file's text for its duplicate key and again in
 * extraction: the last result is kept, so the same text is not worked twice.
 */
let last: { raw: string; normalized: string } | null = null;

/** NFC, modern tone marks, LF line ends, no invisible characters, decoded entities, single spaces. */
export function normalizeText(raw: string): string {
  if (last?.raw === raw) return last.normalized;
  const normalized = normalizeUncached(raw);
  last = { raw, normalized };
  return normalized;
}

function normalizeUncached(raw: string): string {
  const unified = decodeEntities(raw)
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(/[\u2028\u2029]/g, '\n');
  const lines = modernToneMarks(unified)
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim());
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** For short labels such as names and units: one line, normalised. */
export function normalizeLabel(raw: string): string {
  return normalizeText(raw).replace(/\s+/g, ' ');
}
