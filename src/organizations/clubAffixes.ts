/**
 * Sports clubs named with a club abbreviation: before the name ("HC Slovan Bratislava", "US
 * Créteil", "FK Partizan", "SK Slavia Prague") or after it ("Luleå HF", "Mora IK", "Amiens SC").
 * The abbreviations are data (data/organizations/club-affixes.json). The name is one to three
 * capitalized words (or a number: "Schalke 04") written right next to the abbreviation.
 *
 * The patterns run only at the words of the document's token table that are an abbreviation
 * (text/anchorScan.ts): a region without one costs a walk over its word offsets, a few
 * characters read per word, and no fold.
 */
import type { OrganizationMention, Span } from '../mentions.js';
import { loadJson } from '../data.js';
import { alternation } from '../text/normalize.js';
import { tokenTableOf, type TokenTable } from '../text/tokenTable.js';
import { firstTokenEndingAfter, scanTwins } from '../text/anchorGate.js';
import { RegExpTwins } from '../text/lazyRegExp.js';
import { isRegexSpace, mayBeginUpper, nameRunStart } from '../text/anchorScan.js';
import { lookupPlace } from '../places/index.js';

interface ClubAffixes {
  prefixes: string[];
  suffixes: string[];
  notNames: string[];
}

const WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*\\p{L}|\\p{Lu}";
const SP = '[\\s\\u00a0]';
/** capitalized words that begin a sentence or a phrase and name no club */
const FUNCTION = new Set(['Un', 'Une', 'Des', 'Du', 'De', 'Et', 'Au', 'Aux', 'En', 'À', 'Ce', 'Cette', 'Il', 'Elle', 'Selon', 'Pour', 'Avec', 'Dans', 'Sur', 'Par']);

/** Capitalized articles: the town's in "Le Havre AC", the sentence's in "Le Horoya AC a recruté". */
const ARTICLES = new Set(['Le', 'La', 'Les']);

interface Affixes {
  before: RegExpTwins;
  after: RegExpTwins;
  notNames: Set<string>;
  prefixes: Set<string>;
  suffixes: Set<string>;
  /** the lengths (UTF-16 units) of the prefixes and suffixes; the units prefixes end with, suffixes begin with */
  prefixLengths: number[];
  suffixLengths: number[];
  prefixLast: Uint8Array;
  suffixFirst: Uint8Array;
}

function unitsAt(entries: string[], at: (entry: string) => number): Uint8Array {
  const t = new Uint8Array(65536);
  for (const e of entries) t[e.charCodeAt(at(e))] = 1;
  return t;
}

let patterns: Affixes | null = null;

function load(): Affixes {
  if (patterns) return patterns;
  const d = loadJson<ClubAffixes>('organizations/club-affixes.json');
  const pre = alternation(d.prefixes);
  const suf = alternation(d.suffixes);
  // the prefix, then one to three capitalized words or a two-digit number
  const before = `(?<!\\p{L}|\\p{N}|[&-])(?:${pre})(?:${SP}(?:${WORD})){1,3}(?:${SP}\\d{2})?(?!\\p{L}|\\p{N}|&)`;
  // one or two capitalized words, then the suffix
  const after = `(?<!\\p{L}|\\p{N}|[&'’-])(?:(?:${WORD})${SP}){1,2}(?:${suf})(?!\\p{L}|\\p{N}|[&'’-])`;
  patterns = {
    before: new RegExpTwins(before, 'u'),
    after: new RegExpTwins(after, 'u'),
    notNames: new Set(d.notNames),
    prefixes: new Set(d.prefixes),
    suffixes: new Set(d.suffixes),
    prefixLengths: [...new Set(d.prefixes.map((p) => p.length))],
    suffixLengths: [...new Set(d.suffixes.map((s) => s.length))],
    prefixLast: unitsAt(d.prefixes, (p) => p.length - 1),
    suffixFirst: unitsAt(d.suffixes, () => 0),
  };
  return patterns;
}

/**
 * Where, in the region, a match of each pattern may begin: ascending, in text offsets. One look
 * at each word's last and first character; the few words that pass are read further.
 */
function candidateStarts(text: string, table: TokenTable, r: Span, a: Affixes): { before: number[]; after: number[] } {
  const before: number[] = [];
  const after: number[] = [];
  const { start: starts, end: ends, length } = table;
  const rs = r.start;
  const re = r.end;
  for (let i = firstTokenEndingAfter(table, rs); i < length; i++) {
    const ts = starts[i];
    if (ts >= re) break;
    // a word cut by the region's bounds is read as the region shows it
    const s0 = ts < rs ? rs : ts;
    const e0 = ends[i] > re ? re : ends[i];
    if (a.prefixLast[text.charCodeAt(e0 - 1)] === 1) prefixStarts(text, s0, e0, re, a, before);
    if (a.suffixFirst[text.charCodeAt(s0)] === 1 && s0 > rs) suffixStarts(text, s0, e0, rs, a, after);
  }
  before.sort((x, y) => x - y);
  after.sort((x, y) => x - y);
  return { before, after };
}

/**
 * A prefix ends its word (a space follows) and begins at the word's start or after a mark or a
 * character outside the BMP: a word character below U+0300 is a letter or a digit, which fails
 * the pattern's look-behind.
 */
function prefixStarts(text: string, s0: number, e0: number, regionEnd: number, a: Affixes, out: number[]): void {
  if (e0 >= regionEnd || !isRegexSpace(text.charCodeAt(e0))) return;
  for (const n of a.prefixLengths) {
    const s = e0 - n;
    if (s < s0 || (s > s0 && text.charCodeAt(s - 1) < 0x300)) continue;
    if (a.prefixes.has(text.slice(s, e0))) out.push(s);
  }
}

/**
 * A suffix begins its word (a space precedes it) and ends it, or is followed by a mark or a
 * character outside the BMP; the match begins one or two words before it.
 */
function suffixStarts(text: string, s0: number, e0: number, regionStart: number, a: Affixes, out: number[]): void {
  if (!isRegexSpace(text.charCodeAt(s0 - 1))) return;
  const fits = (n: number) => (s0 + n === e0 || (s0 + n < e0 && text.charCodeAt(s0 + n) >= 0x300)) && a.suffixes.has(text.slice(s0, s0 + n));
  if (!a.suffixLengths.some(fits)) return;
  for (let s = nameRunStart(text, s0 - 1, regionStart, 1); s < s0 - 1; s++) if (mayBeginUpper(text.charCodeAt(s))) out.push(s);
}

/** `gated` false runs each pattern over the whole region: the reference the tests compare with. */
export function clubAffixes(text: string, r: Span, out: OrganizationMention[], gated = true): void {
  const a = load();
  const { notNames } = a;
  let starts: { before: number[]; after: number[] } | null = null;
  if (gated) {
    const found = candidateStarts(text, tokenTableOf(text), r, a);
    if (found.before.length === 0 && found.after.length === 0) return;
    // as [p, p + 1) ranges in the region, for scanMatches
    const ranges = (at: number[]) => at.flatMap((s) => [s - r.start, s - r.start + 1]);
    starts = { before: ranges(found.before), after: ranges(found.after) };
  }
  const slice = text.slice(r.start, r.end);
  const push = (s: number, e: number) => out.push({ start: r.start + s, end: r.start + e, normalized: slice.slice(s, e).replace(/[\s\u00a0]+/g, ' '), acronym: null });
  scanTwins(a.before, slice, starts && starts.before, (m) => {
    const words = m[0].split(/[\s\u00a0]+/);
    if (notNames.has(words[1]) || FUNCTION.has(words[1])) return undefined;
    // a line in capitals ("AS LE DÉCLARE") is no club's name: the name has a lower-case letter or a number
    if (!words.slice(1).some((w) => /\p{Ll}|^\d+$/u.test(w))) return undefined;
    push(m.index, m.index + m[0].length);
    return undefined;
  });
  scanTwins(a.after, slice, starts && starts.after, (m) => {
    let s = m.index;
    let words = m[0].split(/[\s\u00a0]+/);
    // "Selon Mora IK": drop a leading function word ("Le Havre AC" keeps its article: "Le", "La" are not in the list)
    while (words.length > 1 && FUNCTION.has(words[0])) {
      s += slice.slice(s).indexOf(words[1]);
      words = words.slice(1);
    }
    if (words.length < 2 || !words.slice(0, -1).some((w) => /\p{Ll}/u.test(w))) return undefined;
    // "Le Horoya AC" opening a sentence: the article is the sentence's, unless the name is a town's ("Le Havre AC")
    if (words.length === 3 && ARTICLES.has(words[0]) && lookupPlace(words.slice(0, 2).join(' ')) === null) {
      s += slice.slice(s).indexOf(words[1]);
      words = words.slice(1);
    }
    push(s, m.index + m[0].length);
    return undefined;
  });
}
