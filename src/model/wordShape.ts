/**
 * Word shape ("Xxxx", "dd", "X.X.") hashed, and capitalization class, for the tagger's features.
 * Both read each UTF-16 unit through a table filled on first sight of the unit: the case tests
 * of a character (toLowerCase, toUpperCase, a Unicode property) are the costly part of a new
 * word, and news text uses few distinct characters. Every answer depends on the unit alone, so
 * the results equal computing it each time.
 */
export const Cap = { LOWER: 0, INITIAL: 1, ALLCAPS: 2, MIXED: 3, NONE: 4 } as const;
export type Cap = (typeof Cap)[keyof typeof Cap];

const FNV_OFFSET = 0x811c9dc5;
const { imul, min } = Math;
const LETTER = /[\p{L}\p{M}]/u;

// per unit: KNOWN | UPPER | LOWER | UP_SAME; shape code (0 until known)
const KNOWN = 1;
const UPPER = 2; // changes when lower-cased, is its own upper case
const LOWER = 4; // changes case, is not its own upper case
const UP_SAME = 8; // c === c.toUpperCase()
let caseBits: Uint8Array | null = null;
let shapeCodes: Uint16Array | null = null;

function caseOf(code: number): number {
  const table = (caseBits ??= new Uint8Array(65536));
  let b = table[code];
  if (b === 0) {
    const ch = String.fromCharCode(code);
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    b = KNOWN | (lo !== up ? (ch === up ? UPPER : LOWER) : 0) | (ch === up ? UP_SAME : 0);
    table[code] = b;
  }
  return b;
}

/** The shape character of a unit: x / X for letters, d for digits, ' for apostrophes, else itself. */
function shapeCodeOf(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return 0x78;
  if (code >= 0x41 && code <= 0x5a) return 0x58;
  if (code >= 0x30 && code <= 0x39) return 0x64;
  if (code < 0x80) return code;
  const table = (shapeCodes ??= new Uint16Array(65536));
  let s = table[code];
  if (s === 0) {
    const b = caseOf(code);
    const ch = String.fromCharCode(code);
    if (b & (UPPER | LOWER)) s = b & UPPER ? 0x58 : 0x78;
    else if (code === 0x2019) s = 0x27;
    else if (LETTER.test(ch)) s = 0x78;
    else s = code;
    table[code] = s;
  }
  return s;
}

/**
 * hashString of the word's shape: units of its first 24 mapped to shape characters, runs of
 * the same one collapsed, at most 6 kept.
 */
export function shapeHash(word: string): number {
  let h = FNV_OFFSET;
  let last = -1;
  let kept = 0;
  const n = min(word.length, 24);
  for (let i = 0; i < n; i++) {
    const c = shapeCodeOf(word.charCodeAt(i));
    if (c !== last) {
      h = imul(h ^ c, 0x01000193);
      last = c;
      if (++kept >= 6) break;
    }
  }
  return h >>> 0;
}

/** Capitalization class from the case of the first 32 units. */
export function capOf(word: string): Cap {
  let upper = 0;
  let lower = 0;
  const n = min(word.length, 32);
  for (let i = 0; i < n; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) upper++;
      else if (code >= 0x61 && code <= 0x7a) lower++;
      continue;
    }
    const b = caseOf(code);
    if (b & UPPER) upper++;
    else if (b & LOWER) lower++;
  }
  if (upper === 0 && lower === 0) return Cap.NONE;
  if (upper === 0) return Cap.LOWER;
  if (lower === 0) return Cap.ALLCAPS;
  // a first unit its own upper case (a capital, a digit, a mark): INITIAL; a small letter: MIXED
  return caseOf(word.charCodeAt(0)) & UP_SAME ? Cap.INITIAL : Cap.MIXED;
}
