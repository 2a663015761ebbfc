/**
 * The letter a name is filed under in an index: its first letter with the
 * tone mark taken off and the letter kept whole. Vietnamese has 29
 * letters, and Ă, Â, Đ, Ê, Ô, Ơ, Ư are letters of their own, each sorted
 * after its base letter (as Intl.Collator('vi') sorts them), so "Ứng" is
 * filed under Ư and "Đặng" under Đ, not under U and D.
 */

/** Grave, acute, tilde, hook above, dot below: the five tone marks, as combining characters. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** The name's index letter, in capitals; "#" for a name that does not begin with a letter. */
export function indexLetter(name: string): string {
  const first = [...name.trim().normalize('NFD').replace(TONE_MARKS, '').normalize('NFC')][0];
  if (!first || !/\p{L}/u.test(first)) return '#';
  return first.toLocaleUpperCase('vi');
}
