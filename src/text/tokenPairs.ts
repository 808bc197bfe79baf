/**
 * The first two folded letters of each word of a document as one code, computed in one pass
 * over the token table: a gate (text/foldedWordFilter.ts pairTable) then rejects most words with
 * one look-up, before reading their characters. "Général" → "ge", "à" → "a" and end of word.
 */
import { foldedUnit } from './foldedWordFilter.js';
import type { TokenTable } from './tokenTable.js';

/** The code of a word whose first two folded characters are not both ASCII: every gate tries it. */
export const PAIR_UNKNOWN = 0xffff;

let lastTable: TokenTable | null = null;
let lastCodes: Uint16Array | null = null;

/** Per token: (first << 7) | second folded character (0 when the word has one), or PAIR_UNKNOWN. */
export function tokenPairs(table: TokenTable): Uint16Array {
  if (table === lastTable && lastCodes) return lastCodes;
  const codes = new Uint16Array(table.length);
  const text = table.text;
  for (let i = 0; i < table.length; i++) {
    const s = table.start[i];
    const a = foldedUnit(text.charCodeAt(s));
    const b = table.end[i] - s > 1 ? foldedUnit(text.charCodeAt(s + 1)) : 0;
    codes[i] = a <= 0 || b < 0 ? PAIR_UNKNOWN : (a << 7) | b;
  }
  lastTable = table;
  lastCodes = codes;
  return codes;
}
