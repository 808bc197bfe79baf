/**
 * Whether a word of the text may fold to (or begin with) one of a few folded words, read from
 * its characters without folding it or interning its key: "Général" may be "general", "Conseil"
 * cannot be. The answer "no" is exact (the word's folded key, as text/fold.ts makes it, is none of
 * them); "maybe" asks for the real key. Most words of a text are rejected at their first or second
 * letter, so a recognizer that looks for a short list of words never folds the others.
 */
import { foldWord } from './fold.js';

const SEED = 0x811c9dc5;
const step = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

// Per UTF-16 unit below 0x370 (Latin letters and combining marks): its folded form as char codes
// when that form is ASCII (a mark folds to nothing, "œ" to "oe"); null otherwise: the word must
// be folded for real. fold.ts folds character by character there (marks removed, no context).
let folds: (number[] | null)[] | null = null;
function foldTable(): (number[] | null)[] {
  if (folds) return folds;
  folds = [];
  for (let c = 0; c < 0x370; c++) {
    const f = foldWord(String.fromCharCode(c));
    folds.push([...f].every((x) => x.charCodeAt(0) < 128) ? [...f].map((x) => x.charCodeAt(0)) : null);
  }
  return folds;
}

/** The folded form of one UTF-16 unit when it is one ASCII character ("É" → "e"); -1 otherwise (a mark, "œ", Greek…). */
export function foldedUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= 0x370) return -1;
  const f = foldTable()[c];
  return f !== null && f.length === 1 ? f[0] : -1;
}

export class FoldedWordFilter {
  private readonly list: string[];
  private readonly pairTables: (Uint8Array | null)[] = [null, null];
  private readonly prefixes: Uint32Array;
  private readonly words: Uint32Array;
  /** bit count - 1: sixteen bits or more per prefix, so that few words pass by a collision */
  private readonly mask: number;
  private readonly table = foldTable();

  constructor(folded: Iterable<string>) {
    const list = (this.list = [...folded]);
    let chars = 0;
    for (const w of list) chars += w.length;
    let bits = 256;
    while (bits < chars * 16 && bits < 1 << 22) bits <<= 1;
    this.mask = bits - 1;
    this.prefixes = new Uint32Array(bits >>> 5);
    this.words = new Uint32Array(bits >>> 5);
    for (const w of list) {
      let h = SEED;
      for (let i = 0; i < w.length; i++) {
        h = step(h, w.charCodeAt(i));
        const b = h & this.mask;
        this.prefixes[b >>> 5] |= 1 << (b & 31);
      }
      const b = h & this.mask;
      this.words[b >>> 5] |= 1 << (b & 31);
    }
  }

  /**
   * Which first two folded characters (text/tokenPairs.ts codes) a word must have to be one of the
   * words (`prefix`: to begin with one). A word whose code is unknown is always tried.
   */
  pairTable(prefix: boolean): Uint8Array {
    const k = prefix ? 1 : 0;
    let table = this.pairTables[k];
    if (table) return table;
    table = this.pairTables[k] = new Uint8Array(128 * 128);
    for (const w of this.list) {
      const a = w.charCodeAt(0);
      if (!(a < 128)) continue;
      if (w.length === 1) {
        if (prefix) table.fill(1, a << 7, (a + 1) << 7);
        else table[a << 7] = 1;
        continue;
      }
      const b = w.charCodeAt(1);
      // a word whose second folded character is no ASCII one has an unknown code
      if (b < 128) table[(a << 7) | b] = 1;
    }
    return table;
  }

  private has(bits: Uint32Array, h: number): boolean {
    const b = h & this.mask;
    return (bits[b >>> 5] & (1 << (b & 31))) !== 0;
  }

  /**
   * Walks the folded characters of text[s, e): 0 when no word can match, 1 when one may, 2 when
   * the walk cannot tell (a character it does not fold). `prefix`: a word may end before e.
   */
  private walk(text: string, s: number, e: number, prefix: boolean): boolean {
    const table = this.table;
    let h = SEED;
    let empty = true;
    for (let k = s; k < e; k++) {
      const c = text.charCodeAt(k);
      let f: number[] | null;
      if (c < 128) {
        h = step(h, c >= 65 && c <= 90 ? c + 32 : c);
        empty = false;
      } else if (c < 0x370 && (f = table[c]) !== null) {
        for (let j = 0; j < f.length; j++) {
          h = step(h, f[j]);
          empty = false;
          if (j + 1 < f.length) {
            if (prefix && this.has(this.words, h)) return true;
            if (!this.has(this.prefixes, h)) return false;
          }
        }
        if (f.length === 0) continue;
      } else {
        return true;
      }
      if (prefix && this.has(this.words, h)) return true;
      if (!this.has(this.prefixes, h)) return false;
    }
    return !empty && !prefix && this.has(this.words, h);
  }

  /** The folded word text[s, e) may be one of the words. */
  mayBe(text: string, s: number, e: number): boolean {
    return this.walk(text, s, e, false);
  }

  /** The folded word text[s, e) may begin with one of the words. */
  mayStartWith(text: string, s: number, e: number): boolean {
    return this.walk(text, s, e, true);
  }

  /** A run of letters of the folded word text[s, e) (cut at ASCII digits) may be one of the words. */
  mayHaveRun(text: string, s: number, e: number): boolean {
    const table = this.table;
    let h = SEED;
    let empty = true;
    // the run so far is the prefix of no word: only a digit (a new run) or an unknown character matters
    let dead = false;
    for (let k = s; k < e; k++) {
      const c = text.charCodeAt(k);
      if (c >= 48 && c <= 57) {
        if (!dead && !empty && this.has(this.words, h)) return true;
        h = SEED;
        empty = true;
        dead = false;
        continue;
      }
      let f: number[] | null = null;
      if (c >= 128 && (c >= 0x370 || (f = table[c]) === null)) return true;
      if (dead) continue;
      if (f === null) {
        h = step(h, c >= 65 && c <= 90 ? c + 32 : c);
        empty = false;
        if (!this.has(this.prefixes, h)) dead = true;
      } else {
        for (let j = 0; j < f.length && !dead; j++) {
          h = step(h, f[j]);
          empty = false;
          if (!this.has(this.prefixes, h)) dead = true;
        }
      }
    }
    return !dead && !empty && this.has(this.words, h);
  }
}
