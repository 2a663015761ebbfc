/**
 * Site chrome: the parts of a scraped page that are not the article.
 * Comment boxes, share bars, view counters, "Tin khác" lists and section
 * breadcrumbs, as seen on provincial and district party sites.
 */
import { foldForSearch } from '../vietnamese/fold.ts';

/** Lines that are chrome wherever they stand (compared folded). */
const CHROME_LINES = [
  'y kien ban doc',
  'refresh',
  'tong luot binh luan',
  'tin khac',
  'thong bao',
  'tin lien quan',
  'bai viet lien quan',
  'cac tin khac',
  'tin cung chuyen muc',
  'xem them',
  'chia se',
  'share',
  'facebook',
  'zalo',
  'twitter',
  'in bai viet',
  'in bai',
  'ban in',
  'gui bai viet',
  'gui binh luan',
  'binh luan',
  'doc nhieu nhat',
  'tin moi nhat',
  'tin moi',
  'quay lai',
  've dau trang',
  'len dau trang',
  'tro ve',
  'dong',
  'gui',
  'lien ket website',
  'theo doi chung toi',
  'co chu',
  'a a a',
  'a- a a+',
  'nghe doc bai',
  'nghe bai viet',
  'lang nghe',
  'in trang',
  'email',
  'print',
  'tweet',
  'like',
];

const CHROME_PATTERNS = [
  /^(luot xem|luot doc|so lan xem|views?)\s*:?\s*[\d.,]+$/,
  /^(tu khoa|tags?|the)\s*:/,
  /^mot so hinh anh (tai|cua|ve)\b.*:?$/,
  /^hinh anh (tai )?(hoi nghi|buoi lam viec|dai hoi)\s*:?$/,
  /^(copyright|ban quyen)\b/,
  /^©/,
  /^(trang chu|home)\s*([>»/|›]|$)/,
  /^\d+\s*(binh luan|luot xem)$/,
  /^(chia se|share)\s*(bai viet)?\s*:?\s*(facebook|zalo|twitter|email|\s)*$/,
  /^(facebook|zalo|twitter|email|print|in)(\s*[|,·•]\s*(facebook|zalo|twitter|email|print|in))+$/,
];

/** Headings after which nothing belongs to the article. */
const TAIL_MARKERS = new Set([
  'y kien ban doc',
  'tong luot binh luan',
  'tin khac',
  'tin lien quan',
  'bai viet lien quan',
  'cac tin khac',
  'tin cung chuyen muc',
  'doc nhieu nhat',
  'other news',
  'related news',
  'cac tin da dua',
  'tin da dua',
  'bai cung chuyen muc',
  'co the ban quan tam',
  'tin doc nhieu',
  'bai lien quan',
  'cung chuyen muc',
  'tin cung chuyen muc',
  'xem tiep',
  // English WordPress themes.
  'related',
  'related posts',
  'leave a reply',
  'share this',
  'like this',
]);

/**
 * Section names that news sites print as breadcrumbs above or below the
 * title ("Đảng đoàn thể", "Hoạt động chính Đại hội Đảng các cấp Điểm báo").
 * A line made only of these is chrome.
 */
const SECTION_NAMES = [
  'hoat dong chinh',
  'hoat dong',
  'dai hoi dang cac cap',
  'diem bao',
  'dang doan the',
  'tin tuc su kien',
  'tin tuc',
  'su kien',
  'thoi su',
  'chinh tri',
  'xay dung dang',
  'tin hoat dong',
  'tin dia phuong',
  'tin tong hop',
  'tin trong tinh',
  'tin trong nuoc',
  'hoat dong cua lanh dao',
  'hoat dong cua dang bo',
  'hoat dong co so',
  'cong tac dang',
  'kinh te',
  'van hoa xa hoi',
  'quoc phong an ninh',
  'tieu diem',
  'noi bat',
  'trang chu',
  'tin noi bat',
  'tin anh',
  'phong su anh',
  'doan the',
  'dang uy',
  'dang bo',
  'tin',
  // Campaign rubrics printed above congress reports.
  'dai hoi dang bo cac cap',
  'tien toi dai hoi [ivxlc]+ cua dang',
  'tien toi dai hoi dang toan quoc lan thu [ivxlc]+',
  'chao mung dai hoi dang cac cap',
  'huong toi dai hoi [ivxlc]+ cua dang',
];

const SECTION_LINE = new RegExp(`^(?:(?:${[...SECTION_NAMES].sort((a, b) => b.length - a.length).join('|')})\\s*)+$`);

/** A line folded, with separators and symbols as spaces; from its folded form, made once. */
function cleanFolded(folded: string): string {
  return folded
    .replace(/[|>»›/•·–—-]+/g, ' ')
    .replace(/[^a-z0-9+:©., ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Words of share bars and footers ("Print Email Back Top", "Chia sẻ Bình
 * luận Lượt xem: 389", "Bản in Gửi bạn bè Về đầu trang"); a short line made
 * of nothing else is chrome.
 */
const CHROME_WORDS = new Set(
  (
    'print email e mail back top send share like tweet facebook zalo twitter google+ google copy link ' +
    'chia se binh luan luot xem doc ban in gui ban be ve dau trang quay lai len tren tro ve y kien ' +
    'sao chep lien ket file dinh kem ho va ten cua nghe doc bai viet tai tin tuc khac'
  ).split(' '),
);

function isMadeOfChromeWords(folded: string): boolean {
  const words = folded
    .replace(/\d+/g, ' ')
    .split(/[^a-z+]+/)
    .filter((word) => word.length > 0);
  return words.length > 0 && words.length <= 12 && words.every((word) => CHROME_WORDS.has(word));
}

/** Reader-comment forms and counters a scraper picks up from the footer. */
const FOOTER_START = /^(?:y kien ban doc|ban doc gui y kien|xin vui long|vui long|gui y kien|intnumview|ho va ten\s*:)/;

/** Chrome lines are short; an article paragraph is never one. */
const LONGEST_CHROME_LINE = 160;

export function isChromeLine(line: string): boolean {
  return isChrome(line, foldedForms(line));
}

interface FoldedForms {
  /** The line folded for search. */
  folded: string;
  /** The same with separators and symbols as spaces (see cleanFolded). */
  cleaned: string;
}

/** Empty for a line longer than any chrome: those are never folded. */
function foldedForms(line: string): FoldedForms {
  if (line.length > LONGEST_CHROME_LINE) return { folded: '', cleaned: '' };
  const folded = foldForSearch(line);
  return { folded, cleaned: cleanFolded(folded) };
}

function isChrome(line: string, { folded, cleaned }: FoldedForms): boolean {
  if (line.length > LONGEST_CHROME_LINE) return FOOTER_START.test(foldForSearch(line.slice(0, 40)).trim());
  if (cleaned.length === 0) return true;
  const bare = cleaned.replace(/[:.,]+$/, '').trim();
  if (CHROME_LINES.includes(bare)) return true;
  if (CHROME_PATTERNS.some((pattern) => pattern.test(bare))) return true;
  if (isMadeOfChromeWords(bare) || FOOTER_START.test(folded.trim())) return true;
  return SECTION_LINE.test(bare.replace(/[:.,]/g, ' ').replace(/\s+/g, ' ').trim());
}

export function isTailMarker(line: string): boolean {
  return isTail(line, foldedForms(line));
}

function isTail(line: string, { cleaned }: FoldedForms): boolean {
  if (line.length > LONGEST_CHROME_LINE) return false;
  return TAIL_MARKERS.has(cleaned.replace(/[:.,]+$/, '').trim());
}

/**
 * Drops chrome lines, and everything after a tail marker in the second
 * half of the page ("Tin khác" is followed by other articles' titles).
 */
export function stripChrome(lines: readonly string[]): string[] {
  const kept: string[] = [];
  for (const [index, line] of lines.entries()) {
    // Folded once for both tests: folding was most of their cost.
    const forms = foldedForms(line);
    if (isTail(line, forms) && index >= lines.length / 2) break;
    if (!isChrome(line, forms)) kept.push(line);
  }
  return kept;
}
