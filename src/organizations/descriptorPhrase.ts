/**
 * "le quotidien Hürriyet", "la firme américaine Tupperware": a determiner, a descriptor noun, a
 * nationality adjective or none, then a capitalized name of one to four words. Read character by
 * character at the positions the word gate gives, with the backtracking of the regex it replaces
 * (namedByDescriptor.ts keeps that regex for the texts it still scans): the regex alternated ~300
 * adjectives (~6,900 characters) and compiled on the first document.
 */
import { DIGIT, LETTER, MARK, UPPER, isSpaceAt, skipSpaces, unitClass } from './unitClasses.js';

/** The determiners in the regex's order, as [first letter (either case), the rest]: "le" is tried before "les". */
const DETERMINERS = ['le', 'la', 'les', "l'", 'l’', 'du', 'des', 'au', 'aux', 'un', 'une', 'son', 'sa', 'ses', 'leur'];
/** Articles that may open the name ("le groupe Les Echos"), in the regex's order. */
const NAME_ARTICLES = ['Le', 'La', 'Les'];
/** What a name word holds after its capital, besides letters, marks and digits. */
const NAME_PUNCTUATION = new Set([38, 39, 0x2019, 46, 45]); // & ' ’ . -

export interface DescriptorLexicon {
  /** the nouns, longest first (the regex alternation's order) */
  nouns: string[];
  /** the same by first UTF-16 unit, each list in that order: a position tries only the nouns it may hold */
  nounsByFirst: Map<number, string[]>;
  adjectives: Set<string>;
}

/** A descriptor phrase at `p` of `s`: its end and where its name starts and ends; null when none. */
export interface DescriptorMatch {
  end: number;
  nameStart: number;
}


/** End of a name word at k (a capital, then letters, marks, digits, & ' ’ . -), or -1. */
function nameWordEnd(s: string, k: number): number {
  if (k >= s.length || (unitClass(s.charCodeAt(k)) & UPPER) === 0) return -1;
  k++;
  while (k < s.length) {
    const c = s.charCodeAt(k);
    if ((unitClass(c) & (LETTER | MARK | DIGIT)) === 0 && !NAME_PUNCTUATION.has(c)) break;
    k++;
  }
  return k;
}

/** End of the name at k: an optional Le/La/Les, then one to four words; -1 when none. */
function nameEnd(s: string, k: number): number {
  for (const article of NAME_ARTICLES) {
    if (!s.startsWith(article, k) || !isSpaceAt(s, k + article.length)) continue;
    const e = wordsEnd(s, skipSpaces(s, k + article.length));
    if (e >= 0) return e;
  }
  return wordsEnd(s, k);
}

function wordsEnd(s: string, k: number): number {
  let e = nameWordEnd(s, k);
  if (e < 0) return -1;
  for (let n = 0; n < 3; n++) {
    if (!isSpaceAt(s, e)) break;
    const next = nameWordEnd(s, skipSpaces(s, e));
    if (next < 0) break;
    e = next;
  }
  // the regex's closing lookahead (no letter or digit) holds: a word ends on neither
  return e;
}

/** The phrase starting at p, as the regex would match it there (sticky); null when it matches nothing. */
export function descriptorAt(s: string, p: number, lex: DescriptorLexicon): DescriptorMatch | null {
  if (p > 0 && (unitClass(s.charCodeAt(p - 1)) & LETTER) !== 0) return null;
  const c = s.charCodeAt(p);
  for (const det of DETERMINERS) {
    // [Ll]e: the first letter in either case, the rest as written
    if (c !== det.charCodeAt(0) && c !== det.charCodeAt(0) - 32) continue;
    if (!s.startsWith(det.slice(1), p + 1)) continue;
    const q = skipSpaces(s, p + det.length);
    const nouns = lex.nounsByFirst.get(s.charCodeAt(q));
    if (nouns === undefined) continue;
    for (const noun of nouns) {
      if (!s.startsWith(noun, q)) continue;
      const afterNoun = q + noun.length;
      if (!isSpaceAt(s, afterNoun)) continue;
      const a = skipSpaces(s, afterNoun);
      // an adjective is a whole run up to a space (it must be followed by one)
      let adjEnd = a;
      while (adjEnd < s.length && !isSpaceAt(s, adjEnd)) adjEnd++;
      if (adjEnd < s.length && lex.adjectives.has(s.slice(a, adjEnd))) {
        const nameStart = skipSpaces(s, adjEnd);
        const end = nameEnd(s, nameStart);
        if (end >= 0) return { end, nameStart };
      }
      const end = nameEnd(s, a);
      if (end >= 0) return { end, nameStart: a };
    }
  }
  return null;
}
