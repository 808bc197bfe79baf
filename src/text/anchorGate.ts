/**
 * Gates for regexes that can only match where some word occurs (their anchors): "le
 * gouvernement malien" needs "gouvernement", "le quotidien Hürriyet" needs "quotidien". The words
 * come from the document's token table (text/tokenTable.ts) and are tested from their characters
 * (text/foldedWordFilter.ts); a regex then runs only at the positions next to those words, sticky,
 * instead of scanning the whole text. Each gate is a necessary condition of a match, so what is
 * found is exactly what the full scan finds (tests/core/anchorGate.test.ts compares both on real
 * articles).
 */
import { foldWord } from './fold.js';
import { tokenTableOf, type TokenTable } from './tokenTable.js';
import { PAIR_UNKNOWN, tokenPairs } from './tokenPairs.js';
import type { RegExpTwins } from './lazyRegExp.js';

let enabled = true;

/**
 * Turns the gates off (every regex scans in full, every lexicon word is folded) or back on: the
 * tests compare both readings on real articles. Records never depend on it.
 */
export function setWordGates(on: boolean): void {
  enabled = on;
}

/** Whether the gates are on (they are, unless a test turned them off). */
export function wordGates(): boolean {
  return enabled;
}

/** The first word of each phrase, folded; null when a phrase does not begin with a letter (no gate then). */
export function foldedFirstWords(phrases: Iterable<string>): string[] | null {
  const out = new Set<string>();
  for (const p of phrases) {
    const m = /^[\p{L}]+/u.exec(p);
    if (!m) return null;
    out.add(foldWord(m[0]));
  }
  return [...out];
}

// the last text asked about, and whether it holds combining marks
let marksText: string | null = null;
let marks = false;

/**
 * Whether the text holds a combining mark (\p{M}). A key has no marks, so where there are some a
 * regex may find a word boundary inside a token ("x\u0301stade" holds "stade" for \p{L}): gates
 * that rely on matches starting at a token start do not apply.
 */
export function hasCombiningMarks(text: string): boolean {
  if (marksText === text) return marks;
  marksText = text;
  marks = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x300 && isMark(c)) {
      marks = true;
      break;
    }
  }
  return marks;
}

// per UTF-16 unit: 0 not yet known, 1 no mark, 2 a mark
const markUnits = new Uint8Array(65536);
function isMark(c: number): boolean {
  let k = markUnits[c];
  if (k === 0) markUnits[c] = k = c < 0xd800 || c > 0xdfff ? (/\p{M}/u.test(String.fromCharCode(c)) ? 2 : 1) : 1;
  return k === 2;
}

/** Index of the first token of the table ending after `pos`. */
export function firstTokenEndingAfter(table: TokenTable, pos: number): number {
  let lo = 0;
  let hi = table.length;
  const end = table.end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (end[mid] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Which words may hold an anchor: first by their first two folded letters (FoldedWordFilter.pairTable), then `test`. */
export interface WordGate {
  pairs: Uint8Array | null;
  test: (table: TokenTable, i: number) => boolean;
}

// per UTF-16 unit: 0 not yet known, 1 no letter, 2 a letter (\p{L})
const letterUnits = new Uint8Array(65536);
function isLetter(c: number): boolean {
  let k = letterUnits[c];
  if (k === 0) letterUnits[c] = k = /\p{L}/u.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}

/**
 * Where in tokens first..last a match that opens with a letter may start, as [p, p + 1) pairs
 * relative to `from`: at each token start (`from` for a token the span cuts), and, when its
 * lookbehind only refuses a letter (`afterDigits`: "3les"), after a digit inside a token. Inside a
 * token every other position follows a letter (no combining marks here: anchorRanges checks).
 */
export function pushStarts(ranges: number[], text: string, table: TokenTable, first: number, last: number, from: number, afterDigits: boolean): void {
  for (let t = first; t <= last; t++) {
    const s = table.start[t];
    const e = table.end[t];
    if (s >= from) ranges.push(s - from, s - from + 1);
    else if (e > from) ranges.push(0, 1);
    if (!afterDigits) continue;
    for (let k = Math.max(s + 1, from); k < e; k++) if (!isLetter(text.charCodeAt(k - 1))) ranges.push(k - from, k - from + 1);
  }
}

/**
 * The tokens i of [from, to) for which `anchor(table, i)` holds, as positions relative to
 * `from` where a match (opening with a letter) may start: in the anchor or the `before` tokens
 * before it (pushStarts). Null when the span cuts a word (its first or last word is not the
 * table's), or the text has characters outside the BMP (the table and the regexes read words
 * differently there) or combining marks: the caller scans in full.
 */
export function anchorRanges(text: string, from: number, to: number, anchor: (table: TokenTable, i: number) => boolean, before = 0, pairs: Uint8Array | null = null, afterDigits = false): number[] | null {
  if (!enabled) return null;
  const table = tokenTableOf(text);
  if (table.hasSurrogates || hasCombiningMarks(text)) return null;
  let i = firstTokenEndingAfter(table, from);
  if (i < table.length && table.start[i] < from) return null;
  const ranges: number[] = [];
  // `pairs`: the first two folded letters an anchor can have (FoldedWordFilter.pairTable): most words stop there
  const codes = pairs ? tokenPairs(table) : null;
  for (; i < table.length && table.start[i] < to; i++) {
    if (table.end[i] > to) return null;
    if (codes !== null && codes[i] !== PAIR_UNKNOWN && pairs![codes[i]] === 0) continue;
    if (!anchor(table, i)) continue;
    pushStarts(ranges, text, table, Math.max(0, i - before), i, from, afterDigits);
  }
  return ranges;
}

/** What scanMatches needs of a sticky regex: code that reads a pattern at one position may stand in for it. */
export interface StickyMatcher {
  lastIndex: number;
  exec(s: string): RegExpExecArray | null;
}

/**
 * The matches a global scan of `global` over `s` finds, with `sticky` (the same pattern, flag y)
 * tried only at the positions of `ranges` (pairs [start, end), sorted by start; null: the full
 * scan). `onMatch` may return where the scan goes on (the global regex's lastIndex), by default
 * the end of the match.
 */
export function scanMatches(global: RegExp | null, sticky: StickyMatcher, s: string, ranges: number[] | null, onMatch: (m: RegExpExecArray) => number | void): void {
  if (ranges !== null) scanRanges(sticky, s, ranges, onMatch);
  else if (global === null) throw new Error('scanMatches: a full scan needs the global regex');
  else scanAll(global, s, onMatch);
}

/** scanMatches with the regexes of `twins`: only the one the scan needs is made. */
export function scanTwins(twins: RegExpTwins, s: string, ranges: number[] | null, onMatch: (m: RegExpExecArray) => number | void): void {
  if (ranges === null) scanAll(twins.global, s, onMatch);
  else if (ranges.length > 0) scanRanges(twins.sticky, s, ranges, onMatch);
}

function scanAll(global: RegExp, s: string, onMatch: (m: RegExpExecArray) => number | void): void {
  let m: RegExpExecArray | null;
  global.lastIndex = 0;
  while ((m = global.exec(s)) !== null) {
    const next = onMatch(m);
    global.lastIndex = typeof next === 'number' ? next : m.index + Math.max(1, m[0].length);
  }
}

function scanRanges(sticky: StickyMatcher, s: string, ranges: number[], onMatch: (m: RegExpExecArray) => number | void): void {
  let m: RegExpExecArray | null;
  let pos = 0;
  for (let k = 0; k < ranges.length; k += 2) {
    const b = ranges[k + 1];
    let p = Math.max(pos, ranges[k]);
    while (p < b) {
      sticky.lastIndex = p;
      m = sticky.exec(s);
      if (m === null) {
        p++;
        continue;
      }
      const next = onMatch(m);
      p = typeof next === 'number' ? next : m.index + Math.max(1, m[0].length);
      pos = p;
    }
    if (pos < b) pos = b;
  }
}

/** The sticky twin of a global regex. */
export function stickyOf(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace('g', '') + 'y');
}
