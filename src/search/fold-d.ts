/**
 * Pagefind (1.5+) folds tone and vowel marks by decomposing to NFD and
 * dropping combining marks, so "hoa binh" finds "Hòa Bình". It cannot fold
 * "đ": U+0111 has no decomposition. So the index is fed "đ" written as
 * "d" + U+0335 (combining short stroke overlay), which looks alike and
 * which Pagefind's folding drops: the folded word is then "dang", found by
 * "dang", while the query "đảng" is mapped to "dảng" before searching.
 * Excerpts and metadata come back with the overlay; they are mapped back
 * to "đ" before they are shown.
 */
const STROKE = '\u0335';

/** For the indexer: "Đảng" -> "D̵ảng". */
export function strokeD(text: string): string {
  return text.replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/** For display: "D̵ảng" -> "Đảng". */
export function restoreD(text: string): string {
  return text.replace(new RegExp(`d${STROKE}`, 'g'), 'đ').replace(new RegExp(`D${STROKE}`, 'g'), 'Đ');
}

/** For the query: "đảng" -> "dảng", which Pagefind folds to "dang". */
export function queryWithoutStroke(query: string): string {
  return query.normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
