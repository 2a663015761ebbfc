/**
 * Recognising Vietnamese personal names inside running text.
 *
 * A name is two to four capitalised syllables that start with a family
 * name. Roles and places are capitalised too ("Bí thư Quận ủy Quận 4 Thái
 * Thị Bích Liên", "Huyện ủy huyện Nhà Bè Phạm Minh Huấn"), so the family
 * name is what tells where the name begins.
 */

/** Common Vietnamese family names (họ), modern tone placement. */
export const FAMILY_NAMES = new Set(
  (
    'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lâm Thái Đoàn Đào ' +
    'Trịnh Trương Đinh Mai Lưu Cao Hà Tạ Châu Chu Quách Tô Tôn Thân Triệu Vương Kiều ' +
    'Mạc Khúc Phùng Từ Giang Hứa Lại Nông Lò Lục Đàm Tăng Hầu Bạch Diệp Doãn Đồng Khổng Kim Lã ' +
    'Lạc Lương Mã Nghiêm Ninh Ông Quan Sầm Thạch Tống Trầm Vi Viên Yên La Cù Âu Giáp Hàn Khương ' +
    'Thiều Tiêu Trình Ung Bế Bàn Sùng Thào Vàng Đường Lữ Cầm Điểu ' +
    // Khmer, Ê Đê, Jrai and other minority names ("Danh Sơn Hải", "Y Phước Mlô", "Ksor Phước").
    'Danh Thạch Chau Sơn Y Ksor Siu Rơ Nay Rah Kpă Ma Đinh ' +
    // Hmông and Thái family names of the northern mountains ("Vừ A Sang", "Lường Thị Xuân").
    'Vừ Giàng Mùa Lù Lường Cà Quàng Tòng Vì Hạng Lầu Chẩu Tráng Hờ Cứ Mua Sình Chảo Phàn Tẩn Lò ' +
    // Tày and Nùng ("Lành Văn Khiêm"), Chăm ("Quảng Đại Hùng", "Chế Linh"), and the
    // Bahnar and Jrai "A" that opens a man's name ("A Pớt").
    'Lành Hoàng Nông Quảng Chế Đàng Thập Bá A'
  ).split(' '),
);

// "M'gar", "H'Hen": Central Highlands names keep an apostrophe inside the word.
const CAPITALISED = /^[\p{Lu}][\p{Ll}\p{M}]*(?:['’][\p{L}][\p{Ll}\p{M}]*)?$/u;

export function isCapitalisedWord(word: string): boolean {
  // Most words of a text are lower-case ASCII-led: settled without the regex.
  const first = word.charCodeAt(0);
  if (first < 0x80 && !(first >= 0x41 && first <= 0x5a)) return false;
  return CAPITALISED.test(word);
}

/**
 * Given a run of capitalised words that ends with a person's name, the
 * index where the name starts, or -1. Several family names may stand in
 * the run ("Bình Dương Nguyễn Văn Lợi"): the split that leaves a name of
 * three syllables is the likeliest, then four, then two.
 */
const RANK_BY_LENGTH = new Map([
  [3, 0],
  [4, 1],
  [2, 2],
]);

export function nameStartInRun(run: readonly string[]): number {
  let best = -1;
  let bestRank = Infinity;
  for (let index = 0; index < run.length; index++) {
    if (!FAMILY_NAMES.has(run[index]!)) continue;
    const rank = RANK_BY_LENGTH.get(run.length - index);
    if (rank === undefined) continue;
    if (rank < bestRank || (rank === bestRank && index > best)) {
      best = index;
      bestRank = rank;
    }
  }
  return best;
}

/** Splits text on spaces, keeping punctuation attached to words. */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word.length > 0);
}

/**
 * The last results of a pure function of a string, kept because the same
 * names, roles and short lines come back in every paragraph of a report and
 * in report after report. Bounded: emptied when full. A result is shared, so
 * it must not be changed.
 */
export function remembered<T>(compute: (text: string) => T, limit = 10_000): (text: string) => T {
  const results = new Map<string, T>();
  return (text) => {
    if (results.has(text)) return results.get(text)!;
    const result = compute(text);
    if (results.size >= limit) results.clear();
    results.set(text, result);
    return result;
  };
}

/** A person's name key: same person, whatever the casing or spacing. */
export const personKey = remembered((name) => name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim());
