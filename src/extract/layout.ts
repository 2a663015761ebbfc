/**
 * The layout of a scraped page: which line is the title, the date line,
 * the byline, the captions and the article paragraphs.
 */
import { stripChrome } from './chrome.ts';
import { bylineSegment, isDateLine } from './dates.ts';
import { parseByline } from './byline.ts';

export type BlockKind = 'paragraph' | 'caption' | 'listItem';

export interface Block {
  kind: BlockKind;
  text: string;
}

export interface PageLayout {
  title: string;
  dateLine: string | null;
  author: string | null;
  /** The site named in a dateline such as "(Thanhuytphcm.vn)-", if any. */
  site: string | null;
  blocks: Block[];
}

export type LayoutResult = { ok: true; layout: PageLayout } | { ok: false; reason: string };

/**
 * A list entry: "1.", "2)", "a)", "-", "•", or the ordinal words of
 * Vietnamese directives ("Một là, …", "Thứ nhất, …"); not a weekday
 * ("Thứ Hai, 12/6").
 */
export const LIST_ITEM =
  /^(?:\(?\d{1,2}[.)/]|\(?[a-zđ]\)|[-–•+*])\s+\S|^(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là\s*[,:]\s*\S|^Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*[,:]\s*(?!\d|ngày)\S/u;
const TERMINAL_PUNCTUATION = /[.;:!?…]["”’)]?\/?$/u;
const PHOTO_CREDIT = /\s*[([]?\s*(?:ảnh|nguồn\s+ảnh|photo)\s*:[^)\]]*[)\]]?\s*$/iu;
const DATELINE = /^\(([^()]{2,40})\)\s*[-–—:]\s*/u;
const MAX_TITLE_WORDS = 60;
const MAX_TITLE_CHARACTERS = 400;
const MAX_CAPTION_WORDS = 45;

const SPACE = /\s/;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const SPACE_CLASS = 1;
const WORD_CLASS = 2;
const OTHER_CLASS = 3;
/** The class of each character of the Basic Multilingual Plane, filled in as characters are met. */
const charClasses = new Uint8Array(0x10000);

function classOf(char: string): number {
  return SPACE.test(char) ? SPACE_CLASS : LETTER_OR_NUMBER.test(char) ? WORD_CLASS : OTHER_CLASS;
}

/**
 * The words with a letter or a digit in them, words being what white space
 * separates. Counted in one pass: the layout asks it of every line several
 * times, and splitting and testing each word was a tenth of extraction.
 */
function wordCount(line: string): number {
  let count = 0;
  let inWord = false;
  let counted = false;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    let kind: number;
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < line.length) {
      const low = line.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        kind = classOf(line.slice(index, index + 2));
        index++;
      } else kind = OTHER_CLASS;
    } else {
      kind = charClasses[code]!;
      if (kind === 0) {
        kind = classOf(line[index]!);
        charClasses[code] = kind;
      }
    }
    if (kind === SPACE_CLASS) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (kind === WORD_CLASS && !counted) {
      count++;
      counted = true;
    }
  }
  return count;
}

/**
 * A caption is a short line that does not end a sentence, or that carries
 * a photo credit. Article paragraphs end with punctuation; the rare long
 * one that does not (a lead that lost its full stop) is still a paragraph.
 */
export function isCaptionLine(line: string): boolean {
  if (LIST_ITEM.test(line)) return false;
  // The cheap test first: the anchored credit pattern is slow on long lines.
  const mayHaveCredit = /(?:ảnh|photo)\s*:/iu.test(line);
  const credit = mayHaveCredit && PHOTO_CREDIT.test(line);
  const withoutCredit = (mayHaveCredit ? line.replace(PHOTO_CREDIT, '') : line).trim();
  if (wordCount(withoutCredit) > MAX_CAPTION_WORDS) return false;
  return credit || !TERMINAL_PUNCTUATION.test(withoutCredit);
}

const FOOTER_SEARCH_LINES = 15;

/** Index of the closing byline among the last lines, or -1. */
function findClosingByline(lines: readonly string[]): number {
  let passedSentence = false;
  for (let index = lines.length - 1; index >= Math.max(1, lines.length - FOOTER_SEARCH_LINES); index--) {
    const line = lines[index]!;
    const byline = parseByline(line);
    if (byline && (byline.labelled || !passedSentence)) return index;
    if (/^\(?theo\s/iu.test(line)) continue;
    // An unlabelled name only counts after the last full sentence of the
    // article; a labelled one ("Tin, ảnh: …") may sit above a comment form.
    if (wordCount(line) >= 15 && TERMINAL_PUNCTUATION.test(line)) passedSentence = true;
  }
  return -1;
}

/**
 * "Hữu Tâm" on the line next to the date line, under the title: a bare
 * name there is the byline, as on many WordPress themes.
 */
function nameBesideDateLine(lines: readonly string[], dateLineIndex: number): { line: string; author: string } | null {
  for (const index of [dateLineIndex - 1, dateLineIndex + 1]) {
    const line = lines[index];
    if (line === undefined || wordCount(line) > 5) continue;
    const byline = parseByline(line);
    if (byline?.author && !byline.labelled) return { line, author: byline.author };
  }
  return null;
}

/**
 * The page's date line. A site header may print today's date above the
 * menus ("Thứ Sáu, 12/04/2024"); the article's own date line is the last
 * one before the first paragraph of the article. With none there, the
 * first anywhere (some sites print it at the foot).
 */
function pickDateLine(lines: readonly string[], dated: readonly boolean[]): number {
  const firstParagraph = lines.findIndex((line) => wordCount(line) >= 25);
  let chosen = -1;
  for (const index of lines.keys()) {
    if (firstParagraph >= 0 && index > firstParagraph) break;
    if (dated[index]) chosen = index;
  }
  return chosen >= 0 ? chosen : dated.indexOf(true);
}

/** "Thời sự | Chính trị | Kinh tế | …": a menu, or a meta line, never a headline. */
function isMenuLine(line: string): boolean {
  return (line.match(/\s[|•·>»›]\s/gu) ?? []).length >= 2;
}

function isAllCapitals(line: string): boolean {
  return /\p{Lu}/u.test(line) && line === line.toUpperCase();
}

function titleLike(line: string | undefined): boolean {
  if (line === undefined || isMenuLine(line)) return false;
  const words = wordCount(line);
  return (
    words >= 4 &&
    words <= MAX_TITLE_WORDS &&
    line.length <= MAX_TITLE_CHARACTERS &&
    !/[.;:,]$/u.test(line) &&
    !parseByline(line)?.labelled
  );
}

/**
 * The headline sits next to the date line on nearly every news page,
 * just above it or just below it; the lines at the very top are as often
 * the site's name or a section ("Báo Phú Thọ điện tử", "Quốc phòng - An
 * ninh"). Of the two neighbours, the longer headline-like one wins.
 */
function titleBesideDateLine(lines: readonly string[], dateLineIndex: number): number {
  if (dateLineIndex < 0 || dateLineIndex > 8) return -1;
  // The nearest headline-like line above, and below; a menu or a section
  // name ("Chính trị") may stand between the date line and the headline.
  const near = (from: number, step: number) => {
    for (let index = from, seen = 0; index >= 0 && index < lines.length && seen < 3; index += step, seen++) {
      if (titleLike(lines[index])) return [index];
      if (!isMenuLine(lines[index]!) && wordCount(lines[index]!) > 3) return [];
    }
    return [];
  };
  const candidates = [...near(dateLineIndex - 1, -1), ...near(dateLineIndex, 1)];
  if (candidates.length === 0) return -1;
  // A banner in capitals ("BÁO ĐỒNG NAI ĐIỆN TỬ") gives way to a headline; else the longer wins.
  const rank = (index: number) => (isAllCapitals(lines[index]!) ? 0 : 1000) + wordCount(lines[index]!);
  return candidates.reduce((best, index) => (rank(index) > rank(best) ? index : best));
}

function pickTitle(lines: readonly string[], dateLineIndex: number): number {
  const besideDate = titleBesideDateLine(lines, dateLineIndex);
  if (besideDate >= 0) return besideDate;
  const firstLines = lines.slice(0, 3);
  const candidates = firstLines.flatMap((line, index) => {
    const words = wordCount(line);
    const fits = words <= MAX_TITLE_WORDS && line.length <= MAX_TITLE_CHARACTERS;
    return words >= 4 && fits && !isMenuLine(line) && !parseByline(line)?.labelled ? [index] : [];
  });
  // "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÌNH LIÊU": a banner in capitals gives way to a headline below it.
  const headline = candidates.find((index) => !isAllCapitals(lines[index]!)) ?? candidates[0];
  if (headline !== undefined) return headline;
  const first = lines[0];
  return first !== undefined &&
    wordCount(first) >= 1 &&
    wordCount(first) <= MAX_TITLE_WORDS &&
    first.length <= MAX_TITLE_CHARACTERS
    ? 0
    : -1;
}

export function readLayout(text: string): LayoutResult {
  const allLines = text.split('\n').filter((line) => line.trim().length > 0);
  if (allLines.length === 0) return { ok: false, reason: 'the file holds no text' };
  let lines = stripChrome(allLines);
  if (lines.length === 0) return { ok: false, reason: 'the file holds only site chrome (menus, share bars, comments)' };

  const dated = lines.map(isDateLine);
  const dateLineIndex = pickDateLine(lines, dated);
  const dateLine = dateLineIndex >= 0 ? lines[dateLineIndex]! : null;
  const besideDate = dateLine ? nameBesideDateLine(lines, dateLineIndex) : null;
  // Where the date line stood once every date line is taken out: a site
  // header's date above it ("Thứ Sáu, 12/04/2024") moves it up a line.
  const dateLinePosition = dateLineIndex - dated.slice(0, dateLineIndex).filter(Boolean).length;
  lines = lines.filter((_, index) => !dated[index]);

  const titleIndex = pickTitle(lines, dateLineIndex >= 0 ? dateLinePosition : -1);
  if (titleIndex < 0) {
    return {
      ok: false,
      reason: `no title line found: the first line is a paragraph of ${wordCount(lines[0] ?? '')} words (${(lines[0] ?? '').length} characters)`,
    };
  }
  const title = lines[titleIndex]!.replace(/\s+/g, ' ');
  let rest = lines.slice(titleIndex + 1);

  let author: string | null = null;
  let signed = false;
  for (let index = 0; index < Math.min(2, rest.length); index++) {
    const byline = parseByline(rest[index]!);
    // At the top, only a labelled byline or a name in capitals ("HOÀNG NGỌC")
    // is taken: a short line there is more often a caption or a sapo.
    const shouting = rest[index] === rest[index]!.toUpperCase() && /\p{Lu}/u.test(rest[index]!);
    if (byline && (byline.labelled || shouting || byline.credited)) {
      author = byline.author;
      signed = true;
      rest = rest.filter((_, position) => position !== index);
      break;
    }
  }
  if (!signed && dateLine) {
    // A byline printed in the date line, or a bare name just above or below it.
    const inDateLine = bylineSegment(dateLine);
    if (inDateLine) {
      author = inDateLine;
      signed = true;
    } else if (besideDate) {
      author = besideDate.author;
      signed = true;
      rest = rest.filter((line) => line !== besideDate.line);
    }
  }
  // The signature follows the last article paragraph; what comes after it
  // is the site's footer (share bars, comment forms, other articles).
  const closingIndex = findClosingByline(rest);
  if (closingIndex > 0) {
    if (!signed) author = parseByline(rest[closingIndex]!)!.author;
    rest = rest.slice(0, closingIndex);
  }

  let site: string | null = null;
  const blocks: Block[] = rest.map((line, index) => {
    // " - Trong 2 ngày 7 và 8-5, …": a lead that follows the site's dateline
    // dash, not the first item of a list.
    if (index === 0 && /^[-–—]\s/u.test(line) && wordCount(line) >= 25) {
      return { kind: 'paragraph', text: line.replace(/^[-–—]\s+/u, '') };
    }
    if (LIST_ITEM.test(line)) return { kind: 'listItem', text: line };
    if (isCaptionLine(line)) return { kind: 'caption', text: line };
    return { kind: 'paragraph', text: line };
  });
  const firstParagraph = blocks.find((block) => block.kind === 'paragraph');
  const dateline = firstParagraph ? DATELINE.exec(firstParagraph.text) : null;
  if (dateline) site = dateline[1]!.trim();

  return { ok: true, layout: { title, dateLine, author, site, blocks } };
}
