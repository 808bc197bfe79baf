/**
 * Unicode classes of UTF-16 units as the organization regexes read them (\p{Lu}, \p{Ll}, \p{L},
 * \p{M}, \p{N}, \s), from a table filled on first sight of a unit: code that stands in for a regex must
 * draw the same boundaries. Valid for text without surrogates (a pair is one code point to a
 * Unicode regex); callers fall back to the regex there.
 */
export const UPPER = 1;
export const LETTER = 2;
export const MARK = 4;
export const DIGIT = 8;
export const SPACE = 16;
export const LOWER = 32;
const KNOWN = 128;

const classes = new Uint8Array(65536);

export function unitClass(c: number): number {
  let k = classes[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN;
    if (/\p{Lu}/u.test(ch)) k |= UPPER;
    if (/\p{L}/u.test(ch)) k |= LETTER;
    if (/\p{M}/u.test(ch)) k |= MARK;
    if (/\p{N}/u.test(ch)) k |= DIGIT;
    if (/\s/.test(ch)) k |= SPACE;
    if (/\p{Ll}/u.test(ch)) k |= LOWER;
    classes[c] = k;
  }
  return k;
}

/** Whether s holds a space (\s) at k; the end of s holds none. */
export function isSpaceAt(s: string, k: number): boolean {
  return k < s.length && (unitClass(s.charCodeAt(k)) & SPACE) !== 0;
}

/** The first position at or after k that holds no space. */
export function skipSpaces(s: string, k: number): number {
  while (isSpaceAt(s, k)) k++;
  return k;
}
