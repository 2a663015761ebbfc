/** One tone-mark placement for Vietnamese (used by normalize.ts and, in the browser, by search). */

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';

/**
 * Old-style placement puts the tone on the second vowel of a final
 * "oa", "oe" or "uy" (hoà, khoẻ, thuỷ); the modern style we keep puts it on
 * the first (hòa, khỏe, thủy). Only open syllables are affected: in
 * "hoàng" the mark belongs on the "a" in both styles. A "u" after "q" is
 * part of the consonant ("quý"), so it is left alone.
 */
const OLD_STYLE_TONE = new RegExp(
  `([oO])([aAeE])([${TONE_MARKS}])(?![\\p{L}\\p{M}])|(?<![qQ])([uU])([yY])([${TONE_MARKS}])(?![\\p{L}\\p{M}])`,
  'gu',
);

function replaceOldStyle(text: string): string {
  return text
    .normalize('NFD')
    .replace(
      OLD_STYLE_TONE,
      (_match, o?: string, a?: string, toneA?: string, u?: string, y?: string, toneY?: string) =>
        o !== undefined ? `${o}${toneA}${a}` : `${u}${toneY}${y}`,
    )
    .normalize('NFC');
}

/**
 * Where, in NFC text, an old-style tone may stand: a composed "à" … "ẹ"
 * after an "o", a composed "ỳ" … "ỵ" after a "u", at a word's end; or any
 * combining mark left uncomposed. A word with none of these is unchanged
 * by the NFD round trip, which costs most of the time on long texts.
 */
const MAYBE_OLD_STYLE = /(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|(?<![qQ])[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/u;

const MARK = /\p{M}/u;
const NOT_A_MARK = 1;
const A_MARK = 2;
/** Whether each character of the Basic Multilingual Plane is a mark, filled in as they are met. */
const markClasses = new Uint8Array(0x10000);

/** As /\p{M}/u.test, several times faster on long texts: each character is looked up once. */
function hasMark(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // No mark is below U+0300.
    if (code < 0x300) continue;
    if (code >= 0xd800 && code <= 0xdbff) {
      if (MARK.test(String.fromCodePoint(text.codePointAt(index)!))) return true;
      continue;
    }
    let kind = markClasses[code]!;
    if (kind === 0) {
      kind = MARK.test(String.fromCharCode(code)) ? A_MARK : NOT_A_MARK;
      markClasses[code] = kind;
    }
    if (kind === A_MARK) return true;
  }
  return false;
}

function mayBeOldStyle(text: string): boolean {
  return MAYBE_OLD_STYLE.test(text) || hasMark(text);
}

/**
 * A space or a line end never composes with a neighbour and is no letter
 * nor mark, so the text can be worked on word by word with the same result.
 */
const WORD = /[^ \n]+/g;

export function modernToneMarks(text: string): string {
  const composed = text.normalize('NFC');
  if (!mayBeOldStyle(composed)) return composed;
  return composed.replace(WORD, (word) => (mayBeOldStyle(word) ? replaceOldStyle(word) : word));
}
