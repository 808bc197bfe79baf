/**
 * Finds the forms of a lexicon in text: a trie over words, walked from each word of the text,
 * longest match first. Forms and text are compared word by word, case- and accent-folded
 * (unless exact case is asked for), so "Etats"/"États", "d'armée"/"d’armée" and
 * "lieutenant-colonel"/"lieutenant colonel" all match. Linear in the text, and no giant regex
 * alternation to compile at start-up (which cost >100 ms for the organization lexicon).
 */
import { foldWord } from './fold.js';

export interface LexiconMatch {
  index: number;
  text: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  terminal: boolean;
  /** a period may (must) stand between the previous word and this one ("Bamada.net") */
  dotBefore: boolean;
  /** the form ends with a period that must follow in the text ("Gén.") */
  period: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Word starts and ends, as typed arrays: 8 bytes a word, where objects with cached strings took ~80. */
interface WordTable {
  s: Int32Array;
  e: Int32Array;
  n: number;
}

/**
 * Every lexicon (ranks, organizations, titles…) reads the same document: its words are found
 * once, and kept for the last text seen (the pipeline runs one document at a time). Folded
 * forms are not kept per word: foldWord() has its own bounded cache of distinct words.
 */
let cachedText: string | null = null;
let cachedWords: WordTable = { s: new Int32Array(0), e: new Int32Array(0), n: 0 };

/** Drops the word index of the last document (called when its record is built). */
export function releaseWordIndex(): void {
  cachedText = null;
  cachedWords = { s: new Int32Array(0), e: new Int32Array(0), n: 0 };
}

function wordsOf(text: string): WordTable {
  if (text === cachedText) return cachedWords;
  let s = new Int32Array(1024);
  let e = new Int32Array(1024);
  let n = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    if (n === s.length) {
      const s2 = new Int32Array(n * 2);
      const e2 = new Int32Array(n * 2);
      s2.set(s);
      e2.set(e);
      s = s2;
      e = e2;
    }
    s[n] = m.index;
    e[n] = m.index + m[0].length;
    n++;
  }
  cachedText = text;
  cachedWords = { s: s.slice(0, n), e: e.slice(0, n), n };
  return cachedWords;
}

/** Index of the first word starting at or after pos. */
function firstWordFrom(t: WordTable, pos: number): number {
  let lo = 0;
  let hi = t.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.s[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
/** What may stand between two words of one form. */
const JOINER = /^[\s\u00a0'’‐‑-]{1,3}$/;
const JOINER_DOT = /^[\s\u00a0'’‐‑.-]{1,3}$/;

function node(): TrieNode {
  return { next: new Map(), terminal: false, dotBefore: false, period: false };
}

export class LexiconMatcher {
  private readonly root = node();
  private readonly key: (w: string) => string;
  /** No lexicon word is longer: a longer text word is skipped unfolded (10 MB "words" exist). */
  private maxWordLength = 0;

  /** @param exactCase true for acronyms and capitalized heads ("UA" is no "ua") */
  constructor(forms: Iterable<string>, exactCase = false) {
    this.key = exactCase ? (w) => w : foldWord;
    for (const form of forms) this.add(form);
  }

  private add(form: string): void {
    const words: { w: string; dot: boolean }[] = [];
    WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    let prevEnd = -1;
    while ((m = WORD.exec(form)) !== null) {
      const dot = prevEnd >= 0 && form.slice(prevEnd, m.index).includes('.');
      words.push({ w: this.key(m[0]), dot });
      this.maxWordLength = Math.max(this.maxWordLength, m[0].length);
      prevEnd = m.index + m[0].length;
    }
    if (!words.length) return;
    let n = this.root;
    for (const { w, dot } of words) {
      let child = n.next.get(w);
      if (!child) n.next.set(w, (child = node()));
      if (dot) child.dotBefore = true;
      n = child;
    }
    if (form.endsWith('.')) n.period = true;
    else n.terminal = true;
  }

  /** Non-overlapping matches within [start, end), left to right, longest at each position. */
  matches(text: string, start = 0, end = text.length): LexiconMatch[] {
    const all = wordsOf(text);
    const lo = firstWordFrom(all, start);
    let stop = lo;
    while (stop < all.n && all.s[stop] < end) stop++;
    const count = stop - lo;
    const ws = (i: number) => all.s[lo + i];
    const we = (i: number) => Math.min(all.e[lo + i], end);
    const out: LexiconMatch[] = [];
    const exact = this.key !== foldWord;
    const keyOf = exact ? (i: number) => text.slice(ws(i), we(i)) : (i: number) => foldWord(text.slice(ws(i), we(i)));
    for (let i = 0; i < count; i++) {
      // a form starts at a word start: "Sahel" is not in "Sahelien", nor "général" in "sous-général"
      const before = text[ws(i) - 1];
      if (before === '-' || before === '‐') continue;
      if (we(i) - ws(i) > this.maxWordLength) continue;
      let n = this.root.next.get(keyOf(i));
      if (!n) continue;
      let bestEnd = -1;
      let bestWord = i;
      for (let j = i; n; ) {
        const after = text[we(j)];
        const wordEnds = after === undefined || !/[\p{L}\p{M}\p{N}]/u.test(after);
        if (wordEnds) {
          if (n.terminal) { bestEnd = we(j); bestWord = j; }
          if (n.period && after === '.') { bestEnd = we(j) + 1; bestWord = j; }
        }
        if (j + 1 >= count) break;
        if (we(j + 1) - ws(j + 1) > this.maxWordLength) break;
        const gap = text.slice(we(j), ws(j + 1));
        const next: TrieNode | undefined = n.next.get(keyOf(j + 1));
        if (!next || !(next.dotBefore ? JOINER_DOT : JOINER).test(gap)) break;
        n = next;
        j++;
      }
      if (bestEnd > 0) {
        out.push({ index: ws(i), text: text.slice(ws(i), bestEnd) });
        i = bestWord;
      }
    }
    return out;
  }
}
