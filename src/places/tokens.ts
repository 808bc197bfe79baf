/**
 * Word tokens of a text as offsets in typed arrays: a 10 MB page is a million tokens, and a
 * string or object per token would cost more than the recognition itself. A token is a run of
 * letters, marks and digits; everything else separates. Words and folded forms are made on
 * demand, for the few tokens the recognizer looks at (capitalized ones and their neighbours).
 */
import { foldWord } from './fold.js';

/** Longer runs are no words (base64, URLs glued together): never looked up. */
const MAX_WORD = 60;

// Per UTF-16 unit: 0 not yet known, 1 word character, 2 separator, 3 upper case letter.
let classes: Uint8Array | null = null;

function classOf(c: number): number {
  const table = (classes ??= initClasses());
  let k = table[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    // Lone surrogates: letters outside the BMP (rare in French news) count as word characters.
    k = c >= 0xd800 && c <= 0xdfff ? 1 : /[\p{L}\p{M}\p{N}]/u.test(ch) ? (ch !== ch.toLowerCase() ? 3 : 1) : 2;
    table[c] = k;
  }
  return k;
}

function initClasses(): Uint8Array {
  const t = new Uint8Array(65536);
  for (let c = 0; c < 128; c++) {
    t[c] = c >= 65 && c <= 90 ? 3 : (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 2;
  }
  return t;
}

export class Tokens {
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;

  constructor(readonly text: string) {
    const capacity = Math.max(16, text.length >> 3);
    let start = new Int32Array(capacity);
    let end = new Int32Array(capacity);
    let n = 0;
    const len = text.length;
    let i = 0;
    while (i < len) {
      if (classOf(text.charCodeAt(i)) === 2) {
        i++;
        continue;
      }
      const s = i;
      i++;
      while (i < len && classOf(text.charCodeAt(i)) !== 2) i++;
      if (n === start.length) {
        const grownStart = new Int32Array(n * 2);
        grownStart.set(start);
        start = grownStart;
        const grownEnd = new Int32Array(n * 2);
        grownEnd.set(end);
        end = grownEnd;
      }
      start[n] = s;
      end[n] = i;
      n++;
    }
    this.length = n;
    this.start = start;
    this.end = end;
  }

  /** The word, or "" for runs too long to be one. */
  word(i: number): string {
    return this.end[i] - this.start[i] > MAX_WORD ? '' : this.text.slice(this.start[i], this.end[i]);
  }

  folded(i: number): string {
    return foldWord(this.word(i));
  }

  /** First letter upper case: "Bamako", "BAMAKO", "Ébola". */
  capitalized(i: number): boolean {
    return classOf(this.text.charCodeAt(this.start[i])) === 3 && this.end[i] - this.start[i] <= MAX_WORD;
  }

  /** Two letters or more, none lower case: "BAMAKO", "GOÏTA". */
  allCaps(i: number): boolean {
    const s = this.start[i];
    const e = this.end[i];
    if (e - s < 2 || e - s > MAX_WORD) return false;
    let upper = 0;
    for (let k = s; k < e; k++) {
      const c = this.text.charCodeAt(k);
      const cls = classOf(c);
      if (cls === 3) upper++;
      else if (cls === 1 && !(c >= 48 && c <= 57) && !(c >= 0x300 && c <= 0x36f)) return false;
    }
    return upper > 0;
  }

  /** The characters between token i and token i + 1. */
  gap(i: number): string {
    return this.text.slice(this.end[i], this.start[i + 1]);
  }

  /** Tokens i and i + 1 can belong to one name: one space, hyphen or apostrophe between them. */
  joined(i: number): boolean {
    if (i < 0 || i + 1 >= this.length) return false;
    const a = this.end[i];
    if (this.start[i + 1] - a !== 1) return false;
    const c = this.text.charCodeAt(a);
    return c === 32 || c === 0xa0 || c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019;
  }

  /** Tokens i and i + 1 are in one phrase: a few spaces, apostrophes or hyphens, on one line. */
  near(i: number, maxGap = 3): boolean {
    if (i < 0 || i + 1 >= this.length) return false;
    const a = this.end[i];
    const b = this.start[i + 1];
    if (b - a > maxGap) return false;
    for (let k = a; k < b; k++) {
      const c = this.text.charCodeAt(k);
      if (!(c === 32 || c === 0xa0 || c === 9 || c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011)) {
        return false;
      }
    }
    return true;
  }
}
