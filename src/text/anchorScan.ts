/**
 * Finding where a pattern can start from characters rather than words: an '&', the word
 * "équipe", a club abbreviation. Most patterns can only start near such an anchor; the
 * positions found here go to anchorGate.ts's scanMatches as [p, p + 1) ranges, which tries a
 * sticky copy of the pattern there and finds exactly the matches of the global scan. The
 * candidates must be a superset of the true starts; extra ones only cost a failed try.
 */
import { CharClass, charClassOf } from './charClass.js';

/** The `[\s\u00a0]` of the patterns (JavaScript's \s: Unicode spaces and line ends). */
export function isRegexSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// Per UTF-16 unit: 0 unknown, 1 may begin an upper-case letter (\p{Lu}), 2 cannot.
const upper = new Uint8Array(65536);

/**
 * Whether the code point at this unit may be \p{Lu}: a lead surrogate may (letters outside the
 * BMP), a trail surrogate never starts one. Not charClassOf's UPPER, which misses "ℂ" and the like.
 */
export function mayBeginUpper(c: number): boolean {
  let k = upper[c];
  if (k === 0) {
    k = (c >= 0xd800 && c <= 0xdbff) || (!(c >= 0xdc00 && c <= 0xdfff) && /\p{Lu}/u.test(String.fromCharCode(c))) ? 1 : 2;
    upper[c] = k;
  }
  return k === 1;
}

/**
 * How far back from `from` (exclusive) a run of name words may reach: letters, marks, digits,
 * apostrophes, periods and hyphens (a superset of what the patterns' words hold; surrogates
 * count as letters), with at most `spaces` spaces among them; never before `min`.
 */
export function nameRunStart(text: string, from: number, min: number, spaces: number): number {
  let i = from;
  let seen = 0;
  while (i > min) {
    const c = text.charCodeAt(i - 1);
    if (isRegexSpace(c)) {
      if (++seen > spaces) break;
    } else if (charClassOf(c) === CharClass.SEPARATOR && c !== 39 && c !== 0x2019 && c !== 46 && c !== 45) {
      break;
    }
    i--;
  }
  return i;
}

// Positions of a needle in the last text it was looked for in, per needle: the recognizers are
// called once per region of one document, and one indexOf pass over it serves every region.
const positionCache = new Map<string, { text: string; positions: Int32Array }>();

/** Every position of `needle` in `text` (ascending), computed once per document. */
export function positionsOf(text: string, needle: string): Int32Array {
  const hit = positionCache.get(needle);
  if (hit && hit.text === text) return hit.positions;
  const found: number[] = [];
  for (let p = text.indexOf(needle); p >= 0; p = text.indexOf(needle, p + 1)) found.push(p);
  const positions = Int32Array.from(found);
  positionCache.set(needle, { text, positions });
  return positions;
}

/** The index of the first element ≥ `value` in an ascending array. */
export function lowerBound(sorted: Int32Array, value: number, hi = sorted.length): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
