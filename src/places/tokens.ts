/**
 * Word tokens of a text as parallel arrays (a 10 MB page is a million tokens: no object per
 * token). A token is a run of letters, marks and digits; everything else separates.
 */
import { foldWord, isCapitalized } from './fold.js';

/** Longer runs are no words (base64, URLs glued together): never looked up. */
const MAX_WORD = 60;

export class Tokens {
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly word: string[] = [];
  private readonly foldCache: (string | undefined)[] = [];

  constructor(readonly text: string) {
    const re = /[\p{L}\p{M}\p{N}]+/gu;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      this.start.push(m.index);
      this.end.push(m.index + m[0].length);
      this.word.push(m[0].length > MAX_WORD ? '' : m[0]);
    }
  }

  get length(): number {
    return this.start.length;
  }

  folded(i: number): string {
    let f = this.foldCache[i];
    if (f === undefined) f = this.foldCache[i] = foldWord(this.word[i]);
    return f;
  }

  capitalized(i: number): boolean {
    const w = this.word[i];
    return w !== '' && isCapitalized(w);
  }

  /** The characters between token i and token i + 1. */
  gap(i: number): string {
    return this.text.slice(this.end[i], this.start[i + 1]);
  }

  /** Tokens i and i + 1 can belong to one name: one space, hyphen or apostrophe between them. */
  joined(i: number): boolean {
    if (i < 0 || i + 1 >= this.start.length) return false;
    const a = this.end[i];
    const b = this.start[i + 1];
    if (b - a !== 1) return false;
    const c = this.text.charCodeAt(a);
    return c === 32 || c === 0xa0 || c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019;
  }

  /** Tokens i and i + 1 are in one phrase: only spaces and apostrophes between, on one line. */
  near(i: number, maxGap = 3): boolean {
    if (i < 0 || i + 1 >= this.start.length) return false;
    const a = this.end[i];
    const b = this.start[i + 1];
    if (b - a > maxGap || b === a) return false;
    for (let k = a; k < b; k++) {
      const c = this.text.charCodeAt(k);
      if (!(c === 32 || c === 0xa0 || c === 9 || c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011)) {
        return false;
      }
    }
    return true;
  }
}
