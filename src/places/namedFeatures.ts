/**
 * "les îles Belcher", "le lac Taupo", "le col du Tourmalet", "le parc national de la Lopé": a
 * feature noun in lower case and a capitalized name after it are one place even when no table
 * lists the name. The noun tells what the name is (an unknown capitalized word alone could be a
 * person or a firm), so the name needs no other evidence. Nouns: data/places/named-features.tsv.
 * Only names no other pass found are added; a found name is widened by featureHeads.ts.
 */
import type { PlaceMention } from '../mentions.js';
import { loadList } from '../data.js';
import { escapeRegExp } from '../text/normalize.js';
import { wordGates } from '../text/anchorGate.js';
import { tokenTableOf } from '../text/tokenTable.js';
import { OF_BEFORE_NAME } from './featureHeads.js';

interface Noun { kind: string; direct: boolean; of: boolean }

let pattern: RegExp | null = null;
/** The same pattern, tried at one position (sticky). */
let patternAt: RegExp | null = null;
let nouns: Map<string, Noun> | null = null;
// the nouns by their first UTF-16 unit (as written: the pattern is case-sensitive)
let nounsByFirst: Map<number, string[]> | null = null;

/** data/places/named-features.tsv: noun, kind, and whether the name follows directly, after "de", or both. */
function featureNouns(): Map<string, Noun> {
  if (nouns) return nouns;
  nouns = new Map();
  for (const line of loadList('places/named-features.tsv')) {
    const [noun, kind, how] = line.split('\t');
    nouns.set(noun, { kind, direct: how === 'direct' || how === 'both', of: how === 'of' || how === 'both' });
  }
  return nouns;
}

// per UTF-16 unit: the lengths of the nouns opening with it, one bit each (lengthBit), 0 for none
let firstUnits: Int32Array | null = null;
/** A length's bit: nouns of 31 units or more share the last one. */
const lengthBit = (n: number) => 1 << Math.min(n, 31);
/** Every noun is one word of the token table (letters only): a match then starts at a token equal to its noun. */
let nounsAreWords = false;

/**
 * Where a match may start: the words of the text that are feature nouns as listed. The pattern is
 * a long alternation with Unicode classes that V8 compiles at its first run (a few ms), and most
 * short articles name no feature at all. A noun in a match is a whole word of the token table
 * (letters, marks and digits are refused before it, a space must follow it), written as listed,
 * so it starts at such a word, and the pattern is tried there alone instead of scanning the text.
 * Words are compared in place (no slice, no folding): this runs over every word of long texts.
 * Null: no gate (characters outside the BMP, where the table and the regex read words differently).
 */
function nounStarts(text: string): number[] | null {
  if (nounsByFirst === null) {
    nounsByFirst = new Map();
    firstUnits = new Int32Array(65536);
    for (const noun of featureNouns().keys()) {
      const list = nounsByFirst.get(noun.charCodeAt(0)) ?? [];
      list.push(noun);
      nounsByFirst.set(noun.charCodeAt(0), list);
      firstUnits[noun.charCodeAt(0)] |= lengthBit(noun.length);
    }
    nounsAreWords = [...featureNouns().keys()].every((n) => /^\p{L}+$/u.test(n));
  }
  const table = tokenTableOf(text);
  if (table.hasSurrogates || !nounsAreWords) return null;
  const { start, end } = table;
  const firsts = firstUnits!;
  const out: number[] = [];
  for (let i = 0; i < table.length; i++) {
    // a word is tried only when some noun has its first unit and its length ("la", "le" open no "lac")
    const len = end[i] - start[i];
    if ((firsts[text.charCodeAt(start[i])] & lengthBit(len)) === 0) continue;
    for (const noun of nounsByFirst.get(text.charCodeAt(start[i]))!) {
      if (noun.length === len && text.startsWith(noun, start[i])) {
        out.push(start[i]);
        break;
      }
    }
  }
  return out;
}

/** "le parc national de…", "la réserve naturelle de…": an adjective of status may stand between noun and name. */
const STATUS = '(?:[\\s\\u00a0]+(?:national|nationale|naturel|naturelle|régional|régionale|marin|marine|provincial|provinciale|municipal|municipale))?';
/** A name word: a capital, then letters; hyphenated parts in any case ("Turques-et-Caïques"), no word in capitals only. */
const WORD = "\\p{Lu}[\\p{Ll}\\p{M}]+(?:[-'’][\\p{L}\\p{M}]+)*";

function load(): RegExp {
  if (pattern) return pattern;
  const alt = [...featureNouns().keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  // one line: a name is not read across a printed line's end
  const source = `(?<!\\p{L}|\\p{M}|\\p{N}|['’-])(${alt})${STATUS}[ \\u00a0]+(${OF_BEFORE_NAME})?(${WORD}(?:[ \\u00a0]${WORD}){0,2})(?!\\p{L}|\\p{M}|\\p{N}|['’-])`;
  pattern = new RegExp(source, 'gu');
  patternAt = new RegExp(source, 'uy');
  return pattern;
}

/** Months and days: "le stade Samedi" is a typo more often than a name; "au parc Lundi" a date. */
const NOT_NAME = /^(?:Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)$/u;
/** Words that open a sentence the printed line or a lost full stop glued on ("l'île Ici", "les monts Il"). */
const OPENER = /^(?:Il|Ils|Elle|Elles|Ici|On|Nous|Vous|Ce|Cet|Cette|Ces|Cela|Le|La|Les|Un|Une|Des|Du|Au|Aux|En|Dans|Pour|Par|Sur|Mais|Puis|Alors|Après|Avant|Selon|Depuis|Où|Qui|Que|Quand|Si|Son|Sa|Ses|Leur|Leurs)$/u;

/**
 * After the name: a particle of a person's name and a capital, or an adjective in lower case: the
 * name is longer than read. Not "de" ("le parc Izmailovo de Moscou" is in Moscow) nor a
 * participle ("la baie de Kotor, bordée de…").
 */
const GOES_ON = /^[ \u00a0]+(?:(?:di|da|del|della|do|dos|van|von|bin|ben|ould|ag|el|al)[ \u00a0]+\p{Lu}|\p{Ll}+(?:aire|aires|ique|iques|al|ale|aux|ales|el|elle|els|elles|ien|ienne|iens|iennes|ais|aise|aises|ois|oise|oises|ain|aine|ains|aines|if|ive|ifs|ives)(?!\p{L}|\p{M}))/u;

/** The feature places of `text` (UTF-16 offsets, text order) that overlap none of `found`. */
export function namedFeatures(text: string, found: PlaceMention[]): PlaceMention[] {
  const starts = wordGates() ? nounStarts(text) : null;
  if (starts !== null && starts.length === 0) return [];
  const re = load();
  const out: PlaceMention[] = [];
  if (starts === null) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) read(text, m, found, out);
    return out;
  }
  // the global scan's matches: tried left to right at the nouns, none inside the previous one
  const at = patternAt!;
  let done = 0;
  for (const s of starts) {
    if (s < done) continue;
    at.lastIndex = s;
    const m = at.exec(text);
    if (!m) continue;
    read(text, m, found, out);
    done = s + m[0].length;
  }
  return out;
}

/** The place of a match, unless its name is no name, goes on, or overlaps one of `found`. */
function read(text: string, m: RegExpExecArray, found: PlaceMention[], out: PlaceMention[]): void {
  const head = featureNouns().get(m[1])!;
  if (m[2] === undefined ? !head.direct : !head.of) return;
  const name = m[3];
  const first = name.split(/[\s\u00a0]/)[0];
  // "le stade Stade Gelora": the noun written again opens the name, which is its own place
  if (NOT_NAME.test(first) || OPENER.test(first) || first.toLowerCase() === m[1]) return;
  // the name goes on: "le stade de l'Académie militaire", "Alfredo di Stefano", "Notre-Dame de Paris"
  if (GOES_ON.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return;
  const start = m.index;
  const end = start + m[0].length;
  if (found.some((p) => p.start < end && start < p.end)) return;
  out.push({ start, end, normalized: m[0].replace(/[\s\u00a0]+/g, ' '), country: null, kind: head.kind, latitude: null, longitude: null, known: false });
}
