/**
 * The share of French marker words (data/language/french-markers.json: function words other
 * languages in scope rarely write) among the words of a text, the detector's first and cheapest
 * reading. A word is a run of letters of the lower-cased text.
 *
 * A document already has its token table (text/tokenTable.ts): `markerShareOfRegions` reads the
 * words from it instead of lower-casing and re-scanning the sample, and gives what the string
 * reading gives on the same sample. Its tokens are runs of letters, marks and digits, so a token
 * of plain letters is one word; any other token (a digit, a combining mark, a letter whose lower
 * case is no single letter: "İ" becomes "i" and a combining dot) is read as the string reading
 * reads it.
 */
import { loadJson } from '../data.js';
import type { Span } from '../mentions.js';
import type { TokenTable } from '../text/tokenTable.js';

export interface MarkerShare {
  /** Words read. */
  words: number;
  /** The part of them that are marker words (0 without words). */
  share: number;
}

interface MarkerData { words: string[]; minWords: number; minShare: number }

export interface Markers {
  words: Set<string>;
  /** The fast path's call: at least this many words, this share of them markers. */
  minWords: number;
  minShare: number;
  /** Shortest and longest marker, in UTF-16 units: other words need no look-up. */
  minLength: number;
  maxLength: number;
}

let markers: Markers | null = null;

export function frenchMarkers(): Markers {
  markers ??= (() => {
    const m = loadJson<MarkerData>('language/french-markers.json');
    const lengths = m.words.map((w) => w.length);
    return { words: new Set(m.words), minWords: m.minWords, minShare: m.minShare, minLength: Math.min(...lengths), maxLength: Math.max(...lengths) };
  })();
  return markers;
}

const WORDS = /\p{L}+/gu;

/** Words and marker words of a string, as the reading over the whole sample counts them. */
function countWords(text: string, counts: { words: number; hits: number }): void {
  const { words } = frenchMarkers();
  for (const m of text.toLowerCase().matchAll(WORDS)) {
    counts.words++;
    if (words.has(m[0])) counts.hits++;
  }
}

function share(counts: { words: number; hits: number }): MarkerShare {
  return { words: counts.words, share: counts.words ? counts.hits / counts.words : 0 };
}

/** The marker share of a text. */
export function markerShare(text: string): MarkerShare {
  const counts = { words: 0, hits: 0 };
  countWords(text, counts);
  return share(counts);
}

// Per UTF-16 unit: its lower case when it is a letter whose lower case is one letter (a token of
// them is one word, lower-cased unit by unit), NOT_PLAIN for any other unit, 0 not yet known.
const NOT_PLAIN = 0xffff;
const plainLower = new Uint16Array(65536);
for (let c = 0; c < 128; c++) plainLower[c] = c >= 65 && c <= 90 ? c + 32 : c >= 97 && c <= 122 ? c : NOT_PLAIN;

function lowerOfPlain(c: number): number {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  // surrogates are never plain: a letter outside the BMP is read by the string reading
  const plain = !(c >= 0xd800 && c <= 0xdfff) && /^\p{L}$/u.test(ch) && lower.length === 1 && /^\p{L}$/u.test(lower);
  return (plainLower[c] = plain ? lower.charCodeAt(0) : NOT_PLAIN);
}

const hashStep = (h: number, unit: number) => (Math.imul(h, 31) + unit) | 0;

/** The markers by a hash of their units: a word of the text is looked up without a string made of it. */
let markersByHash: Map<number, string> | null = null;

function markerHashes(): Map<number, string> {
  if (!markersByHash) {
    markersByHash = new Map();
    for (const w of frenchMarkers().words) {
      let h = 0;
      for (let k = 0; k < w.length; k++) h = hashStep(h, w.charCodeAt(k));
      // one marker per hash (a second would never be found): the list has no two alike
      if (markersByHash.has(h)) throw new Error(`french-markers.json: "${w}" and "${markersByHash.get(h)}" hash alike`);
      markersByHash.set(h, w);
    }
  }
  return markersByHash;
}

/**
 * The marker share of the text the language stage samples: each region's first `perRegion`
 * units, joined by line breaks, the whole cut at `limit` units. Equal to
 * `markerShare(sample.slice(0, limit))` on that sample, read from the document's token table.
 */
export function markerShareOfRegions(table: TokenTable, regions: readonly Span[], perRegion: number, limit: number): MarkerShare {
  const { minLength, maxLength } = frenchMarkers();
  const byHash = markerHashes();
  const { text, start, end } = table;
  const counts = { words: 0, hits: 0 };
  let budget = limit;
  for (const r of regions) {
    if (budget <= 0) break;
    const from = r.start;
    const to = Math.min(r.end, r.start + perRegion, r.start + budget);
    // the region and the line break joining it to the next
    budget -= Math.min(r.end, r.start + perRegion) - r.start + 1;
    // from the token the region may start inside
    for (let i = Math.max(0, table.firstFrom(from) - 1); i < table.length; i++) {
      const s = start[i];
      const e = end[i];
      if (s >= to) break;
      if (e <= from) continue;
      if (s < from || e > to) {
        // a word cut by the region's or the sample's bounds
        countWords(text.slice(Math.max(s, from), Math.min(e, to)), counts);
        continue;
      }
      // lower-cased unit by unit and hashed as it goes; any unit but a plain letter: the string reading
      let h = 0;
      let k = s;
      for (; k < e; k++) {
        const c = text.charCodeAt(k);
        let lower = plainLower[c];
        if (lower === 0) lower = lowerOfPlain(c);
        if (lower === NOT_PLAIN) break;
        h = hashStep(h, lower);
      }
      if (k < e) {
        countWords(text.slice(s, e), counts);
        continue;
      }
      counts.words++;
      const len = e - s;
      if (len < minLength || len > maxLength) continue;
      const marker = byHash.get(h);
      if (marker === undefined || marker.length !== len) continue;
      let same = true;
      for (let j = 0; j < len && same; j++) same = plainLower[text.charCodeAt(s + j)] === marker.charCodeAt(j);
      if (same) counts.hits++;
    }
  }
  return share(counts);
}
