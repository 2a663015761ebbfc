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
const MAYBE_OLD_STYLE = /(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|(?<![qQ])[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])|\p{M}/u;

/**
 * A space or a line end never composes with a neighbour and is no letter
 * nor mark, so the text can be worked on word by word with the same result.
 */
const WORD = /[^ \n]+/g;

export function modernToneMarks(text: string): string {
  const composed = text.normalize('NFC');
  if (!MAYBE_OLD_STYLE.test(composed)) return composed;
  return composed.replace(WORD, (word) => (MAYBE_OLD_STYLE.test(word) ? replaceOldStyle(word) : word));
}
