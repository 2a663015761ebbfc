/**
 * Folding for comparison and search: no tone or vowel marks, "đ" as "d",
 * lower case. "Quận Ủy", "quan uy" and "QUẬN UỶ" all fold to "quan uy".
 * "đ" needs its own rule: it has no Unicode decomposition, so stripping
 * combining marks leaves it untouched.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}
