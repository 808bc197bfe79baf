/**
 * Letter case read from per-unit tables instead of Unicode regexes, for the people stage, which
 * asks it of every word of every capitalized run and of every sentence. `allCapsAt` answers as
 * isAllCaps (src/text/normalize.ts) does: at least two upper case letters (\p{Lu}) and no lower
 * case one (\p{Ll}); words with surrogate pairs (letters outside the BMP, which the regexes read
 * as one code point) are left to isAllCaps itself.
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

// case of each UTF-16 unit, as capsShare reads it: 1 no letter, 2 upper, 3 lower (0: not yet asked)
const unitCase = new Uint8Array(65536);

function askCase(c: number): number {
  const ch = String.fromCharCode(c);
  const lc = ch.toLowerCase();
  const k = (lc === ch.toUpperCase() ? 0 : ch === lc ? 2 : 1) + 1;
  unitCase[c] = k;
  return k;
}

/** Share of the words of 3 letters or more in [from, to) written in capitals (0 under 4 words). */
export function capsShare(s: string, from: number, to: number): number {
  // share of words of 3+ letters written in capitals, counted in one pass without regexes (the
  // people stage reads nearly every sentence with it: the table is read inline, the last word after the loop)
  let words = 0;
  let caps = 0;
  let len = 0;
  let upper = 0;
  let lower = 0;
  const table = unitCase;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    let kind = table[c];
    if (kind === 0) kind = askCase(c);
    if (kind === 1) {
      if (len >= 3) {
        words++;
        if (upper >= 2 && lower === 0) caps++;
      }
      len = upper = lower = 0;
      continue;
    }
    len++;
    if (kind === 2) upper++;
    else lower++;
  }
  if (len >= 3) {
    words++;
    if (upper >= 2 && lower === 0) caps++;
  }
  return words < 4 ? 0 : caps / words;
}
