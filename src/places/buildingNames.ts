/**
 * Buildings and sites with an English name, which French news keeps as written: "le British
 * Museum", "au Staples Center", "à Trinity Church", "St George's Hospital". One to four
 * capitalized words and a building noun at the end (data/places/building-tails.txt) are one
 * place, kind "landmark": the hospital or the stadium, not the body that runs it.
 */
import type { PlaceMention } from '../mentions.js';
import { loadList } from '../data.js';
import { escapeRegExp } from '../text/normalize.js';
import { mayBeginUpper, nameRunStart } from '../text/anchorScan.js';
import { lazyRegExp } from '../text/lazyRegExp.js';

let tails: string[] | null = null;
const RESEARCH = /\b(?:Research|Policy|Studies|Strategic|Security|Intelligence|Warning|Data)\b/u;
/** The pattern, tried at one position (sticky); made when a text holds one of the nouns. */
let sticky: (() => RegExp) | null = null;
/**
 * The most blanks a match holds: three between its four words, one in each "St George' s"
 * ending, one before the noun.
 */
const MAX_BLANKS = 8;

function load(): void {
  if (tails) return;
  tails = loadList('places/building-tails.txt');
  const WORD = "\\p{Lu}[\\p{L}\\p{M}.-]*(?:['’][\\s\\u00a0]?s)?";
  // a French determiner opening a sentence ("Le Staples Center") is no part of the name
  sticky = lazyRegExp(`(?<!\\p{L}|\\p{M}|\\p{N}|['’.-])(?!(?:Le|La|Les|Au|Aux|Du|Des|L['’])[\\s\\u00a0])(${WORD}(?:[\\s\\u00a0]${WORD}){0,3})[\\s\\u00a0](?:${tails.map(escapeRegExp).join('|')})(?!\\p{L}|\\p{M}|\\p{N})`, 'uy');
}

/** The first position ≥ from where one of the nouns is written (-1: none). */
function nextTail(text: string, from: number): number {
  let first = -1;
  for (const t of tails!) {
    const p = text.indexOf(t, from);
    if (p >= 0 && (first < 0 || p < first)) first = p;
  }
  return first;
}

/** The English-named buildings of `text`, UTF-16 offsets, in text order. */
export function recognizeBuildings(text: string): PlaceMention[] {
  load();
  // most texts name no such building: a look for each noun is cheaper than the pattern
  if (!tails!.some((t) => text.includes(t))) return [];
  const out: PlaceMention[] = [];
  // The pattern is tried, sticky, only at the capitals of the run of name characters before
  // each noun: a match ends at a noun and holds no other character, so no other position can
  // start one; left to right from the end of the last match, as the global scan (which read
  // every capital of the text with \p{L} backtracking, ~1% of the CPU where a noun was found).
  const st = sticky!();
  let from = 0;
  let tried = 0;
  for (let q = nextTail(text, from); q >= 0; q = nextTail(text, Math.max(from, q + 1))) {
    let m: RegExpExecArray | null = null;
    for (let x = Math.max(tried, nameRunStart(text, q, from, MAX_BLANKS)); x < q && m === null; x++) {
      if (!mayBeginUpper(text.charCodeAt(x))) continue;
      st.lastIndex = x;
      m = st.exec(text);
    }
    if (m === null) {
      tried = Math.max(tried, q);
      continue;
    }
    from = tried = m.index + m[0].length;
    const written = m[0].replace(/[\s\u00a0]+/g, ' ');
    // "le Pew Research Center", "le Carter Center for Policy": a body that studies, not a building
    if (RESEARCH.test(written)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, normalized: written, country: null, kind: 'landmark', latitude: null, longitude: null, known: false });
  }
  return out;
}
