/**
 * A capitalized name right after a noun that says what it is: "le quotidien Hürriyet", "l'usine
 * Tupperware", "la firme américaine Tupperware", "le groupe Linkin Park". The nouns are data
 * (data/organizations/descriptors.txt); a determiner must come before the noun, so that "parti"
 * the participle ("il est parti Lundi") is no cue. A given name or a known place after the noun is
 * left to the other rules ("le groupe Hervé …" may be a person's firm or the person).
 */
import type { OrganizationMention, Span } from '../mentions.js';
import { loadJson, loadList } from '../data.js';
import { alternation } from '../text/normalize.js';
import { isGivenName } from '../people/lexicon.js';
import { lookupPlace } from '../places/index.js';
import { anchorRanges, foldedFirstWords, scanMatches, stickyOf, type StickyMatcher, type WordGate } from '../text/anchorGate.js';
import { FoldedWordFilter } from '../text/foldedWordFilter.js';
import type { TokenTable } from '../text/tokenTable.js';
import { descriptorAt, type DescriptorLexicon, type DescriptorMatch } from './descriptorPhrase.js';
import { stickyReader } from './stickyReader.js';
import { byFirstUnit } from './runningText.js';

interface Pattern {
  /** nouns and adjectives, for the reading at the gate's positions (descriptorPhrase.ts) */
  lexicon: DescriptorLexicon;
  /** that reading as the sticky regex scanMatches tries */
  reader: StickyMatcher;
  /** the regex of that reading, for the texts scanned in full; compiled on first need */
  global: RegExp | null;
  sticky: RegExp | null;
  /** words that may open with a noun, or with a determiner glued to it (null: a noun starts otherwise, no gate) */
  anchors: WordGate | null;
}

let pattern: Pattern | null = null;

/** The determiners of the pattern, folded: "[Ll]e[\\s]*parti" may be written "leparti", one word. */
const DETERMINERS = ['le', 'la', 'les', 'du', 'des', 'au', 'aux', 'un', 'une', 'son', 'sa', 'ses', 'leur'];

/**
 * The word of the noun: it begins with the noun (the determiner is the word before), or with a
 * determiner and the noun; digits may come first ("3leparti": the lookbehind wants no letter only).
 */
function nounWords(nouns: string[]): WordGate {
  const filter = new FoldedWordFilter([...nouns, ...DETERMINERS.flatMap((d) => nouns.map((n) => d + n))]);
  const pairs = filter.pairTable(true).slice();
  // a word that opens with a digit is read past its digits
  for (let d = 48; d <= 57; d++) pairs.fill(1, d << 7, (d + 1) << 7);
  const test = (table: TokenTable, i: number): boolean => {
    const text = table.text;
    let s = table.start[i];
    const e = table.end[i];
    while (s < e && text.charCodeAt(s) >= 48 && text.charCodeAt(s) <= 57) s++;
    return filter.mayStartWith(text, s, e);
  };
  return { pairs, test };
}

function load(): Pattern {
  if (pattern) return pattern;
  const nouns = loadList('organizations/descriptors.txt');
  const { adjectives } = loadJson<{ adjectives: string[] }>('organizations/state-bodies.json');
  const adj = new Set<string>();
  for (const line of adjectives) for (const f of line.split(/\s+/).filter(Boolean)) adj.add(f).add(`${f}s`);
  const first = foldedFirstWords(nouns);
  // longest first, as the regex alternation tries them
  const sorted = [...nouns].sort((a, b) => b.length - a.length);
  const lexicon = { nouns: sorted, nounsByFirst: byFirstUnit(sorted), adjectives: adj };
  const reader = stickyReader((s, at) => spansOf(at, descriptorAt(s, at, lexicon)));
  pattern = { lexicon, reader, global: null, sticky: null, anchors: first ? nounWords(first) : null };
  return pattern;
}

/** The full-scan regex: what descriptorAt reads, at every position. */
function regexOf(p: Pattern): { global: RegExp; sticky: RegExp } {
  if (!p.global) {
    const SP = '[\\s\\u00a0]+';
    const WORD = "\\p{Lu}[\\p{L}\\p{M}\\p{N}&'’.-]*";
    p.global = new RegExp(
      `(?<![\\p{L}])(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Dd]u|[Dd]es|[Aa]u|[Aa]ux|[Uu]n|[Uu]ne|[Ss]on|[Ss]a|[Ss]es|[Ll]eur)[\\s\\u00a0]*(?:${alternation(p.lexicon.nouns)})(?:${SP}(?:${alternation(p.lexicon.adjectives)}))?${SP}((?:(?:Le|La|Les)${SP})?${WORD}(?:${SP}${WORD}){0,3})(?!\\p{L}|\\p{N})`,
      'gu',
    );
    p.sticky = stickyOf(p.global);
  }
  return { global: p.global, sticky: p.sticky! };
}

/** A descriptor phrase at p as the regex's match and its group (the name). */
function spansOf(p: number, d: DescriptorMatch | null): [number, number][] | null {
  return d === null ? null : [[p, d.end], [d.nameStart, d.end]];
}

export function namedByDescriptor(text: string, r: Span, out: OrganizationMention[]): void {
  const p = load();
  // the determiner before the noun is in the word before it (or glued to it): matches start there
  // its lookbehind refuses a letter only: "3leparti" is tried after the digit
  const ranges = p.anchors ? anchorRanges(text, r.start, r.end, p.anchors.test, 1, p.anchors.pairs, true) : null;
  if (ranges !== null && ranges.length === 0) return;
  const slice = text.slice(r.start, r.end);
  // the gate's positions exist only without surrogates or combining marks: there descriptorAt reads as the regex does
  const { global, sticky } = ranges === null ? regexOf(p) : { global: null, sticky: p.reader };
  scanMatches(global, sticky, slice, ranges, (m) => {
    // a final dot ends the sentence, not the name
    const name = m[1].replace(/[.’']+$/, '');
    // "le groupe D" of a tournament, "le groupe II": a letter or a numeral names no body
    if (/^(?:\p{Lu}|[IVXLC]+)$/u.test(name)) return;
    const first = name.split(/[\s\u00a0]/)[0];
    if (isGivenName(first) || lookupPlace(name)) return;
    const start = r.start + m.index + m[0].length - m[1].length;
    const end = start + name.length;
    if (out.some((o) => o.start < end && start < o.end)) return;
    out.push({ start, end, normalized: name.replace(/[\s\u00a0]+/g, ' '), acronym: null });
  });
}
