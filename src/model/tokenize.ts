/**
 * French tokenizer for the tagger. Offsets are UTF-16 indices into the JS string.
 * Elisions (l’, d’, qu’, jusqu’…) become their own token so "l’Union" exposes "Union";
 * hyphenated names stay whole ("Jean-Pierre", "Bobo-Dioulasso"); punctuation is split.
 * Linear time, no regex backtracking: inputs may be megabytes without a space.
 */
export interface Token {
  start: number;
  end: number;
}

const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x2018;
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x200b || c === 0x3000 || c === 0xfeff || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a);
}

/** 1 for word characters below U+0250 (ASCII and Latin letters): the hot path of French text. */
const LATIN_WORD = (() => {
  const t = new Uint8Array(0x250);
  for (let c = 0x30; c <= 0x39; c++) t[c] = 1;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = 1;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = 1;
  for (let c = 0xc0; c < 0x250; c++) t[c] = c === 0xd7 || c === 0xf7 ? 0 : 1;
  t[0xaa] = t[0xb5] = t[0xba] = 1;
  return t;
})();

/** Word character at i (letters, digits, combining marks; astral letters included). */
export function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x250) return LATIN_WORD[c] === 1;
  if (c >= 0xd800 && c <= 0xdbff) return NON_ASCII_WORD.test(text.slice(i, i + 2));
  // General Punctuation (’ “ — …): common in news, never part of a word.
  if (c >= 0x2000 && c <= 0x206f) return false;
  return NON_ASCII_WORD.test(text[i]);
}

function charLen(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Token offsets in typed arrays, reused from text to text (no object per token). */
export class TokenSpans {
  start: Int32Array;
  end: Int32Array;
  length = 0;

  constructor() {
    // each array field stored twice: V8 then treats it as mutable from the start, so the first
    // text longer than the arrays does not deoptimize every function that reads them
    this.start = this.end = new Int32Array(0);
    this.start = new Int32Array(1024);
    this.end = new Int32Array(1024);
  }

  push(start: number, end: number): void {
    if (this.length === this.start.length) {
      const grownStart = new Int32Array(this.length * 2);
      grownStart.set(this.start);
      this.start = grownStart;
      const grownEnd = new Int32Array(this.length * 2);
      grownEnd.set(this.end);
      this.end = grownEnd;
    }
    this.start[this.length] = start;
    this.end[this.length++] = end;
  }

  /** Memory bound: a huge text's arrays are not kept for the next, small one. */
  shrink(): void {
    if (this.start.length > 1 << 16) {
      this.start = new Int32Array(1024);
      this.end = new Int32Array(1024);
    }
    this.length = 0;
  }
}

export function tokenize(text: string): Token[] {
  const spans = new TokenSpans();
  tokenizeInto(text, spans);
  const tokens: Token[] = new Array(spans.length);
  for (let i = 0; i < spans.length; i++) tokens[i] = { start: spans.start[i], end: spans.end[i] };
  return tokens;
}

/** The tokens of `text` into `out` (emptied first). */
export function tokenizeInto(text: string, out: TokenSpans): void {
  out.length = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (!isWordCharAt(text, i)) {
      // Punctuation: one token per character, runs of the same character ("...", "--") merged.
      const len = charLen(text, i);
      let j = i + len;
      if (len === 1) while (j < n && text.charCodeAt(j) === c) j++;
      out.push(i, j);
      i = j;
      continue;
    }
    const start = i;
    let j = i;
    for (;;) {
      for (;;) {
        if (j >= n) break;
        const d = text.charCodeAt(j);
        if (d < 0x250) {
          if (LATIN_WORD[d] !== 1) break;
          j++;
        } else if (isWordCharAt(text, j)) j += charLen(text, j);
        else break;
      }
      if (j + 1 >= n) break;
      const d = text.charCodeAt(j);
      if (isHyphen(d) && isWordCharAt(text, j + 1)) {
        j += 1;
        continue;
      }
      // Decimal and thousand separators inside numbers: "1.200", "3,5".
      if ((d === 0x2e || d === 0x2c) && isDigit(text.charCodeAt(j - 1)) && isDigit(text.charCodeAt(j + 1))) {
        j += 1;
        continue;
      }
      if (isApostrophe(d)) {
        // only a short head can be an elided article: no slice of a long word at every apostrophe
        const head = j - start <= 7 ? text.slice(start, j) : '';
        const next = text.charCodeAt(j + 1);
        // "N’Djamena", "N’Diaye": an upper-case N before a capital is part of the name.
        const nameN = head === 'N' && next >= 0x41 && next <= 0x5a;
        if (j - start <= 7 && ELISIONS.has(head.toLowerCase()) && !nameN) {
          j += 1; // the elided article keeps its apostrophe: "l’", "qu’"
          break;
        }
        if (isWordCharAt(text, j + 1)) {
          j += 1; // "aujourd’hui", "O’Neil"
          continue;
        }
      }
      break;
    }
    out.push(start, j);
    i = j;
  }
}
