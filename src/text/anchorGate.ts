/**
 * Gates for regexes that can only match where some word occurs (their anchors): "le
 * gouvernement malien" needs "gouvernement", "le quotidien Hürriyet" needs "quotidien". Whether a
 * word holds an anchor is decided once per interned key of the token table (text/tokenTable.ts)
 * and kept by id across documents; a regex then runs only at the positions next to those words,
 * sticky, instead of scanning the whole text. Each gate is a necessary condition of a match (a
 * test on the folded key that every word a match could use passes), so what is found is exactly
 * what the full scan finds (tests/core/anchorGate.test.ts compares both on real articles).
 */
import { foldWord } from './fold.js';
import { MAX_WORD, internGeneration, keyOfId, tokenTableOf, type TokenTable } from './tokenTable.js';

/** Per interned key id, whether the key passes a test: computed once per id, dropped with the interner. */
export class KeyFlags {
  // 0 not yet known, 1 no, 2 yes
  private flags = new Uint8Array(4096);
  private generation = internGeneration();

  constructor(private readonly test: (key: string) => boolean) {}

  has(id: number): boolean {
    const g = internGeneration();
    if (g !== this.generation) {
      this.flags = new Uint8Array(4096);
      this.generation = g;
    }
    if (id >= this.flags.length) {
      const grown = new Uint8Array(Math.max(id + 1, this.flags.length * 2));
      grown.set(this.flags);
      this.flags = grown;
    }
    let f = this.flags[id];
    if (f === 0) this.flags[id] = f = this.test(keyOfId(id)) ? 2 : 1;
    return f === 2;
  }

  /** Token i may hold an anchor: its key passes, or it is too long to have a key (its key is ""). */
  token(table: TokenTable, i: number): boolean {
    return table.end[i] - table.start[i] > MAX_WORD || this.has(table.keyId(i));
  }
}

// "ſ" (long s) is an "s" to a case-insensitive regex but stays "ſ" when folded
const keyForTest = (key: string): string => (key.includes('ſ') ? key.replace(/ſ/g, 's') : key);

/** The folded words of literal phrases: "forces de défense" → forces, de, defense. */
export function foldedWords(phrases: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const p of phrases) for (const w of p.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) out.add(foldWord(w));
  return [...out];
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

/** The key holds one of the words anywhere ("3buts" holds "buts"; marks are already gone from keys). */
export function containsAny(words: string[]): (key: string) => boolean {
  return (key) => {
    const k = keyForTest(key);
    for (const w of words) if (k.includes(w)) return true;
    return false;
  };
}

/** A run of letters of the key (cut at digits and other non-letters) is one of the words. */
export function letterRunIn(words: Iterable<string>): (key: string) => boolean {
  const set = new Set(words);
  return (key) => {
    for (const run of keyForTest(key).split(/[^\p{L}]+/u)) if (set.has(run)) return true;
    return false;
  };
}

/** The key begins with one of the words ("conseillers" begins with "conseil"). */
export function startsWithAny(words: Iterable<string>): (key: string) => boolean {
  const set = new Set(words);
  let longest = 0;
  for (const w of set) longest = Math.max(longest, w.length);
  return (key) => {
    for (let n = Math.min(longest, key.length); n >= 1; n--) if (set.has(key.slice(0, n))) return true;
    return false;
  };
}

/** The key ends with one of the words ("3les" ends with "les"). */
export function endsWithAny(words: Iterable<string>): (key: string) => boolean {
  const list = [...new Set(words)];
  return (key) => list.some((w) => key.endsWith(w));
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

/**
 * The tokens of [from, to) whose key passes `flags`, as ranges of positions relative to `from`
 * where a match may start: from the start of the token `before` tokens back to the end of the
 * flagged one. Null when the span cuts a word (its first or last word is not the table's) or the
 * text has characters outside the BMP (the table and the regexes read words differently there):
 * the caller scans in full.
 */
export function anchorRanges(text: string, from: number, to: number, flags: KeyFlags, before = 0): number[] | null {
  const table = tokenTableOf(text);
  if (table.hasSurrogates) return null;
  let i = firstTokenEndingAfter(table, from);
  if (i < table.length && table.start[i] < from) return null;
  const ranges: number[] = [];
  for (; i < table.length && table.start[i] < to; i++) {
    if (table.end[i] > to) return null;
    if (!flags.token(table, i)) continue;
    const first = Math.max(0, i - before);
    ranges.push(Math.max(from, table.start[first]) - from, table.end[i] - from);
  }
  return ranges;
}

/**
 * The matches a global scan of `global` over `s` finds, with `sticky` (the same pattern, flag y)
 * tried only at the positions of `ranges` (pairs [start, end), sorted by start; null: the full
 * scan). `onMatch` may return where the scan goes on (the global regex's lastIndex), by default
 * the end of the match.
 */
export function scanMatches(global: RegExp, sticky: RegExp, s: string, ranges: number[] | null, onMatch: (m: RegExpExecArray) => number | void): void {
  let m: RegExpExecArray | null;
  if (ranges === null) {
    global.lastIndex = 0;
    while ((m = global.exec(s)) !== null) {
      const next = onMatch(m);
      global.lastIndex = typeof next === 'number' ? next : m.index + Math.max(1, m[0].length);
    }
    return;
  }
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
