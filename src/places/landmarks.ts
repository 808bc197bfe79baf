/**
 * Buildings, sites and streets named after a person: "l'hôpital Gabriel Touré", "le stade
 * Modibo Keïta", "l'aéroport Félix Houphouët-Boigny d'Abidjan", "l'avenue Kwame Nkrumah". In
 * Sahel news these names are everywhere (the wounded are taken to a hospital, a match is played
 * in a stadium), and read alone the name is a person who is not in the story. The noun and the
 * name are one place, kind "landmark" (a street: "road"). The nouns are data
 * (data/places/landmark-nouns.txt); a determiner or "à"/"de" must come before the noun, and
 * the name is two to four capitalized words (a person's full name), hyphens and Arabic or Tuareg
 * filiations included; "de" is left out, since "l'hôpital Gabriel Touré de Bamako" is in Bamako.
 */
import type { PlaceMention } from '../mentions.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../data.js';
import { escapeRegExp } from '../text/normalize.js';
import { CharClass, charClassOf } from '../text/charClass.js';
import { tokenTableOf } from '../text/tokenTable.js';
import { lazyRegExp } from '../text/lazyRegExp.js';
import { warmedUp } from '../text/warmRegExp.js';

/** The pattern scanning the whole text (made at its first use: the gated reading needs only patternAt). */
let pattern: (() => RegExp) | null = null;
/** The same pattern, tried at one position (sticky). */
let patternAt: RegExp | null = null;
/** The nouns as written in the data; null when one holds a separator (no token gate then). */
let gateNouns: string[] | null = null;
const roads = new Set<string>();

/**
 * The nouns by a hash of their last two UTF-16 units as written (the first letter in either case
 * when it is one of the two): a token is compared only with the nouns of its own last two units,
 * read from its characters, without folding or interning the word (most words are never looked
 * up again, and interning every word of a text cost more than the landmarks themselves). Null
 * when a noun is shorter than two units (every token is then compared with every noun).
 */
let nounTails: (string[] | undefined)[] | null = null;
const TAIL_BITS = 4095;

const tailHash = (prev: number, last: number): number => (Math.imul(prev, 31) + last) & TAIL_BITS;

function load(): () => RegExp {
  if (pattern) return pattern;
  const nouns: string[] = [];
  for (const line of readFileSync(join(DATA_DIR, 'places', 'landmark-nouns.txt'), 'utf8').split('\n')) {
    const [noun, kind] = line.trim().split('\t');
    if (!noun || noun.startsWith('#')) continue;
    nouns.push(noun);
    if (kind === 'road') roads.add(noun);
  }
  // the noun as written in lower case or with a capital ("l'Hôpital Gabriel Touré"); no 'i' flag,
  // which would let \p{Lu} match any letter
  const alt = nouns.sort((a, b) => b.length - a.length).map((n) => `[${n[0]}${n[0].toUpperCase()}]${escapeRegExp(n.slice(1))}`).join('|');
  const SP = '[\\s\\u00a0]+';
  const NAME = "\\p{Lu}[\\p{Ll}\\p{M}]+(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)?";
  // "l'hôpital", "au stade", "de la place", "sur l'avenue": a determiner before the noun, so that
  // "Place" or "Base" opening a sentence or a name ("Camp David") is not read as one
  const source = `(?<![\\p{L}])(?:[Ll]e|[Ll]a|[Ll]['’]|[Dd]u|[Aa]u|[Uu]n|[Uu]ne)[\\s\\u00a0]*(${alt})${SP}(${NAME}(?:${SP}(?:(?:ben|ould|ag|dan|el)${SP})?${NAME}){1,3})(?!\\p{L}|\\p{N}|['’-])`;
  pattern = lazyRegExp(source, 'gu');
  patternAt = warmedUp(new RegExp(source, 'uy'));
  gateNouns = nouns.every((n) => [...n].every((c) => charClassOf(c.charCodeAt(0)) !== CharClass.SEPARATOR)) ? nouns : null;
  nounTails = nouns.every((n) => n.length >= 2) ? new Array<string[] | undefined>(TAIL_BITS + 1) : null;
  for (const n of nouns) {
    if (!nounTails) break;
    const last = n.charCodeAt(n.length - 1);
    const slots = [tailHash(n.charCodeAt(n.length - 2), last)];
    // a two-letter noun: its first letter may be written as a capital
    if (n.length === 2) slots.push(tailHash(n.toUpperCase().charCodeAt(0), last));
    for (const h of new Set(slots)) (nounTails[h] ??= []).push(n);
  }
  return pattern;
}

function toMention(text: string, m: RegExpExecArray, start: number): PlaceMention {
  const nounStart = start + m[0].lastIndexOf(m[1], m[0].length - m[2].length);
  const end = start + m[0].length;
  const written = text.slice(nounStart, end).replace(/[\s\u00a0]+/g, ' ');
  return {
    start: nounStart, end, normalized: written, country: null, kind: roads.has(m[1].toLowerCase()) ? 'road' : 'landmark',
    latitude: null, longitude: null, known: false,
  };
}

const SPACE = /[\s\u00a0]/;

/** text.startsWith(noun.slice(1), q + 1), without the slice. */
function endsWithTail(text: string, q: number, noun: string): boolean {
  for (let k = noun.length - 1; k >= 1; k--) if (text.charCodeAt(q + k) !== noun.charCodeAt(k)) return false;
  return true;
}

/**
 * Where a landmark can start: the determiner before a noun that ends a word ("le stade", "l'hôpital",
 * "Lestade" glued). The words are the token table's whose last letters are a noun's (the noun is
 * followed by spaces, so it ends a token), so the pattern, with its look-behind and Unicode
 * classes, runs at a few positions instead of every one.
 */
function candidateStarts(text: string, nouns: string[]): number[] {
  const tk = tokenTableOf(text);
  const tails = nounTails;
  const out: number[] = [];
  for (let t = 0; t < tk.length; t++) {
    const e = tk.end[t];
    let candidates = nouns;
    if (tails !== null) {
      if (e - tk.start[t] < 2) continue;
      const bucket = tails[tailHash(text.charCodeAt(e - 2), text.charCodeAt(e - 1))];
      if (bucket === undefined) continue;
      candidates = bucket;
    }
    for (const noun of candidates) {
      const q = e - noun.length;
      if (q < tk.start[t] || !endsWithTail(text, q, noun)) continue;
      const c = text[q];
      if (c !== noun[0] && c !== noun[0].toUpperCase()) continue;
      let w = q;
      while (w > 0 && SPACE.test(text[w - 1])) w--;
      // "le", "la", "l'", "du", "au", "un" or "une" ends at w
      if (w >= 3) out.push(w - 3);
      if (w >= 2) out.push(w - 2);
    }
  }
  return out.sort((a, b) => a - b);
}

/** `gate: false` runs the pattern at every position instead of before the nouns (tests compare both). */
export function recognizeLandmarks(text: string, options: { gate?: boolean } = {}): PlaceMention[] {
  const whole = load();
  const out: PlaceMention[] = [];
  if (!gateNouns || options.gate === false) {
    const re = whole();
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(toMention(text, m, m.index));
    return out;
  }
  // the global scan's matches: tried left to right, none inside the previous one
  const at = patternAt!;
  let done = 0;
  for (const s of candidateStarts(text, gateNouns)) {
    if (s < done) continue;
    at.lastIndex = s;
    const m = at.exec(text);
    if (!m) continue;
    out.push(toMention(text, m, s));
    done = s + m[0].length;
  }
  return out;
}
