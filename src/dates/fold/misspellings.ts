/**
 * Misspelled month and weekday names in scraped text ("3 mia 2024", "septmbre 2023", "le
 * mecredi 4"), corrected only in date context: right after a day number, right before a
 * year, or (weekdays) right before a day number. One edit (two for words of eight letters or
 * more; a swap of neighbours counts one), same first letter: "mai" and "mars" are never
 * rewritten into each other since known words are left alone.
 */
import type { Edit } from './folded.js';
import { lexicon } from '../lexicon.js';
import { isRegexSpace } from '../chars.js';

/** Rows of `distance`, reused: a new word next to a number costs one distance per same-letter month. */
let rows = [new Int32Array(16), new Int32Array(16), new Int32Array(16)];

/** Optimal string alignment distance, capped: returns max + 1 as soon as it is exceeded. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rows[0].length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [prev2, prev, cur] = rows;
  prev2.fill(0, 0, n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    // the rows turn: this row becomes the previous one, the one before it is written next
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[n];
}

let targets: { months: string[]; weekdays: string[]; known: Set<string> } | null = null;

function vocabulary(): { months: string[]; weekdays: string[]; known: Set<string> } {
  if (!targets) {
    const lx = lexicon();
    const months = Object.keys(lx.months).filter((w) => !w.includes('.') && w.length >= 3);
    const weekdays = Object.keys(lx.weekdays);
    const known = new Set([...Object.keys(lx.months), ...weekdays, ...Object.keys(lx.cardinalUnits), ...lx.quantityNounSet,
      ...Object.keys(lx.units), 'heures', 'heure', 'fois', 'pour', 'avec', 'sans', 'mais', 'plus', 'moins', 'entre', 'dans', 'vers', 'contre', 'millions', 'milliards', 'mille', 'cent', 'points', 'jours']);
    targets = { months, weekdays, known };
  }
  return targets;
}

/** Corrections already computed, per pool (the same words stand next to numbers in every article). */
const memo = new Map<string[], Map<string, string | null>>();

function correction(word: string, pool: string[], known: Set<string>): string | null {
  let seen = memo.get(pool);
  if (!seen) memo.set(pool, (seen = new Map()));
  let fixed = seen.get(word);
  if (fixed === undefined) {
    fixed = correctionOf(word, pool, known);
    if (seen.size >= 50_000) seen.clear();
    seen.set(word, fixed);
  }
  return fixed;
}

function correctionOf(word: string, pool: string[], known: Set<string>): string | null {
  const w = word.toLowerCase();
  if (known.has(w) || w.length < 3) return null;
  const max = w.length >= 8 ? 2 : 1;
  let best: string | null = null;
  let bestD = max + 1;
  for (const t of pool) {
    if (t[0] !== w[0]) continue;
    const d = distance(w, t, max);
    if (d < bestD) {
      best = t;
      bestD = d;
    } else if (d === bestD) best = null; // ambiguous: leave it
  }
  if (best === null || bestD > max) return null;
  return word[0] === word[0].toUpperCase() ? best[0].toUpperCase() + best.slice(1) : best;
}

/** Numbers drive the search (they are far rarer than words): the word after a day, the word before a number. */
const NUMBER = /\d+/g;
const WORD_AFTER = /^(?:er)?\s+(\p{L}{3,10})(?![\p{L}])/u;
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{L}{3,10})\s+$/u;

/**
 * WORD_BEFORE needs three letters before the spaces that end the window: none of the three may
 * be an ASCII character other than a letter.
 */
function wordMayEndBefore(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && isRegexSpace(text.charCodeAt(j))) j--;
  for (let n = 0; n < 3; n++, j--) {
    if (j < 0) return false;
    const c = text.charCodeAt(j);
    if (!(c >= 0x80 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

export function misspellingEdits(text: string): Edit[] {
  const { months, weekdays, known } = vocabulary();
  const found = new Map<number, Edit>();
  for (const n of text.matchAll(NUMBER)) {
    const at = n.index ?? 0;
    const digits = n[0];
    const end = at + digits.length;
    // both contexts need a space next to the number: most numbers ("1/2", "3,5", "12h") stop here
    // `/^(?:er)?\s/` after the number and `/\s/` before it, as character tests
    // (indices checked: reading past either end would deoptimize the loop)
    const spaceAfter = end < text.length && (isRegexSpace(text.charCodeAt(end)) || (end + 2 < text.length && text.charCodeAt(end) === 101 && text.charCodeAt(end + 1) === 114 && isRegexSpace(text.charCodeAt(end + 2))));
    const spaceBefore = at > 0 && isRegexSpace(text.charCodeAt(at - 1));
    if (!spaceAfter && !spaceBefore) continue;
    if (spaceAfter && digits.length <= 2 && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ')) {
      // after a day number: a month
      const a = WORD_AFTER.exec(text.slice(end, end + 16));
      if (a) {
        const start = end + a[0].length - a[1].length;
        const fixed = correction(a[1], months, known);
        if (fixed) found.set(start, { start, end: start + a[1].length, replacement: fixed });
      }
    }
    if (spaceBefore && (digits.length === 4 || digits.length <= 2)) {
      // before a year: a month; before a day number: a weekday
      const window = text.slice(Math.max(0, at - 16), at);
      const b = wordMayEndBefore(text, at) ? WORD_BEFORE.exec(window) : null;
      if (b) {
        const start = at - window.length + window.length - b[0].length + (b[0].length - b[0].replace(/^[^\p{L}]/u, '').length);
        const fixed = correction(b[1], digits.length === 4 ? months : weekdays, known);
        if (fixed && !found.has(start)) found.set(start, { start, end: start + b[1].length, replacement: fixed });
      }
    }
  }
  return [...found.values()].sort((x, y) => x.start - y.start);
}
