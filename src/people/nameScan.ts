/**
 * The character-level reads of the people stage's name scan, done with per-unit tables and
 * native scans instead of a regex on each word: where the next capital is, whether the gap
 * between two name words breaks the name, and a name word's key read from the token table.
 */
import { isBlank } from '../text/blank.js';
import { MAX_WORD, type TokenTable } from '../text/tokenTable.js';

// per UTF-16 unit: 1 a capital that starts a name word (A-Z, or \p{Lu} from U+00C0), 2 not, 0 not yet asked
const capitalUnit = new Uint8Array(65536);

/** The unit opens a name word: A-Z, or a capital (\p{Lu}) from U+00C0; never a surrogate. */
export function isCapitalUnit(c: number): boolean {
  let k = capitalUnit[c];
  if (k === 0) capitalUnit[c] = k = (c >= 65 && c <= 90) || (c >= 0xc0 && /^\p{Lu}$/u.test(String.fromCharCode(c))) ? 1 : 2;
  return k === 1;
}

/**
 * Where the word scan resumes to reach the first capital at or after `from` (before `end`), or
 * -1: after the last blank before that capital, since a word never holds a blank and the scan
 * after a blank finds the same words whatever came before; the words skipped hold no capital.
 */
export function nextCapitalWord(text: string, from: number, end: number): number {
  MAYBE_CAPITAL.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = MAYBE_CAPITAL.exec(text)) !== null && m.index < end) {
    if (!isCapitalUnit(text.charCodeAt(m.index))) continue;
    for (let k = m.index - 1; k >= from; k--) if (isBlank(text.charCodeAt(k))) return k + 1;
    return from;
  }
  return -1;
}

/** text[s, e) holds an apostrophe, straight or curly. */
export function hasApostrophe(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c === 39 || c === 0x2019) return true;
  }
  return false;
}

/**
 * Every capital and more (other scripts, Latin letters past U+00FF), not the Latin-1 lower case
 * letters and punctuation of French text: one native scan, each hit then checked by the table.
 */
const MAYBE_CAPITAL = /[A-Z\u00C0-\u00DE\u0100-\u1FFF\u2070-\uFFFF]/g;

// per UTF-16 unit: 1 a letter (\p{L}), 2 not, 0 not yet asked
const letterUnit = new Uint8Array(65536);

/** /[^\s\u00a0\p{L}'’]/u.test(text.slice(from, to)): something between two name words other than blanks, letters, apostrophes. */
export function gapBreaksName(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019 || isBlank(c)) continue;
    if (c < 128) return true;
    // a pair is one code point to the regex
    if (c >= 0xd800 && c <= 0xdfff) return /[^\s\u00a0\p{L}'’]/u.test(text.slice(from, to));
    let l = letterUnit[c];
    if (l === 0) letterUnit[c] = l = /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 2;
    if (l === 2) return true;
  }
  return false;
}

/**
 * foldWordKey of the word [s, e) read from the token table when the table holds that very word
 * and its letters fold alike both ways (Latin letters without ligatures: the table's folding also
 * spells out "œ", "æ", "ß" and drops every mark); else null. The table's key is interned, so the
 * look-ups that follow hash no fresh string.
 */
export function tableKey(table: TokenTable, j: number, s: number, e: number): string | null {
  if (j >= table.length || table.start[j] !== s || table.end[j] !== e || e - s > MAX_WORD) return null;
  const text = table.text;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) continue;
    if (c < 0xc0 || c > 0x17f || c === 0xd7 || c === 0xf7 || c === 0xc6 || c === 0xe6 || c === 0xdf || c === 0x152 || c === 0x153) return null;
  }
  return table.folded(j);
}
