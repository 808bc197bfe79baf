/**
 * The acronyms of known bodies ("ONU", "FAMa", "MINUSMA") as whole words of the text, exact
 * case: looked up word by word in the document's token table. A regex alternation of the ~70
 * acronyms scanned every region and cost ~200 ms on the 6 MB distinct corpus, and its Unicode
 * compile fell on the first document. The regex is kept for the texts where the table's words
 * and \p{L}/\p{N} boundaries may part (combining marks, characters outside the BMP) and for the
 * tests that turn the word gates off.
 */
import type { OrganizationMention, Span } from '../mentions.js';
import { escapeRegExp } from '../text/normalize.js';
import { firstTokenEndingAfter, hasCombiningMarks, wordGates } from '../text/anchorGate.js';
import { tokenTableOf } from '../text/tokenTable.js';
import type { KnownOrg } from './lexicon.js';

interface Acronyms {
  byAcronym: Map<string, KnownOrg>;
  longest: number;
  shortest: number;
  /** per UTF-16 unit: 1 when some acronym opens with it */
  firsts: Uint8Array;
  /** per hash of a word's first two units (pairSlot): 1 when some acronym may open with them */
  pairs: Uint8Array;
  pattern: RegExp | null;
}

const PAIR_SLOTS = 1 << 14;
/** A hash of a word's first two UTF-16 units (-1: a one-unit word), exact case. */
function pairSlot(a: number, b: number): number {
  return (Math.imul(a, 0x9e3b) + b) & (PAIR_SLOTS - 1);
}

const cache = new WeakMap<Map<string, KnownOrg>, Acronyms>();

function acronymsOf(byAcronym: Map<string, KnownOrg>): Acronyms {
  let a = cache.get(byAcronym);
  if (!a) {
    let longest = 0;
    let shortest = Infinity;
    const firsts = new Uint8Array(65536);
    const pairs = new Uint8Array(PAIR_SLOTS);
    for (const k of byAcronym.keys()) {
      longest = Math.max(longest, k.length);
      shortest = Math.min(shortest, k.length);
      firsts[k.charCodeAt(0)] = 1;
      pairs[pairSlot(k.charCodeAt(0), k.length > 1 ? k.charCodeAt(1) : -1)] = 1;
    }
    cache.set(byAcronym, (a = { byAcronym, longest, shortest, firsts, pairs, pattern: null }));
  }
  return a;
}

/** The acronyms as one regex, longest first, bounded by no letter or digit (the reading the token lookup reproduces). */
function patternOf(a: Acronyms): RegExp {
  const acronyms = [...a.byAcronym.keys()].sort((x, y) => y.length - x.length);
  return (a.pattern ??= new RegExp(`(?<!\\p{L}|\\p{N})(?:${acronyms.map(escapeRegExp).join('|')})(?!\\p{L}|\\p{N})`, 'gu'));
}

/** Pushes each listed acronym of region r, left to right. */
export function listedAcronyms(text: string, r: Span, byAcronym: Map<string, KnownOrg>, out: OrganizationMention[]): void {
  const a = acronymsOf(byAcronym);
  const table = tokenTableOf(text);
  if (table.hasSurrogates || hasCombiningMarks(text) || !wordGates()) {
    const pattern = patternOf(a);
    const slice = text.slice(r.start, r.end);
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(slice)) !== null) {
      const s = r.start + m.index;
      out.push({ start: s, end: s + m[0].length, normalized: byAcronym.get(m[0])!.name, acronym: m[0] });
    }
    return;
  }
  // A token is a maximal run of letters, marks and digits: with no marks, its ends are exactly
  // where no letter or digit stands before or after. The region's ends bound the regex's view, so
  // a token it cuts counts for its part inside.
  const starts = table.start;
  const ends = table.end;
  const firsts = a.firsts;
  for (let i = firstTokenEndingAfter(table, r.start); i < table.length && starts[i] < r.end; i++) {
    // most words open with no acronym's first letter: told before the span is clipped
    if (firsts[text.charCodeAt(starts[i])] === 0 && starts[i] >= r.start) continue;
    const s = Math.max(starts[i], r.start);
    const e = Math.min(ends[i], r.end);
    if (e - s > a.longest || e - s < a.shortest || firsts[text.charCodeAt(s)] === 0) continue;
    // a capitalized word ("Le", "Paris") opens with two units no acronym opens with: no slice, no look-up
    if (a.pairs[pairSlot(text.charCodeAt(s), e - s > 1 ? text.charCodeAt(s + 1) : -1)] === 0) continue;
    const word = text.slice(s, e);
    const org = byAcronym.get(word);
    if (org !== undefined) out.push({ start: s, end: e, normalized: org.name, acronym: word });
  }
}
