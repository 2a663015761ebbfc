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

export function modernToneMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(
      OLD_STYLE_TONE,
      (_match, o?: string, a?: string, toneA?: string, u?: string, y?: string, toneY?: string) =>
        o !== undefined ? `${o}${toneA}${a}` : `${u}${toneY}${y}`,
    )
    .normalize('NFC');
}
