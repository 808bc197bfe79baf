/**
 * State bodies written in lower case: "le gouvernement malien", "l'armée nigérienne", "la
 * gendarmerie nationale", "le gouvernement de transition". For an analyst these are actors as much
 * as "les FAMa" are; a bare head ("le gouvernement", "l'armée") says whose body only through
 * the context, so it is left alone. Heads and adjectives are data (data/organizations/state-bodies.json).
 */
import type { OrganizationMention, Span } from '../mentions.js';
import { loadJson } from '../data.js';
import { alternation, escapeRegExp } from '../text/normalize.js';
import { lookupPlace } from '../places/index.js';
import { anchorRanges, foldedFirstWords, scanMatches, stickyOf, type StickyMatcher, type WordGate } from '../text/anchorGate.js';
import { FoldedWordFilter } from '../text/foldedWordFilter.js';
import type { TokenTable } from '../text/tokenTable.js';
import { readable } from './runningText.js';
import { ofCountryAt, stateBodyAt, stateBodyLexicon } from './stateBodyPhrase.js';
import { stickyReader } from './stickyReader.js';

interface StateBodyData { heads: string[]; complements: string[]; adjectives: string[] }

interface Patterns {
  /**
   * A head and its qualifiers ("l'armée nationale malienne"), a head and a country after de/du
   * ("le gouvernement du Qatar": the country is checked on each match): read by code at the
   * gate's positions (stateBodyPhrase.ts), as the sticky regexes scanMatches tries there
   */
  qualifiedReader: StickyMatcher;
  ofCountryReader: StickyMatcher;
  /** the same as regexes, compiled for the texts scanned in full */
  sources: { qualified: string; ofCountry: string };
  regexes: { qualified: Scan; ofCountry: Scan } | null;
  /** words beginning with a head's first word: both patterns start there (null: a head starts otherwise, no gate) */
  anchors: WordGate | null;
}

interface Scan {
  global: RegExp;
  sticky: RegExp;
}

let patterns: Patterns | null = null;

/** Masculine and feminine singular as listed, and their plurals (+s, -al → -aux). */
function inflections(forms: string[]): string[] {
  const out = new Set<string>();
  for (const line of forms) {
    for (const f of line.split(/\s+/).filter(Boolean)) {
      out.add(f);
      if (/[sx]$/.test(f)) continue;
      out.add(/al$/.test(f) ? `${f.slice(0, -2)}aux` : `${f}s`);
    }
  }
  return [...out];
}

/** An entry with flexible spaces and apostrophes. */
function runningText(entry: string): string {
  return escapeRegExp(entry).replace(/ /g, '[\\s\\u00a0]+').replace(/'/g, "['’][\\s\\u00a0]*");
}

/** A token the folded form of which may begin with one of the words. */
function startsWithOneOf(words: string[]): WordGate {
  const filter = new FoldedWordFilter(words);
  return { pairs: filter.pairTable(true), test: (table: TokenTable, i: number) => filter.mayStartWith(table.text, table.start[i], table.end[i]) };
}

function load(): Patterns {
  if (patterns) return patterns;
  const d = loadJson<StateBodyData>('organizations/state-bodies.json');
  // the alternations' order: longest first, adjectives before complements
  const heads = [...d.heads].sort((a, b) => b.length - a.length);
  const qualifiers = [...inflections(d.adjectives).sort((a, b) => b.length - a.length), ...[...d.complements].sort((a, b) => b.length - a.length)];
  const qualifier = `(?:${alternation(inflections(d.adjectives), runningText)}|${alternation(d.complements, runningText)})`;
  // the head in lower case as written, then one or two qualifiers ("l'armée nationale malienne")
  const qualifiedSource = `(?<!\\p{L}|\\p{N}|-)(?:${alternation(d.heads, runningText)})(?:[\\s\\u00a0]+${qualifier}){1,2}(?!\\p{L}|\\p{N}|-)`;
  const ofCountrySource = `(?<!\\p{L}|\\p{N}|-)(?:${alternation(d.heads, runningText)})[\\s\\u00a0]+(?:du|des|de[\\s\\u00a0]+la|de[\\s\\u00a0]+l['’]|d['’])[\\s\\u00a0]*(\\p{Lu}[\\p{L}\\p{M}'’-]+(?:[\\s\\u00a0]+[\\p{L}\\p{M}'’-]+){0,3})`;
  // the reading by code stands in for the regex only where it reads entries as the regex does
  const first = [...heads, ...qualifiers].every(readable) ? foldedFirstWords(d.heads) : null;
  const lexicon = stateBodyLexicon(heads, qualifiers);
  patterns = {
    qualifiedReader: stickyReader((s, at) => {
      const end = stateBodyAt(s, at, lexicon);
      return end < 0 ? null : [[at, end]];
    }),
    ofCountryReader: stickyReader((s, at) => ofCountryAt(s, at, lexicon)),
    sources: { qualified: qualifiedSource, ofCountry: ofCountrySource },
    regexes: null,
    anchors: first ? startsWithOneOf(first) : null,
  };
  return patterns;
}

/** The regexes, for the texts scanned in full. */
function regexesOf(p: Patterns): { qualified: Scan; ofCountry: Scan } {
  const scan = (source: string): Scan => {
    const global = new RegExp(source, 'gu');
    return { global, sticky: stickyOf(global) };
  };
  return (p.regexes ??= { qualified: scan(p.sources.qualified), ofCountry: scan(p.sources.ofCountry) });
}

export function stateBodies(text: string, r: Span, out: OrganizationMention[]): void {
  const p = load();
  const slice = text.slice(r.start, r.end);
  // a match starts a word beginning with a head's first word (the lookbehind: no letter, digit or
  // hyphen, and anchorRanges gives no gate to text with combining marks): only there is it tried
  const ranges = p.anchors ? anchorRanges(text, r.start, r.end, p.anchors.test, 0, p.anchors.pairs) : null;
  if (ranges !== null && ranges.length === 0) return;
  // the gate's positions exist only without surrogates or combining marks: there stateBodyAt reads as the regex does
  const readers = { qualified: { global: null, sticky: p.qualifiedReader }, ofCountry: { global: null, sticky: p.ofCountryReader } };
  const { qualified, ofCountry } = ranges === null ? regexesOf(p) : readers;
  scanMatches(qualified.global, qualified.sticky, slice, ranges, (m) => {
    const s = r.start + m.index;
    out.push({ start: s, end: s + m[0].length, normalized: m[0].replace(/[\s\u00a0]+/g, ' ').replace(/’/g, "'"), acronym: null });
  });
  scanMatches(ofCountry.global, ofCountry.sticky, slice, ranges, (m) => {
    // the longest run of words that is a country ("du Burkina Faso", "de la République démocratique du Congo")
    const words = m[1].split(/[\s\u00a0]+/);
    let n = words.length;
    while (n > 0 && lookupPlace(words.slice(0, n).join(' '))?.kind !== 'country') n--;
    if (n === 0) return;
    // the end of the n-th word inside the matched name
    const wordEnds = [...m[1].matchAll(/\S+/g)].map((w) => w.index! + w[0].length);
    const cut = m[0].length - m[1].length + wordEnds[n - 1];
    const s = r.start + m.index;
    const text0 = m[0].slice(0, cut);
    out.push({ start: s, end: s + cut, normalized: text0.replace(/[\s\u00a0]+/g, ' ').replace(/’/g, "'"), acronym: null });
  });
}
