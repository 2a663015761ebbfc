/**
 * The author: a byline or signature line. Seen in the wild: "Mỹ Duyên",
 * "Tin, ảnh: Cao Khánh", "Thực hiện: Hoàng Anh - Minh Thư", "PV",
 * "NGỌC THẮM", "Bài và ảnh: Lê Hà (CTV)".
 */

import { remembered } from './names.ts';

const BYLINE_PREFIX =
  /^(?:tin,?\s*(?:và\s+)?ảnh|bài,?\s*(?:và\s+)?ảnh|tin\s+và\s+ảnh|bài\s+và\s+ảnh|thực\s+hiện|tác\s+giả|người\s+viết|nhóm\s+(?:phóng\s+viên|pv)|bài|tin|ảnh|video|nguồn\s+tin)\s*:\s*/iu;

const NAME_WORD = /^(?:[\p{Lu}][\p{Ll}\p{M}]*(?:['’][\p{Lu}][\p{Ll}\p{M}]*)?|[\p{Lu}\p{M}]{2,}|[\p{Lu}][\p{Ll}]*\.)$/u;
const JOINERS = new Set(['-', '–', '—', ',', '&', 'và', '/']);
/** Agency and role abbreviations that stand for a byline on their own. */
const ABBREVIATED_BYLINES = /^(?:PV|CTV|BTV|NHÓM PV|PV\s*-\s*CTV|Nhóm PV)$/u;

/** "Quàng Hoa - Thành ủy Điện Biên Phủ": the writer, then the office they write for. */
const OFFICE_AFTER_NAME =
  /\s+[-–—]\s+(?:(?:Tỉnh|Thành|Quận|Huyện|Thị|Đảng)\s+ủy|Ban|Văn\s+phòng|Trung\s+tâm|Báo|Đài|Cổng|Phòng|Ủy\s+ban|UBND|Tạp\s+chí)(?![\p{L}]).*$/u;

const ORGANISATION_WORD =
  /(?<![\p{L}])(?:trường\s+(?:thpt|thcs|th|tiểu\s+học|mầm\s+non|đại\s+học|cao\s+đẳng|trung\s+cấp)|bệnh\s+viện|(?:cổng|trang)\s+thông\s+tin|thông\s+tin\s+điện\s+tử|văn\s+phòng|ban\s+(?:biên\s+tập|tuyên\s+giáo|tổ\s+chức|dân\s+vận|thường\s+vụ)|báo\s+\p{L}+|đài\s+(?:phát|truyền)|trung\s+tâm|ủy\s+ban|ubnd|công\s+ty|tạp\s+chí|thành\s+phố|tỉnh|huyện|quận|phường|xã|thị\s+xã|thị\s+trấn)(?![\p{L}])/iu;

export interface Byline {
  /** Null for a signature that names no one, such as "PV". */
  author: string | null;
  /** True when the line carried a label such as "Tin, ảnh:". */
  labelled: boolean;
  /** True when a source or office followed the name: "Quang Hưng (Trung tâm VH-TT huyện)". */
  credited?: boolean;
}

/** "THANH TÂM" -> "Thanh Tâm": some sites print signatures in capitals. */
function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s\-–—,&/])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * Reads a line as a byline, or returns null when it is anything else. The layout asks
 * it of the same lines several times; the answer is shared, so it must not be changed.
 */
export function parseByline(line: string): Byline | null {
  // Only short lines are kept: a long one is settled at once, and paragraphs would fill the memory.
  return line.length > 200 ? readByline(line) : rememberedByline(line);
}

const rememberedByline = remembered(readByline);

function readByline(line: string): Byline | null {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 80) return null;
  // "Theo Báo Kiên Giang" credits a source, not an author.
  if (/^\(?theo\s/iu.test(trimmed)) return null;
  const prefix = BYLINE_PREFIX.exec(trimmed);
  const office = OFFICE_AFTER_NAME.exec(trimmed);
  const credited = office !== null || /\S\s*\([^)]{2,}\)\s*$/u.test(trimmed);
  const rest = (prefix ? trimmed.slice(prefix[0].length) : trimmed)
    .replace(OFFICE_AFTER_NAME, '')
    // "Bài: Văn Chiến - Ảnh: Hữu Lâm": the writer, not the photographer.
    .replace(/\s*[-–—|,]\s*ảnh\s*:.*$/iu, '')
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .replace(/[.;]+$/u, '')
    .trim();
  if (rest.length === 0) return null;
  // "PV" (reporter) and the like sign the page but name no one.
  if (ABBREVIATED_BYLINES.test(rest)) return { author: null, labelled: prefix !== null };
  const parts = rest.split(/\s+|(?=[,&/])|(?<=[,&/])/u).filter((part) => part.trim().length > 0);
  const nameWords = parts.filter((part) => !JOINERS.has(part));
  if (nameWords.length === 0 || nameWords.length > 10) return null;
  if (!nameWords.every((word) => NAME_WORD.test(word))) return null;
  if (!prefix && nameWords.length < 2) return null;
  // "TRƯỜNG THPT PHAN ĐÌNH PHÙNG", "Cổng thông tin điện tử xã Ea Tu", an address in
  // the footer ("Thành phố Buôn Ma Thuột - Tỉnh Đắk Lắk"): an office or a place, not a person.
  // Labelled, it is the page's signature (with no author); bare, it is no byline at all.
  if (ORGANISATION_WORD.test(rest)) return prefix ? { author: null, labelled: true } : null;
  // "A   A": a font-size widget, not a name; one-letter words ("Y Thim") only stand beside longer ones.
  if (nameWords.every((word) => word.length === 1)) return null;
  const author = rest.replace(/\s*([,&])\s*/gu, '$1 ').replace(/\s+/g, ' ');
  return {
    author: author === author.toUpperCase() ? titleCase(author) : author,
    labelled: prefix !== null,
    ...(credited ? { credited } : {}),
  };
}
