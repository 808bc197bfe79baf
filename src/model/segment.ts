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

function isFinal(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.start);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3b;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2029) return true;
  }
  return false;
}

function isAbbreviation(text: string, t: Token): boolean {
  const len = t.end - t.start;
  if (len === 1) {
    const c = text.charCodeAt(t.start);
    return c >= 0x41 && c <= 0x5a; // an initial: "J. Dupont"
  }
  return len <= 4 && ABBREV.has(text.slice(t.start, t.end).toLowerCase());
}

/** Half-open [from, to) token index ranges. */
export function segment(text: string, tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    let cut = false;
    if (i + 1 < n && hasNewline(text, t.end, tokens[i + 1].start)) cut = true;
    else if (isFinal(text, t) && t.end - t.start <= 3) {
      cut = !(text.charCodeAt(t.start) === 0x2e && i > from && isAbbreviation(text, tokens[i - 1]));
    }
    if (!cut && i + 1 - from >= MAX_SEQ) {
      // Prefer cutting at a comma in the last stretch; else cut hard.
      cut = true;
      for (let j = i; j > i - 30 && j > from; j--) {
        if (text.charCodeAt(tokens[j].start) === 0x2c) {
          out.push([from, j + 1]);
          from = j + 1;
          cut = false;
          break;
        }
      }
    }
    if (cut) {
      out.push([from, i + 1]);
      from = i + 1;
    }
  }
  if (from < n) out.push([from, n]);
  return out;
}
