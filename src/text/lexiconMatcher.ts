/**
 * Finds the forms of a lexicon in text: a trie over words, walked from each word of the text,
 * longest match first. Forms and text are compared word by word, case- and accent-folded
 * (unless exact case is asked for), so "Etats"/"États", "d'armée"/"d’armée" and
 * "lieutenant-colonel"/"lieutenant colonel" all match. Linear in the text, and no giant regex
 * alternation to compile at start-up (which cost >100 ms for the organization lexicon).
 */
import { foldWord } from './fold.js';
import { lowerBound } from './anchorScan.js';
import { MAX_WORD, tokenTableOf, type TokenTable } from './tokenTable.js';
import { firstTokenEndingAfter, wordGates } from './anchorGate.js';
import { FoldedWordFilter } from './foldedWordFilter.js';
import { CharClass, charClassOf } from './charClass.js';
import { PAIR_UNKNOWN, tokenPairs } from './tokenPairs.js';

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
  /** the keys of `next`, read from a word's characters (folded matchers; made on first use) */
  children: FoldedWordFilter | null;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The words of [start, end) of a document: offsets and folded keys. They come from the
 * document's token table (text/tokenTable.ts), so the ranks and organization lexicons
 * and the places recognizer read words found and folded once. Texts with characters outside
 * the BMP keep this matcher's own reading of words (the regex), cached for the last text.
 */
class WordRange {
  constructor(
    readonly text: string,
    readonly s: Int32Array,
    readonly e: Int32Array,
    /** index of word 0 among all the words of the document (in `table` or in `keys`) */
    readonly base: number,
    readonly table: TokenTable | null,
    private readonly keys: string[] | null,
    /** the last word was cut at the range end: its key is not the table's */
    readonly cutLast: boolean,
  ) {}

  get length(): number {
    return this.s.length;
  }

  folded(i: number): string {
    if (this.table && !(this.cutLast && i === this.s.length - 1) && this.e[i] - this.s[i] <= MAX_WORD) return this.table.folded(this.base + i);
    if (this.keys && !(this.cutLast && i === this.s.length - 1)) return (this.keys[this.base + i] ||= foldWord(this.text.slice(this.s[i], this.e[i])));
    return foldWord(this.text.slice(this.s[i], this.e[i]));
  }
}

let regexText: string | null = null;
let regexWords: { s: Int32Array; e: Int32Array; keys: string[] } | null = null;

/** Drops the regex word index of the last document (called when its record is built). */
export function releaseWordIndex(): void {
  regexText = null;
  regexWords = null;
}

function wordsIn(text: string, start: number, end: number): WordRange {
  const table = tokenTableOf(text);
  let s: Int32Array;
  let e: Int32Array;
  let keys: string[] | null = null;
  if (!table.hasSurrogates) {
    s = table.start.subarray(0, table.length);
    e = table.end.subarray(0, table.length);
  } else {
    if (regexText !== text || !regexWords) {
      const starts: number[] = [];
      const ends: number[] = [];
      WORD.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = WORD.exec(text)) !== null) (starts.push(m.index), ends.push(m.index + m[0].length));
      regexText = text;
      regexWords = { s: Int32Array.from(starts), e: Int32Array.from(ends), keys: new Array<string>(starts.length).fill('') };
    }
    ({ s, e, keys } = regexWords);
  }
  // two bisections of the ascending starts: the words starting in [start, end)
  const lo = lowerBound(s, start);
  const stop = Math.max(lo, lowerBound(s, end));
  let we = e.subarray(lo, stop);
  const cutLast = stop > lo && we[we.length - 1] > end;
  if (cutLast) {
    we = we.slice();
    we[we.length - 1] = end;
  }
  return new WordRange(text, s.subarray(lo, stop), we, lo, table.hasSurrogates ? null : table, keys, cutLast);
}

/** What may stand between two words of one form. */
const JOINER = /^[\s\u00a0'’‐‑-]{1,3}$/;
const JOINER_DOT = /^[\s\u00a0'’‐‑.-]{1,3}$/;

function node(): TrieNode {
  return { next: new Map(), terminal: false, dotBefore: false, period: false, children: null };
}

export class LexiconMatcher {
  private readonly root = node();
  private readonly key: (w: string) => string;
  /** No lexicon word is longer: a longer text word is skipped unfolded (10 MB "words" exist). */
  private maxWordLength = 0;
  /** The first words of the forms, read from a word's characters (folded matchers only). */
  private firstWords: FoldedWordFilter | null = null;
  /**
   * Words as written → the trie node of their folded key (null: none), for the words the filter
   * lets by ("la", "Le"): a small table indexed by length and first letters, compared character
   * by character (no string made for the frequent ones).
   */
  private readonly rootWords: (string | null)[] = new Array<string | null>(1024).fill(null);
  private readonly rootNodes: (TrieNode | null)[] = new Array<TrieNode | null>(1024).fill(null);

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

  /** The root's child for a word as written: its folded key (foldWord, as every reading of words gives it) looked up once. */
  private rootOf(text: string, s: number, e: number): TrieNode | undefined {
    const len = e - s;
    const slot = (Math.imul(text.charCodeAt(s), 31) + Math.imul(text.charCodeAt(e - 1), 7) + len) & 1023;
    const known = this.rootWords[slot];
    if (known !== null && known.length === len) {
      let k = 0;
      while (k < len && known.charCodeAt(k) === text.charCodeAt(s + k)) k++;
      if (k === len) return this.rootNodes[slot] ?? undefined;
    }
    const word = text.slice(s, e);
    const n = this.root.next.get(foldWord(word)) ?? null;
    this.rootWords[slot] = word;
    this.rootNodes[slot] = n;
    return n ?? undefined;
  }

  private starts(): FoldedWordFilter {
    return (this.firstWords ??= new FoldedWordFilter(this.root.next.keys()));
  }

  /**
   * Whether a form may start in [start, end): false only when no word there starts one (a
   * necessary condition of `matches` finding anything, far cheaper on text without forms).
   */
  mayMatchIn(text: string, start = 0, end = text.length): boolean {
    const table = tokenTableOf(text);
    if (table.hasSurrogates || this.key !== foldWord || !wordGates()) return true;
    const first = this.starts();
    const codes = tokenPairs(table);
    const pairs = first.pairTable(false);
    let i = firstTokenEndingAfter(table, start);
    if (i < table.length && table.start[i] < start) return true;
    for (; i < table.length && table.start[i] < end; i++) {
      if (table.end[i] > end) return true;
      if (codes[i] !== PAIR_UNKNOWN && pairs[codes[i]] === 0) continue;
      if (first.mayBe(text, table.start[i], table.end[i])) return true;
    }
    return false;
  }

  /** Non-overlapping matches within [start, end), left to right, longest at each position. */
  matches(text: string, start = 0, end = text.length): LexiconMatch[] {
    const words = wordsIn(text, start, end);
    const ws = words.s;
    const we = words.e;
    const out: LexiconMatch[] = [];
    const exact = this.key !== foldWord;
    const keyOf = exact ? (i: number) => text.slice(ws[i], we[i]) : (i: number) => words.folded(i);
    const gated = !exact && wordGates();
    const first = gated ? this.starts() : null;
    // most words start no form: told by their first two letters, else from their characters, without folding them
    const codes = gated && words.table ? tokenPairs(words.table) : null;
    const pairs = codes ? first!.pairTable(false) : null;
    const lastWhole = words.cutLast ? ws.length - 1 : ws.length;
    for (let i = 0; i < ws.length; i++) {
      if (codes !== null && i < lastWhole) {
        const code = codes[words.base + i];
        if (code !== PAIR_UNKNOWN && pairs![code] === 0) continue;
      }
      if (first !== null && !first.mayBe(text, ws[i], we[i])) continue;
      // a form starts at a word start: "Sahel" is not in "Sahelien", nor "général" in "sous-général"
      const before = text[ws[i] - 1];
      if (before === '-' || before === '‐') continue;
      if (we[i] - ws[i] > this.maxWordLength) continue;
      let n = gated ? this.rootOf(text, ws[i], we[i]) : this.root.next.get(keyOf(i));
      if (!n) continue;
      let bestEnd = -1;
      let bestWord = i;
      for (let j = i; n; ) {
        // the end of the text (NaN), or no letter, mark or digit (a lone surrogate is none either)
        const after = text.charCodeAt(we[j]);
        const wordEnds = after !== after || (after >= 0xd800 && after <= 0xdfff) || charClassOf(after) === CharClass.SEPARATOR;
        if (wordEnds) {
          if (n.terminal) { bestEnd = we[j]; bestWord = j; }
          if (n.period && after === 46) { bestEnd = we[j] + 1; bestWord = j; }
        }
        if (j + 1 >= ws.length) break;
        if (we[j + 1] - ws[j + 1] > this.maxWordLength) break;
        // "la" opens many forms, and most words after it continue none: told without folding them
        if (gated && !(n.children ??= new FoldedWordFilter(n.next.keys())).mayBe(text, ws[j + 1], we[j + 1])) break;
        const gap = text.slice(we[j], ws[j + 1]);
        const next: TrieNode | undefined = n.next.get(keyOf(j + 1));
        if (!next || !(next.dotBefore ? JOINER_DOT : JOINER).test(gap)) break;
        n = next;
        j++;
      }
      if (bestEnd > 0) {
        out.push({ index: ws[i], text: text.slice(ws[i], bestEnd) });
        i = bestWord;
      }
    }
    return out;
  }
}
