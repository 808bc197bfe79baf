/**
 * Cheap character tests that let a refiner skip a regex which cannot match: each is a
 * necessary condition of the pattern it guards (the regex still decides), so skipping changes
 * nothing. A regex call costs far more than a character test on code that runs once per result.
 */

/** Whether a UTF-16 unit may be matched by `\s` (with or without the `u` flag): ASCII whitespace or anything outside ASCII. */
export function maybeSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c >= 0x80;
}

/** An ASCII letter or digit (NaN, past either end of a string: false). */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Whether a UTF-16 unit may be matched, case-insensitively, by one of these lower-case ASCII
 * letters: its ASCII upper or lower case, or anything outside ASCII (`/iu` folds "ſ" to "s" and
 * the Kelvin sign to "k").
 */
export function maybeLetter(c: number, letters: string): boolean {
  if (c >= 0x80) return true;
  const lower = c >= 65 && c <= 90 ? c + 32 : c;
  for (let i = 0; i < letters.length; i++) if (letters.charCodeAt(i) === lower) return true;
  return false;
}

/** Exactly the UTF-16 units `\s` matches (ECMAScript WhiteSpace and LineTerminator; NaN: false). */
export function isRegexSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const LETTER = /\p{L}/u;
/** Per UTF-16 unit: 0 not known yet, 1 not a letter, 2 a letter. */
const letterClass = new Uint8Array(65536);

/** `/\p{L}/u.test(ch)` for the one-unit string of c (a lone surrogate is no letter); NaN: false. */
export function isLetterCode(c: number): boolean {
  if (!(c >= 0 && c <= 0xffff)) return false;
  let k = letterClass[c];
  if (k === 0) letterClass[c] = k = LETTER.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}
