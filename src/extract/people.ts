/**
 * People: every named person with the role written beside them, and the
 * chair of the meeting. Three phrasings cover most reports:
 *   honorific, name, separator, role   "đồng chí Lâm Đình Thắng, Bí thư Quận ủy"
 *   role, name                          "Bí thư Quận ủy Quận 4 Thái Thị Bích Liên"
 *   name, separator, role (in lists)    "Trần Văn Bảy, Phó Bí thư"
 */
import type { Person } from '../report/schema.ts';
import { FAMILY_NAMES, isCapitalisedWord, nameStartInRun, personKey, remembered } from './names.ts';

/** Titles that open a role, in their canonical spelling. Longest first. */
const ROLE_TITLES = [
  'Phó Trưởng ban Thường trực',
  'Phó Bí thư Thường trực',
  'Phó Chánh Văn phòng',
  'Phó Chỉ huy trưởng',
  'Phó Chủ tịch Thường trực',
  'Đại biểu Quốc hội',
  'Phó Trưởng Công an',
  'Phó Tổng Giám đốc',
  'Phó Giám đốc',
  'Phó Trưởng ban',
  'Phó Bí thư',
  'Phó Chủ tịch',
  'Phó Chủ nhiệm',
  'Phó Chính ủy',
  'Phó Tư lệnh',
  'Phó Thủ tướng',
  'Phó Vụ trưởng',
  'Phó Cục trưởng',
  'Phó Trưởng đoàn',
  'Phó Trưởng phòng',
  'Phó Viện trưởng',
  'Phó Chánh án',
  'Phó Hiệu trưởng',
  'Tổng Bí thư',
  'Tổng Giám đốc',
  'Chánh Văn phòng',
  'Chỉ huy trưởng',
  'Trưởng Công an',
  'Chủ tịch nước',
  'Tỉnh ủy viên',
  'Thành ủy viên',
  'Quận ủy viên',
  'Huyện ủy viên',
  'Thị ủy viên',
  'Đảng ủy viên',
  'Trưởng ban',
  'Trưởng đoàn',
  'Trưởng phòng',
  'Bí thư',
  'Chủ tịch',
  'Chủ nhiệm',
  'Chính ủy',
  'Tư lệnh',
  'Thủ tướng',
  'Bộ trưởng',
  'Thứ trưởng',
  'Vụ trưởng',
  'Cục trưởng',
  'Viện trưởng',
  'Chánh án',
  'Hiệu trưởng',
  'Giám đốc',
  'Tổ trưởng',
  'Ủy viên',
  'Đại tướng',
  'Thượng tướng',
  'Trung tướng',
  'Thiếu tướng',
  'Đại tá',
  'Thượng tá',
  'Trung tá',
  'Thiếu tá',
];

const ROLE_TITLE_AT = new RegExp(
  `(?:${ROLE_TITLES.map((title) => title.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{M}])`,
  'iuy',
);

/**
 * Lower-cases what a source over-capitalised in a title ("Bí Thư Thành
 * ủy" -> "Bí thư Thành ủy") and otherwise keeps the role as written.
 */
const ANY_ROLE_TITLE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${ROLE_TITLES.join('|')})(?![\\p{L}\\p{M}])`, 'giu');
const TITLE_BY_KEY = new Map(ROLE_TITLES.map((title) => [title.toLowerCase(), title]));

export const canonicalRole = remembered((role) => {
  const result = role
    .trim()
    .replace(/\s+/g, ' ')
    .replace(ANY_ROLE_TITLE, (found) => {
      const title = TITLE_BY_KEY.get(found.toLowerCase()) ?? found;
      return [...found]
        .map((char, index) => {
          const wanted = title[index] ?? char;
          return wanted === wanted.toLowerCase() ? char.toLowerCase() : char;
        })
        .join('');
    });
  return result.replace(/[\s,;:–—-]+$/u, '');
});

/** Whether a role title starts at `position` (sticky match: no slicing of long texts). */
function roleTitleAt(text: string, position: number): boolean {
  ROLE_TITLE_AT.lastIndex = position;
  return ROLE_TITLE_AT.test(text);
}

class Token {
  private lowered: string | undefined;

  readonly text: string;
  readonly start: number;
  readonly end: number;

  constructor(text: string, start: number, end: number) {
    this.text = text;
    this.start = start;
    this.end = end;
  }

  /** Lower-cased on demand: few tokens are ever compared lower-cased, and every report has thousands. */
  get lower(): string {
    this.lowered ??= this.text.toLowerCase();
    return this.lowered;
  }
}

const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CHAR = 1;
const WORD_CHAR_CLASS = 2;
const OTHER_CHAR = 3;
/** The class of each character of the Basic Multilingual Plane, filled in as characters are met. */
const charClasses = new Uint8Array(0x10000);

function classOf(char: string): number {
  return SPACE.test(char) ? SPACE_CHAR : WORD_CHAR.test(char) ? WORD_CHAR_CLASS : OTHER_CHAR;
}

/**
 * The class of the character at `index`, plus 4 when it is a surrogate
 * pair (two code units). One number rather than an object: this runs for
 * every character of every report.
 */
function charAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return classOf(text.slice(index, index + 2)) + PAIR;
  }
  let kind = charClasses[code]!;
  if (kind === 0) {
    kind = classOf(text[index]!);
    charClasses[code] = kind;
  }
  return kind;
}

const PAIR = 4;

/** Where a run of word characters that starts at `index` ends. */
function wordEnd(text: string, index: number): number {
  let end = index;
  while (end < text.length) {
    const found = charAt(text, end);
    if ((found & 3) !== WORD_CHAR_CLASS) break;
    end += found & PAIR ? 2 : 1;
  }
  return end;
}

/**
 * Words ("TP.HCM" and "12/2024" are one), and each other character that is
 * not a space. Scanned by hand: the same split by a Unicode regex was the
 * largest single cost of extraction.
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const found = charAt(text, index);
    const kind = found & 3;
    const width = found & PAIR ? 2 : 1;
    if (kind === SPACE_CHAR) {
      index += width;
      continue;
    }
    const start = index;
    if (kind === OTHER_CHAR) index += width;
    else {
      index = wordEnd(text, index);
      while (
        (text[index] === '.' || text[index] === '/') &&
        index + 1 < text.length &&
        (charAt(text, index + 1) & 3) === WORD_CHAR_CLASS
      ) {
        index = wordEnd(text, index + 1);
      }
    }
    tokens.push(new Token(text.slice(start, index), start, index));
  }
  return tokens;
}

/** Words after which the role is over: the sentence goes on with a verb. */
const ROLE_TERMINATORS = [
  'chủ trì',
  'đồng chủ trì',
  'làm trưởng đoàn',
  'làm việc',
  'làm',
  'phát biểu',
  'kết luận',
  'đã',
  'cho biết',
  'nhấn mạnh',
  'đề nghị',
  'yêu cầu',
  'chỉ đạo',
  'dự',
  'tham dự',
  'cùng',
  'trao',
  'tặng',
  'báo cáo',
  'khẳng định',
  'ghi nhận',
  'đánh giá',
  'chúc mừng',
  'thông tin',
  'trình bày',
  'điều hành',
  'được',
  'là',
  'về',
  'tại',
  'với',
  'nêu',
  'quán triệt',
  'biểu dương',
  'lưu ý',
  'giải trình',
  'tiếp thu',
  'tới',
  'đến',
  'và',
  'đang',
  'sẽ',
  'thay mặt',
  'dẫn đầu',
  'phụ trách',
  'chỉ rõ',
  'gợi mở',
  'đọc',
  'kêu gọi',
  'mong muốn',
  'cho rằng',
  'nói',
  'thăm',
  'kiểm tra',
  'khảo sát',
  'giám sát',
  'chúc',
  'động viên',
  'gửi',
  'giao',
  'trả lời',
  'cũng',
  'vừa',
  'bày tỏ',
  'chia sẻ',
  'phân tích',
  'thông báo',
  'công bố',
  'trao đổi',
].map((phrase) => phrase.split(' '));

const TERMINATORS_BY_FIRST_WORD = new Map<string, string[][]>();
for (const phrase of ROLE_TERMINATORS) {
  const list = TERMINATORS_BY_FIRST_WORD.get(phrase[0]!) ?? [];
  list.push(phrase);
  TERMINATORS_BY_FIRST_WORD.set(phrase[0]!, list);
}

function terminatorAt(tokens: Token[], index: number): boolean {
  const phrases = TERMINATORS_BY_FIRST_WORD.get(tokens[index]!.lower);
  return (
    phrases !== undefined &&
    phrases.some((phrase) => phrase.every((word, offset) => tokens[index + offset]?.lower === word))
  );
}

const MILITARY_RANK = /^(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)$/iu;

const HONORIFICS = new Set(['đồng chí', 'đ/c', 'ông', 'bà', 'các đồng chí']);
const SEPARATORS = new Set([',', '-', '–', '—', '(']);

/**
 * Capitalised words that begin with a family name but name a place or a
 * thing, not a person ("Thành ủy Hà Nội", "Tư tưởng Hồ Chí Minh").
 */
const NOT_PEOPLE = new Set(
  [
    'Hà Nội',
    'Hà Giang',
    'Hà Nam',
    'Hà Tĩnh',
    'Hà Đông',
    'Hà Tiên',
    'Cao Bằng',
    'Cao Lãnh',
    'Lâm Đồng',
    'Lâm Hà',
    'Đồng Nai',
    'Đồng Tháp',
    'Đồng Hới',
    'Đồng Xoài',
    'Đồng Hỷ',
    'Thái Bình',
    'Thái Nguyên',
    'Hồ Chí Minh',
    'Lê Chân',
    'Ngô Quyền',
    'Hoàng Mai',
    'Hoàng Sa',
    'Lý Sơn',
    'Phan Thiết',
    'Phan Rang',
    'Mai Sơn',
    'Lục Nam',
    'Lục Ngạn',
    'Hồ Tây',
    'Tô Lịch',
    'Sơn La',
    'Sơn Tây',
    'Sơn Trà',
    'Sơn Hà',
    'Sơn Tịnh',
    'Sơn Động',
    'Sơn Dương',
    'Sơn Hòa',
    'Thạch Thất',
    'Thạch Hà',
    'Thạch An',
    'Kim Bảng',
    'Kim Sơn',
    'Kim Động',
  ].map(personKey),
);

export interface PersonMention extends Person {
  /** Offsets of the whole mention in the text it was found in. */
  start: number;
  end: number;
}

interface NameSpan {
  first: number;
  last: number;
}

/** Maximal runs of capitalised word tokens, as [first, last] token indexes. */
function capitalisedRuns(tokens: Token[]): NameSpan[] {
  const runs: NameSpan[] = [];
  let first = -1;
  tokens.forEach((token, index) => {
    const capitalised = isCapitalisedWord(token.text);
    if (capitalised && first < 0) first = index;
    if (!capitalised && first >= 0) {
      runs.push({ first, last: index - 1 });
      first = -1;
    }
  });
  if (first >= 0) runs.push({ first, last: tokens.length - 1 });
  return runs;
}

function spanText(text: string, tokens: Token[], first: number, last: number): string {
  return text.slice(tokens[first]!.start, tokens[last]!.end);
}

/** The role written after a name, up to the verb or clause that ends it. */
function roleAfter(text: string, tokens: Token[], from: number): { role: string; last: number } | null {
  if (from >= tokens.length || !roleTitleAt(text, tokens[from]!.start)) return null;
  let last = from - 1;
  let index = from;
  let words = 0;
  while (index < tokens.length && words < 30) {
    const token = tokens[index]!;
    const lower = token.lower;
    if (token.text === ';' || token.text === ')' || token.text === ':' || token.text === '.') break;
    if (token.text === ',') {
      // A role goes on over a comma only into another capitalised part:
      // "Tỉnh ủy viên, Bí thư Thành ủy, Chủ tịch UBND thành phố".
      const next = tokens[index + 1];
      if (!next || !/^[\p{Lu}\p{N}]/u.test(next.text) || FAMILY_NAMES.has(next.text)) break;
      if (next.text === 'Đồng' || next.text === 'Đ/c') break;
      index++;
      continue;
    }
    if (words > 0 && terminatorAt(tokens, index)) {
      // "Ban Tuyên giáo và Dân vận", "Sở Kế hoạch và Đầu tư": a capitalised
      // word after "và" keeps the role going.
      const next = tokens[index + 1]?.text ?? '';
      if (!(lower === 'và' && isCapitalisedWord(next) && !FAMILY_NAMES.has(next))) break;
    }
    if (words > 0 && FAMILY_NAMES.has(token.text) && isCapitalisedWord(tokens[index + 1]?.text ?? '')) {
      // The next person of a list starts here.
      if (tokens[index - 1]?.text === ',' || tokens[index - 1]?.text === 'và') break;
    }
    last = index;
    words++;
    index++;
  }
  if (last < from) return null;
  return { role: canonicalRole(spanText(text, tokens, from, last)), last };
}

function isHonorificBefore(tokens: Token[], index: number): boolean {
  const one = tokens[index - 1]?.lower;
  const two = `${tokens[index - 2]?.lower} ${one}`;
  return (one !== undefined && HONORIFICS.has(one)) || HONORIFICS.has(two);
}

/** Finds where a role written before a name starts, looking back from the name. */
function roleBefore(text: string, tokens: Token[], nameFirst: number): { role: string; first: number } | null {
  for (let back = nameFirst - 1; back >= 0 && nameFirst - back <= 14; back--) {
    const token = tokens[back]!;
    if ([';', '.', ':', ')', '('].includes(token.text)) return null;
    if (token.text === ',' && !roleTitleAt(text, tokens[back + 1]!.start)) return null;
    if (roleTitleAt(text, token.start)) {
      // Take the longest role: keep looking back over "Tỉnh ủy viên, ".
      let first = back;
      for (let earlier = back - 1; earlier >= 0 && nameFirst - earlier <= 14; earlier--) {
        const earlierToken = tokens[earlier]!;
        if ([';', '.', ':', ')', '('].includes(earlierToken.text)) break;
        if (earlierToken.text === ',' && !roleTitleAt(text, tokens[earlier + 1]!.start)) break;
        if (roleTitleAt(text, earlierToken.start)) first = earlier;
      }
      return { role: canonicalRole(text.slice(tokens[first]!.start, tokens[nameFirst - 1]!.end)), first };
    }
  }
  return null;
}

/** Every person named with a role in one paragraph, in order. */
const PLACE_WORD_BEFORE = /^(?:xã|phường|huyện|quận|tỉnh|trấn|thôn|ấp|bản|buôn|xóm|phố|làng|sóc)$/u;

export function findPersonMentions(text: string): PersonMention[] {
  const tokens = tokenize(text);
  const mentions: PersonMention[] = [];
  for (const run of capitalisedRuns(tokens)) {
    const words = tokens.slice(run.first, run.last + 1).map((token) => token.text);
    const offset = nameStartInRun(words);
    if (offset < 0) continue;
    const nameFirst = run.first + offset;
    const nameLast = run.last;
    if (nameLast - nameFirst + 1 < 2 || nameLast - nameFirst + 1 > 4) continue;
    const name = spanText(text, tokens, nameFirst, nameLast);
    if (NOT_PEOPLE.has(personKey(name))) continue;
    // "xã Quảng Tâm", "Đảng ủy xã Lục Hồn": a two-syllable place that starts with a family
    // name ("tỉnh Nguyễn Thị Thu Trang" is a role, then a person).
    const twoSyllables = nameLast === nameFirst + 1;
    if (offset === 0 && twoSyllables && PLACE_WORD_BEFORE.test(tokens[nameFirst - 1]?.lower ?? '')) continue;
    const honorific = isHonorificBefore(tokens, nameFirst);

    const before = offset > 0 || !honorific ? roleBefore(text, tokens, nameFirst) : null;
    const separator = tokens[nameLast + 1];
    const after = separator && SEPARATORS.has(separator.text) ? roleAfter(text, tokens, nameLast + 2) : null;
    // "Đại tá Danh Sơn Hải, Bí thư Đảng ủy, Chính ủy": the rank before the
    // name says less than the office after it.
    if (before && after && MILITARY_RANK.test(before.role)) {
      mentions.push({ name, role: after.role, start: tokens[before.first]!.start, end: tokens[after.last]!.end });
      continue;
    }
    if (before) {
      mentions.push({ name, role: before.role, start: tokens[before.first]!.start, end: tokens[nameLast]!.end });
      continue;
    }
    if (after) {
      mentions.push({ name, role: after.role, start: tokens[nameFirst]!.start, end: tokens[after.last]!.end });
      continue;
    }
    if (honorific && nameLast - nameFirst + 1 >= 2) {
      mentions.push({ name, role: '', start: tokens[nameFirst]!.start, end: tokens[nameLast]!.end });
    }
  }
  return mentions;
}

/** Everyone named with a role, once each, in order of first mention. */
export function collectParticipants(paragraphs: readonly string[]): Person[] {
  const byKey = new Map<string, Person>();
  for (const paragraph of paragraphs) {
    for (const mention of findPersonMentions(paragraph)) {
      const key = personKey(mention.name);
      const known = byKey.get(key);
      if (!known) byKey.set(key, { name: mention.name, role: mention.role });
      else if (!known.role && mention.role) known.role = mention.role;
    }
  }
  return [...byKey.values()].filter((person) => person.role !== '');
}

/**
 * What marks the chair, strongest first: who presided, who led a
 * visiting delegation, who gave the concluding speech, who directed.
 */
const CHAIR_ANCHORS = [
  /(?<!đồng\s)chủ\s+trì(?!,\s*phối)/iu,
  /đồng\s+chủ\s+trì/iu,
  /trưởng\s+đoàn|dẫn\s+đầu/iu,
  /kết\s+luận/iu,
  /chỉ\s+đạo\s+(?:hội\s+nghị|buổi)|phát\s+biểu\s+chỉ\s+đạo|dự\s+và\s+chỉ\s+đạo/iu,
];

/** The chair: the person named next to the strongest anchor in the text. */
export function findChair(
  paragraphs: readonly string[],
  participants: readonly Person[] = collectParticipants(paragraphs),
): Person | null {
  // "Đồng chí Quảng Đại Hùng phát biểu chỉ đạo": the role was given where the
  // person was first named, often sentences before.
  const knownRoles = new Map(participants.map((person) => [personKey(person.name), person.role]));
  // Each anchor goes over the same sentences: they are split, and their people found, once.
  const sentencesOf = paragraphs.map((paragraph) => paragraph.split(/(?<=[.!?])\s+(?=[\p{Lu}])/u));
  const mentionsOf = new Map<string, PersonMention[]>();
  for (const anchor of CHAIR_ANCHORS) {
    for (const sentences of sentencesOf) {
      for (const sentence of sentences) {
        const match = anchor.exec(sentence);
        if (!match) continue;
        let found = mentionsOf.get(sentence);
        if (!found) {
          found = findPersonMentions(sentence);
          mentionsOf.set(sentence, found);
        }
        const mentions = found
          .map((mention) => ({ ...mention, role: mention.role || (knownRoles.get(personKey(mention.name)) ?? '') }))
          .filter((mention) => mention.role !== '');
        if (mentions.length === 0) continue;
        const before = mentions.filter((mention) => mention.end <= match.index);
        const chosen = before[0] ?? mentions.find((mention) => mention.start >= match.index);
        if (chosen) return { name: chosen.name, role: chosen.role };
      }
    }
  }
  return null;
}
