/**
 * Word tokens for CoNLL output, in code point offsets. French conventions of the NER corpora
 * (WikiNER, Europeana): punctuation split off, elided articles and pronouns ("l’", "d'",
 * "qu’", "jusqu’") their own token, hyphenated compounds ("lieutenant-colonel", "Etat-Major")
 * and numbers with separators ("1.000", "12:30") kept whole.
 *
 * A hand-written scanner over a character class table rather than a regex: one pass, no
 * backtracking on a 10 MB run of letters or of punctuation, and no match array per token
 * (the regex version spent most of its time in the garbage collector).
 */

export interface Token {
  /** Code point offsets, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** The separator before this token holds a line break (used when no sentences are known). */
  newlineBefore: boolean;
}

const SEP = 1; // whitespace and zero-width separators
const WORD = 2; // letters, marks, digits
const DIGIT = 4; // \p{N}: "." "," ":" "/" join two of these
const MARK = 8; // \p{M}: stays with the symbol before it
const JOIN = 16; // joins two word runs: hyphens, apostrophes, underscore, soft hyphen
const NUMJOIN = 32;
const APOS = 64;
const LETTER_OR_DIGIT = 128; // \p{L}|\p{N}: what may follow an elision
const NEWLINE = 256;

let table: Uint16Array | undefined;

/** Classes of the Basic Multilingual Plane, built on first use (a few ms). */
function bmpTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    t[c] = classify(String.fromCharCode(c));
  }
  table = t;
  return t;
}

function classify(ch: string): number {
  // Control characters (NUL, ESC, NEL…) separate too: a token must be printable on its own line.
  if (/^[\s\u200b-\u200d\u2060\p{Cc}]$/u.test(ch)) return SEP | (/^[\n\r\u2028\u2029\u0085]$/.test(ch) ? NEWLINE : 0);
  let k = 0;
  if (/^[\p{L}\p{M}\p{N}]$/u.test(ch)) k |= WORD;
  if (/^\p{N}$/u.test(ch)) k |= DIGIT;
  if (/^\p{M}$/u.test(ch)) k |= MARK;
  if (/^[\p{L}\p{N}]$/u.test(ch)) k |= LETTER_OR_DIGIT;
  if (/^[-‐‑'’ʼ_\u00ad]$/.test(ch)) k |= JOIN;
  if (/^['’ʼ]$/.test(ch)) k |= APOS;
  if (/^[.,:/]$/.test(ch)) k |= NUMJOIN;
  return k;
}

const ELISIONS = new Set([
  ...['jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu'].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]),
  'qu', 'Qu', 'QU',
  ...'cdjlmnst'.split('').flatMap((c) => [c, c.toUpperCase()]),
]);

/** Class of the code point at j, times 2, plus 1 when it is a surrogate pair (two units). */
function classAt(text: string, j: number, cls: Uint16Array): number {
  if (j >= text.length) return 0;
  const c = text.charCodeAt(j);
  if (c >= 0xd800 && c <= 0xdbff && j + 1 < text.length) {
    const d = text.charCodeAt(j + 1);
    // Astral letters (math alphabets, rare scripts) and emoji: classified on the fly.
    if (d >= 0xdc00 && d <= 0xdfff) return (classify(text.slice(j, j + 2)) << 1) | 1;
  }
  return cls[c] << 1;
}

/** Tokens of `text` in order. */
export function tokenize(text: string): Token[] {
  const cls = bmpTable();
  const n = text.length;
  const tokens: Token[] = [];
  let i = 0;
  let cp = 0;
  let newline = false;
  let x = classAt(text, 0, cls);

  while (i < n) {
    // Invariant: x is the class of the code point at i.
    let k = x >> 1;
    if (k & SEP) {
      if (k & NEWLINE) newline = true;
      i += (x & 1) + 1;
      cp++;
      x = classAt(text, i, cls);
      continue;
    }
    const start = i;
    const startCp = cp;
    if (k & WORD) {
      // Word run, then joiner + word run while they chain.
      let prevDigit = false;
      for (;;) {
        while (i < n && (k = x >> 1) & WORD) {
          prevDigit = (k & DIGIT) !== 0;
          i += (x & 1) + 1;
          cp++;
          x = classAt(text, i, cls);
        }
        if (i >= n || i + 1 >= n) break;
        const next = classAt(text, i + 1, cls) >> 1;
        // Elision: the run so far is "l", "qu", "jusqu"…, an apostrophe, then a letter or digit.
        if (k & APOS && next & LETTER_OR_DIGIT && i - start <= 6 && ELISIONS.has(text.slice(start, i))) {
          i += 1;
          cp++;
          x = classAt(text, i, cls);
          break;
        }
        // Hyphens and apostrophes join any two word runs; . , : / only two digits.
        const joins = k & JOIN ? (next & WORD) !== 0 : (k & NUMJOIN) !== 0 && prevDigit && (next & DIGIT) !== 0;
        if (!joins) break;
        i += 1;
        cp++;
        x = classAt(text, i, cls);
      }
    } else {
      // One symbol with the combining marks that follow it.
      i += (x & 1) + 1;
      cp++;
      x = classAt(text, i, cls);
      while (i < n && (x >> 1) & MARK) {
        i += (x & 1) + 1;
        cp++;
        x = classAt(text, i, cls);
      }
    }
    tokens.push({ start: startCp, end: cp, text: text.slice(start, i), newlineBefore: newline });
    newline = false;
  }
  return tokens;
}
