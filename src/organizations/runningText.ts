/**
 * Lexicon entries read in running text as the organization regexes wrote them
 * (`escapeRegExp(entry)` with a space for one or more spaces, an apostrophe for ' or ’ and the
 * spaces after it), by code at one position: a list of a few hundred entries need not be one
 * alternation compiled on the first document.
 */
import { DIGIT, LETTER, isSpaceAt, skipSpaces, unitClass } from './unitClasses.js';


/**
 * End of `entry` read at k of s, or -1. A space of the entry takes every space there, an
 * apostrophe ' or ’ and the spaces after it: greedy, as the regex, and never given back, since
 * what follows in an entry is a letter (checked when the entries are loaded: `readable`).
 */
export function entryEnd(s: string, k: number, entry: string): number {
  for (let j = 0; j < entry.length; j++) {
    const ch = entry.charCodeAt(j);
    if (ch === 32) {
      if (!isSpaceAt(s, k)) return -1;
      k = skipSpaces(s, k);
    } else if (ch === 39) {
      const c = s.charCodeAt(k);
      if (c !== 39 && c !== 0x2019) return -1;
      k = skipSpaces(s, k + 1);
    } else {
      if (s.charCodeAt(k) !== ch) return -1;
      k++;
    }
  }
  return k;
}

/** The entry may be read greedily: no space or apostrophe is followed by another, nor ends it. */
export function readable(entry: string): boolean {
  return !/[ '][ ']|[ ']$|^[ ']/.test(entry) && !/\s/.test(entry.replace(/ /g, ''));
}

/** Entries by their first UTF-16 unit, each list in the order given (an alternation's order). */
export function byFirstUnit(entries: string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const e of entries) {
    const c = e.charCodeAt(0);
    const list = out.get(c);
    if (list) list.push(e);
    else out.set(c, [e]);
  }
  return out;
}

/** No letter, digit or hyphen at k (the end of s counts as none): the regexes' word edge `[\p{L}\p{N}-]`. */
export function noWordUnitAt(s: string, k: number): boolean {
  if (k < 0 || k >= s.length) return true;
  const c = s.charCodeAt(k);
  return c !== 45 && (unitClass(c) & (LETTER | DIGIT)) === 0;
}
