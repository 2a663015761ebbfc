/**
 * Dates: the publication date line of the page, and the meeting date in
 * the lead. Pure functions over normalised text.
 */
import { foldForSearch } from '../vietnamese/fold.ts';
import { parseByline } from './byline.ts';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface PublishedDate {
  date: string;
  time: string | null;
}

export interface MeetingDate {
  date: string;
  inferred: boolean;
}

const MIN_YEAR = 1930;
const MAX_YEAR = 2100;

export function isRealDate({ year, month, day }: CalendarDate): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parseIsoDate(iso: string): CalendarDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

const NUMERIC_DATE = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/;
const LONG_DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)\s*(\d{4})/iu;
const ISO_LIKE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
/** WordPress in Vietnamese: "25 Tháng Bảy, 2020". */
const MONTH_WORDS = ['một', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một', 'mười hai'];
const WORD_MONTH_DATE = new RegExp(
  `(?<!\\d)(\\d{1,2})\\s+tháng\\s+(${[...MONTH_WORDS].reverse().join('|')}|giêng|chạp)\\s*,?\\s*(\\d{4})(?!\\d)`,
  'iu',
);

/** English CMS themes: "March 12, 2024", "12 March 2024". */
const ENGLISH_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const ENGLISH_MONTH = `(?<![\\p{L}])(${ENGLISH_MONTHS.join('|')}|${ENGLISH_MONTHS.map((month) => month.slice(0, 3)).join('|')})(?![\\p{L}])\\.?`;
const ENGLISH_DATE = new RegExp(
  `${ENGLISH_MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)|(?<!\\d)(\\d{1,2})\\s+${ENGLISH_MONTH}\\s+(\\d{4})(?!\\d)`,
  'iu',
);

function englishMonth(word: string): number {
  return ENGLISH_MONTHS.findIndex((month) => month.startsWith(word.toLowerCase().slice(0, 3))) + 1;
}

function monthFromWord(word: string): number {
  const lower = word.toLowerCase();
  if (lower === 'giêng') return 1;
  if (lower === 'chạp') return 12;
  return MONTH_WORDS.indexOf(lower) + 1;
}
const TIME = /(?<!\d)([01]?\d|2[0-3])\s*[:h]\s*([0-5]\d)(?::[0-5]\d)?(?!\d)/;

/**
 * Words that may stand on a date line besides the date and time, folded.
 * Seen in the wild: "Thứ Sáu, ngày 5 tháng 3 năm 2021",
 * "Ngày đăng 02/06/2023 | 17:12 | Lượt xem: 545", "20:49 !! 13/02/2020",
 * "Cập nhật: 08-05-2020 | 13:40:46", "Thứ Bảy, 17/10/2020, 14:34 (GMT+7)",
 * "Publish date 03/03/2020 | 14:00", "Đăng lúc 10h20 ngày 5/3/2021".
 */
const DATE_LINE_WORDS = new Set(
  (
    'thu hai ba tu nam sau bay chu nhat cn ngay thang dang cap luc gio ' +
    'luot xem doc binh luan publish published date posted updated update on at gmt am pm ' +
    'sang chieu toi trua h phut thoi gian vao view views count xuat ban'
  ).split(' '),
);

/** Any full date (with its year) on a line, in the forms news sites print. */
function findFullDate(line: string): CalendarDate | null {
  const english = ENGLISH_DATE.exec(line);
  if (english) {
    return english[1]
      ? { day: Number(english[2]), month: englishMonth(english[1]), year: Number(english[3]) }
      : { day: Number(english[4]), month: englishMonth(english[5]!), year: Number(english[6]) };
  }
  const wordMonth = WORD_MONTH_DATE.exec(line);
  if (wordMonth) return { day: Number(wordMonth[1]), month: monthFromWord(wordMonth[2]!), year: Number(wordMonth[3]) };
  const long = LONG_DATE.exec(line);
  if (long) return { day: Number(long[1]), month: Number(long[2]), year: Number(long[3]) };
  const numeric = NUMERIC_DATE.exec(line);
  if (numeric) return { day: Number(numeric[1]), month: Number(numeric[2]), year: Number(numeric[3]) };
  const iso = ISO_LIKE.exec(line);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  return null;
}

/**
 * "Đăng lúc: 28/03/2024 09:02 | Người viết: Trần Thị Mai Hương | Lượt
 * xem: 96": some sites print the byline as a segment of the date line.
 */
export function bylineSegment(line: string): string | null {
  for (const segment of line.split('|')) {
    const byline = parseByline(segment);
    if (byline?.labelled && byline.author) return byline.author;
  }
  return null;
}

function withoutBylineSegments(line: string): string {
  return line
    .split('|')
    .filter((segment) => !parseByline(segment)?.labelled)
    .join('|');
}

/** The line with its full date (in any of the forms above) taken out. */
function withoutDates(line: string): string {
  return line
    .replace(ENGLISH_DATE, ' ')
    .replace(WORD_MONTH_DATE, ' ')
    .replace(LONG_DATE, ' ')
    .replace(NUMERIC_DATE, ' ')
    .replace(ISO_LIKE, ' ');
}

const TIMES = new RegExp(TIME.source, 'g');

/**
 * A date line holds a full date and nothing else but weekday names,
 * labels, a time and view counters. A sentence that merely contains a date
 * ("Ngày 13/02/2020, Thành ủy tổ chức…") is not one.
 */
export function isDateLine(line: string): boolean {
  if (line.length > 160 || !findFullDate(line)) return false;
  const leftover = foldForSearch(withoutDates(withoutBylineSegments(line)).replace(TIMES, ' '))
    .split(/[^a-z]+/)
    .filter((word) => word.length > 0);
  return leftover.every((word) => DATE_LINE_WORDS.has(word));
}

export interface DateLineResult {
  published: PublishedDate | null;
  warning: string | null;
}

/** Reads a date line; a date that does not exist (30/02) is reported, not guessed. */
export function parseDateLine(line: string): DateLineResult {
  const date = findFullDate(line);
  if (!date) return { published: null, warning: null };
  if (!isRealDate(date)) {
    return {
      published: null,
      warning: `the date line "${line}" names a day that does not exist`,
    };
  }
  const withoutDate = withoutDates(line);
  const time = TIME.exec(withoutDate);
  let hour = time ? Number(time[1]) : 0;
  // "03:32:10 PM", "6:30 chiều": afternoon and evening times on a 12-hour clock.
  const afternoon = time ? /^\s*(?:pm|chiều|tối)/iu.test(withoutDate.slice(time.index + time[0].length)) : false;
  if (afternoon && hour < 12) hour += 12;
  if (time && /^\s*am/i.test(withoutDate.slice(time.index + time[0].length)) && hour === 12) hour = 0;
  return {
    published: {
      date: toIsoDate(date),
      time: time ? `${String(hour).padStart(2, '0')}:${time[2]}` : null,
    },
    warning: null,
  };
}

/**
 * The meeting date opens the lead: "Ngày 8/1,", "Sáng ngày 21/8,",
 * "Chiều 02/6/2023,", "Sáng 24-3,", "chiều 28.9,", "Sáng nay 18/12,",
 * "chiều nay (5/8),", "Sáng thứ Ba (24/3)", "Ngày 5 tháng 3 năm 2021".
 * A date deep in a sentence ("Hướng dẫn số 12 ngày 06/7/2018") is a
 * document reference, so "ngày" only counts at the start of a sentence;
 * a time of day ("sáng", "chiều") marks a meeting date anywhere.
 */
const TIME_OF_DAY = '(?:sáng|chiều|trưa|tối|đêm)';
const WEEKDAY = '(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật)';
const DAY_MONTH = '(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?(?![\\d%])';
const LONG_DAY_MONTH = '(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:năm|,)\\s*(\\d{4}))?';
const MEETING_DATE_PATTERNS = [
  new RegExp(
    `${TIME_OF_DAY}(?:\\s+(?:nay|qua|hôm\\s+qua))?(?:\\s*,?\\s*${WEEKDAY})?(?:\\s+ngày)?\\s*[(,]?\\s*${DAY_MONTH}`,
    'iu',
  ),
  new RegExp(
    `(?:^|[.;:!?]\\s+|[-–—)]\\s*)(?:vào\\s+|trong\\s+)?(?:hôm\\s+nay|ngày|hôm|${WEEKDAY})(?:\\s+nay)?(?:\\s*,?\\s*ngày)?\\s*[(,]?\\s*${DAY_MONTH}`,
    'iu',
  ),
  new RegExp(`(?:^|[.;:!?]\\s+|[-–—)]\\s*|${TIME_OF_DAY}\\s+)(?:vào\\s+)?ngày\\s+${LONG_DAY_MONTH}`, 'iu'),
  // "vào lúc 14 giờ ngày 27/3/2024", "lúc 8h30 ngày 5-7".
  new RegExp(
    `lúc\\s+\\d{1,2}\\s*(?:giờ|h)(?:\\s*\\d{1,2}(?:\\s*phút)?)?(?:\\s+${TIME_OF_DAY})?\\s*,?\\s+(?:${WEEKDAY}\\s*,?\\s*)?ngày\\s+${DAY_MONTH}`,
    'iu',
  ),
  // "Trong 2 ngày 24 và 25/7", "Ngày 24-25/3", "Từ ngày 17 đến 19/12": the meeting opened on the first day.
  new RegExp(
    `(?:^|[.;:!?]\\s+|[-–—)]\\s*)(?:trong\\s+(?:\\d+|hai|ba)\\s+|từ\\s+)?ngày\\s+(\\d{1,2})(?:\\s*(?:và|,|-|–|đến)\\s*(?:ngày\\s+)?\\d{1,2})+\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?(?![\\d%])`,
    'iu',
  ),
];

export interface RawMeetingDate {
  day: number;
  month: number;
  year: number | null;
}

/** The first meeting-date expression in the given lead paragraphs. */
export function findMeetingDate(leadParagraphs: readonly string[]): RawMeetingDate | null {
  for (const paragraph of leadParagraphs) {
    let best: { index: number; value: RawMeetingDate } | null = null;
    for (const pattern of MEETING_DATE_PATTERNS) {
      const match = pattern.exec(paragraph);
      if (!match) continue;
      const value = {
        day: Number(match[1]),
        month: Number(match[2]),
        year: match[3] ? Number(match[3]) : null,
      };
      if (value.month < 1 || value.month > 12 || value.day < 1 || value.day > 31) continue;
      if (!best || match.index < best.index) best = { index: match.index, value };
    }
    if (best) return best.value;
  }
  return null;
}

/**
 * Years the text names ("năm 2020", "6 tháng đầu năm 2023", "tháng 12/2024"), most named
 * first, the later year first on a tie.
 */
export function namedYears(text: string): number[] {
  const counts = new Map<number, number>();
  for (const match of text.matchAll(/(?:năm\s+|tháng\s+\d{1,2}\s*[/-]\s*|quý\s+[IV1-4]+\s*[/-]\s*)(\d{4})(?!\d)/giu)) {
    const year = Number(match[1]);
    if (year >= MIN_YEAR && year <= MAX_YEAR) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([year]) => year);
}

export interface MeetingDateContext {
  published: string | null;
  /** Years named by the text, best first (see namedYears). */
  namedYears: readonly number[];
  /** The first year of the term the report names, a last resort. */
  termStart: number | null;
}

export type MeetingDateResult = { ok: true; value: MeetingDate } | { ok: false; warning: string };

/**
 * Completes a day and month into a date. A missing year is inferred: the
 * latest such day not after publication; failing that, the year the text
 * names most; failing that, the first year of the term it names. With no
 * basis the date stays unknown: a wrong year is worse than none.
 */
export function resolveMeetingDate(raw: RawMeetingDate, context: MeetingDateContext): MeetingDateResult {
  const describe = `${raw.day}/${raw.month}${raw.year ? `/${raw.year}` : ''}`;
  if (raw.year !== null) {
    const date = { year: raw.year, month: raw.month, day: raw.day };
    if (!isRealDate(date)) return { ok: false, warning: `the meeting date ${describe} does not exist` };
    return { ok: true, value: { date: toIsoDate(date), inferred: false } };
  }
  if (context.published) {
    const published = parseIsoDate(context.published);
    for (const year of [published.year, published.year - 1]) {
      const date = { year, month: raw.month, day: raw.day };
      if (isRealDate(date) && toIsoDate(date) <= context.published) {
        return { ok: true, value: { date: toIsoDate(date), inferred: true } };
      }
    }
  }
  for (const year of [...context.namedYears, ...(context.termStart ? [context.termStart] : [])]) {
    const date = { year, month: raw.month, day: raw.day };
    if (isRealDate(date)) return { ok: true, value: { date: toIsoDate(date), inferred: true } };
  }
  return { ok: false, warning: `the meeting date ${describe} has no year and the text gives no basis for one` };
}
