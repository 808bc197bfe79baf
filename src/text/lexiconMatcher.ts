/**
 * Finds the forms of a lexicon in text: a trie over words, walked from each word of the text,
 * longest match first. Forms and text are compared word by word, case- and accent-folded
 * (unless exact case is asked for), so "Etats"/"États", "d'armée"/"d’armée" and
 * "lieutenant-colonel"/"lieutenant colonel" all match. Linear in the text, and no giant regex
 * alternation to compile at start-up (which cost >100 ms for the organization lexicon).
 */
import { foldWord } from './fold.js';
import { firstStartingFrom } from './spans.js';

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

interface Word { s: number; e: number; /** exact text, filled on demand */ k: string; /** folded, on demand */ f: string }

/**
 * Every lexicon (ranks, organizations, titles…) reads the same document: its words are found
 * and folded once, and kept for the last text seen (the pipeline runs one document at a time).
 */
let cachedText: string | null = null;
let cachedWords: Word[] = [];

/** Drops the word index of the last document (called when its record is built). */
export function releaseWordIndex(): void {
  cachedText = null;
  cachedWords = [];
}

function wordsOf(text: string): Word[] {
  if (text === cachedText) return cachedWords;
  const words: Word[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) words.push({ s: m.index, e: m.index + m[0].length, k: '', f: '' });
  cachedText = text;
  cachedWords = words;
  return words;
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
    const lo = firstStartingFrom(all, start, (w) => w.s);
    let stop = lo;
    while (stop < all.length && all[stop].s < end) stop++;
    const words = all.slice(lo, stop).map((w) => (w.e > end ? { s: w.s, e: end, k: '', f: '' } : w));
    const out: LexiconMatch[] = [];
    const exact = this.key !== foldWord;
    const keyOf = exact
      ? (i: number) => (words[i].k ||= text.slice(words[i].s, words[i].e))
      : (i: number) => (words[i].f ||= foldWord(text.slice(words[i].s, words[i].e)));
    for (let i = 0; i < words.length; i++) {
      // a form starts at a word start: "Sahel" is not in "Sahelien", nor "général" in "sous-général"
      const before = text[words[i].s - 1];
      if (before === '-' || before === '‐') continue;
      if (words[i].e - words[i].s > this.maxWordLength) continue;
      let n = this.root.next.get(keyOf(i));
      if (!n) continue;
      let bestEnd = -1;
      let bestWord = i;
      for (let j = i; n; ) {
        const after = text[words[j].e];
        const wordEnds = after === undefined || !/[\p{L}\p{M}\p{N}]/u.test(after);
        if (wordEnds) {
          if (n.terminal) { bestEnd = words[j].e; bestWord = j; }
          if (n.period && after === '.') { bestEnd = words[j].e + 1; bestWord = j; }
        }
        if (j + 1 >= words.length) break;
        if (words[j + 1].e - words[j + 1].s > this.maxWordLength) break;
        const gap = text.slice(words[j].e, words[j + 1].s);
        const next: TrieNode | undefined = n.next.get(keyOf(j + 1));
        if (!next || !(next.dotBefore ? JOINER_DOT : JOINER).test(gap)) break;
        n = next;
        j++;
      }
      if (bestEnd > 0) {
        out.push({ index: words[i].s, text: text.slice(words[i].s, bestEnd) });
        i = bestWord;
      }
    }
    return out;
  }
}
