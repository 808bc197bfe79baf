/**
 * Cuts a token stream into the sequences the tagger decodes: at line breaks and after
 * sentence-final punctuation, but not after abbreviations ("M. Diallo", "J. Dupont") where a
 * cut would make the name look sentence-initial. Long runs are capped so decoding stays
 * linear and a page without punctuation cannot make one huge sequence.
 */
import type { Token } from './tokenize.js';

const ABBREV = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'me', 'mgr', 'st', 'ste', 'gal', 'gén', 'gen', 'col', 'cdt', 'cne',
  'lt', 'sgt', 'pr', 'prof', 'av', 'bd', 'n°', 'no', 'art', 'cf', 'etc', 'vol', 'p', 'ex', 'jr', 'sr', 'ltd', 'inc',
]);
const MAX_SEQ = 120;

function isFinal(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3b) && end - start <= 3;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2029) return true;
  }
  return false;
}

function isAbbreviation(text: string, start: number, end: number): boolean {
  const len = end - start;
  if (len === 1) {
    const c = text.charCodeAt(start);
    return c >= 0x41 && c <= 0x5a; // an initial: "J. Dupont"
  }
  return len <= 4 && ABBREV.has(text.slice(start, end).toLowerCase());
}

/**
 * A printed column broke a phrase: one line break between a lower-case word or a comma and the
 * next line ("il rentre à⏎Neuchâtel"), or before a line that starts in lower case ("le
 * Conseil⏎fédéral"). Cutting there would leave the name alone at a sequence
 * start, with no context and no inner capital, where the tagger never looks. A blank line, a
 * line ending in a capitalized word (a heading, a signature) or in punctuation still cuts.
 */
function wrappedLine(text: string, tokStart: number, tokEnd: number, nextStart: number): boolean {
  let newlines = 0;
  for (let k = tokEnd; k < nextStart; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) newlines++;
    else if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0xa0) return false;
  }
  if (newlines !== 1) return false;
  const c = text.charCodeAt(tokStart);
  if (c === 0x2c) return true;
  const first = text[tokStart];
  if (first !== first.toUpperCase() && tokEnd - tokStart > 0) return true;
  // "le Conseil⏎fédéral": a line that goes on in lower case continues the one before
  const next = text[nextStart];
  return /\p{Lu}/u.test(first) && next !== undefined && /\p{Ll}/u.test(next);
}

/** Half-open [from, to) token index ranges. */
export function segment(text: string, tokens: Token[]): [number, number][] {
  const n = tokens.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    start[i] = tokens[i].start;
    end[i] = tokens[i].end;
  }
  const ends: number[] = [];
  segmentEnds(text, start, end, n, ends);
  return ends.map((to, k) => [k === 0 ? 0 : ends[k - 1], to]);
}

/** The end (exclusive token index) of each sequence, in order, into `ends` (emptied first). */
export function segmentEnds(text: string, start: Int32Array, end: Int32Array, n: number, ends: number[]): void {
  ends.length = 0;
  let from = 0;
  for (let i = 0; i < n; i++) {
    let cut = false;
    if (i + 1 < n && hasNewline(text, end[i], start[i + 1])) cut = !wrappedLine(text, start[i], end[i], start[i + 1]);
    else if (isFinal(text, start[i], end[i])) {
      cut = !(text.charCodeAt(start[i]) === 0x2e && i > from && isAbbreviation(text, start[i - 1], end[i - 1]));
    }
    if (!cut && i + 1 - from >= MAX_SEQ) {
      // Prefer cutting at a comma in the last stretch; else cut hard.
      cut = true;
      for (let j = i; j > i - 30 && j > from; j--) {
        if (text.charCodeAt(start[j]) === 0x2c) {
          ends.push(j + 1);
          from = j + 1;
          cut = false;
          break;
        }
      }
    }
    if (cut) {
      ends.push(i + 1);
      from = i + 1;
    }
  }
  if (from < n) ends.push(n);
}
