/**
 * Folding for comparison and search: no tone or vowel marks, "đ" as "d",
 * lower case. "Quận Ủy", "quan uy" and "QUẬN UỶ" all fold to "quan uy".
 * "đ" needs its own rule: it has no Unicode decomposition, so stripping
 * combining marks leaves it untouched.
 */
function foldWhole(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/**
 * The extractor folds every line of every report, and the NFD round trip
 * dominated that. Below U+0370 and in Latin Extended Additional (U+1E00 to
 * U+1EFF, the Vietnamese letters) a character decomposes only into letters
 * of those ranges and combining marks, and lower-casing needs no context,
 * so each character folds on its own; anything else takes the whole way.
 */
const foldedChars = new Map<number, string>();

function isFoldableAlone(code: number): boolean {
  return code < 0x370 || (code >= 0x1e00 && code <= 0x1eff);
}

export function foldForSearch(text: string): string {
  let folded = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      folded += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : text[index];
      continue;
    }
    if (!isFoldableAlone(code)) return foldWhole(text);
    let char = foldedChars.get(code);
    if (char === undefined) {
      char = foldWhole(String.fromCharCode(code));
      foldedChars.set(code, char);
    }
    folded += char;
  }
  return folded;
}
