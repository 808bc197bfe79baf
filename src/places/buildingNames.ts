/**
 * Buildings and sites with an English name, which French news keeps as written: "le British
 * Museum", "au Staples Center", "à Trinity Church", "St George's Hospital". One to four
 * capitalized words and a building noun at the end (data/places/building-tails.txt) are one
 * place, kind "landmark": the hospital or the stadium, not the body that runs it.
 */
import type { PlaceMention } from '../mentions.js';
import { loadList } from '../data.js';
import { escapeRegExp } from '../text/normalize.js';

let tails: string[] | null = null;
const RESEARCH = /\b(?:Research|Policy|Studies|Strategic|Security|Intelligence|Warning|Data)\b/u;
let pattern: RegExp | null = null;

function load(): RegExp {
  if (pattern) return pattern;
  tails = loadList('places/building-tails.txt');
  const WORD = "\\p{Lu}[\\p{L}\\p{M}.-]*(?:['’][\\s\\u00a0]?s)?";
  // a French determiner opening a sentence ("Le Staples Center") is no part of the name
  pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’.-])(?!(?:Le|La|Les|Au|Aux|Du|Des|L['’])[\\s\\u00a0])(${WORD}(?:[\\s\\u00a0]${WORD}){0,3})[\\s\\u00a0](?:${tails.map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
  return pattern;
}

/** The English-named buildings of `text`, UTF-16 offsets, in text order. */
export function recognizeBuildings(text: string): PlaceMention[] {
  const re = load();
  // most texts name no such building: a look for each noun is cheaper than the pattern
  if (!tails!.some((t) => text.includes(t))) return [];
  const out: PlaceMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const written = m[0].replace(/[\s\u00a0]+/g, ' ');
    // "le Pew Research Center", "le Carter Center for Policy": a body that studies, not a building
    if (RESEARCH.test(written)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, normalized: written, country: null, kind: 'landmark', latitude: null, longitude: null, known: false });
  }
  return out;
}
