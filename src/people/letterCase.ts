/**
 * isAllCaps (src/text/normalize.ts) read from a per-unit table instead of two Unicode regexes:
 * the people stage asks it of every word of every capitalized run. Same answers: at least two
 * upper case letters (\p{Lu}) and no lower case one (\p{Ll}); words with surrogate pairs (letters
 * outside the BMP, which the regexes read as one code point) are left to isAllCaps itself.
 */
import { isAllCaps } from '../text/normalize.js';

// per UTF-16 unit: 0 not yet asked, 1 \p{Lu}, 2 \p{Ll}, 3 neither, 4 a surrogate
const kinds = new Uint8Array(65536);

function kindOf(c: number): number {
  let k = kinds[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    kinds[c] = k = c >= 0xd800 && c <= 0xdfff ? 4 : /\p{Lu}/u.test(ch) ? 1 : /\p{Ll}/u.test(ch) ? 2 : 3;
  }
  return k;
}

/** isAllCaps(text.slice(start, end)), without the slice. */
export function allCapsAt(text: string, start: number, end: number): boolean {
  let upper = 0;
  for (let i = start; i < end; i++) {
    const k = kindOf(text.charCodeAt(i));
    if (k === 1) upper++;
    else if (k === 2) return false;
    else if (k === 4) return isAllCaps(text.slice(start, end));
  }
  return upper >= 2;
}

export function allCaps(word: string): boolean {
  return allCapsAt(word, 0, word.length);
}
