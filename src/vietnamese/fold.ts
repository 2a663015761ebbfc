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
 * dominated that. A character of the Basic Multilingual Plane decomposes on
 * its own, marks are dropped whatever their order, and lower-casing needs no
 * context but for the Greek final sigma; so, Greek and surrogate pairs aside,
 * each character folds on its own, and is folded once. The rest takes the
 * whole way.
 */
const foldedChars = new Map<number, string>();

function isFoldableAlone(code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return !((code >= 0x370 && code <= 0x3ff) || (code >= 0x1f00 && code <= 0x1fff));
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
