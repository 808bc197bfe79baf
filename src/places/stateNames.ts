/**
 * "la République du Mali", "la Fédération de Russie", "le Royaume du Maroc", "la République
 * islamique de Mauritanie": a state's official long name is the country it names, a place (not an
 * organization headed "Fédération"). The gazetteer finds the country; this widens it back over the
 * state form before it (data/places/state-forms.tsv), keeping the country's reading.
 */
import type { PlaceMention } from '../mentions.js';
import { loadList } from '../data.js';
import { foldWord } from './fold.js';

interface StateForms {
  /** Folded head word -> whether it takes adjectives ("République islamique de"; not "État"). */
  heads: Map<string, boolean>;
  adjectives: Set<string>;
}

let forms: StateForms | null = null;

function stateForms(): StateForms {
  if (forms) return forms;
  const heads = new Map<string, boolean>();
  const adjectives = new Set<string>();
  for (const line of loadList('places/state-forms.tsv')) {
    const [row, word, bare] = line.split('\t');
    if (row === 'head') heads.set(foldWord(word), bare !== 'bare');
    else adjectives.add(foldWord(word));
  }
  forms = { heads, adjectives };
  return forms;
}

/** Before a bare head ("État"): "l'", not after "chef de" ("le chef de l'État du Niger" is a post). */
const BARE_HEAD_BEFORE = /(?:^|[^\p{L}])(?<!\bchefs?[\s\u00a0]+de[\s\u00a0]+)[lL]['’]$/u;

/** A direction adjective after the country: the name goes on to a part of it. */
const PART_AFTER = /^[\s\u00a0-]+(?:occidental|oriental|méridional|septentrional)e?s?(?![\p{L}])/iu;

/** How many adjectives may stand between the head and "de" ("République démocratique fédérale d'"). */
const MAX_ADJECTIVES = 3;

const WORD_CHAR = /[\p{L}\p{M}-]/u;
const isSpace = (c: number) => c === 32 || c === 0xa0 || c === 9 || c === 10;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/**
 * The word ending before the spaces that end at `end` (never before `floor`): its start and text,
 * or null when no space or no word is there. Read backwards by character: most countries have
 * no state form before them, and a regex over the text before each would cost its length.
 */
function wordBefore(text: string, end: number, floor: number): { start: number; word: string } | null {
  let e = end;
  while (e > floor && isSpace(text.charCodeAt(e - 1))) e--;
  if (e === end) return null;
  let s = e;
  while (s > floor && WORD_CHAR.test(text[s - 1])) s--;
  return s === e ? null : { start: s, word: text.slice(s, e) };
}

/** Where "de la ", "de l'", "du ", "des ", "de " or "d'" ending right before the country begins, or -1. */
function ofStart(text: string, start: number, floor: number): number {
  let k = start;
  while (k > floor && isSpace(text.charCodeAt(k - 1))) k--;
  if (k - 2 >= floor && isApostrophe(text.charCodeAt(k - 1))) {
    const letter = text.charCodeAt(k - 2) | 32;
    if (k - 3 >= floor && WORD_CHAR.test(text[k - 3])) return -1;
    if (letter === 100 /* d */) return k - 2;
    if (letter !== 108 /* l */) return -1;
    const de = wordBefore(text, k - 2, floor);
    return de && de.word.toLowerCase() === 'de' ? de.start : -1;
  }
  const w = wordBefore(text, start, floor);
  if (!w) return -1;
  const lw = w.word.toLowerCase();
  if (lw === 'du' || lw === 'des' || lw === 'de') return w.start;
  if (lw !== 'la') return -1;
  const de = wordBefore(text, w.start, floor);
  return de && de.word.toLowerCase() === 'de' ? de.start : -1;
}

/** Where the state form before the country [start, …) opens (never before `floor`), or -1. */
function stateFormStart(text: string, start: number, floor: number): number {
  let at = ofStart(text, start, floor);
  if (at < 0) return -1;
  const { heads, adjectives } = stateForms();
  for (let n = 0; n <= MAX_ADJECTIVES; n++) {
    const w = wordBefore(text, at, floor);
    if (!w) return -1;
    const word = w.word;
    const folded = foldWord(word);
    const upper = word === word.toUpperCase();
    const takesAdjectives = heads.get(folded);
    // a head is written with its capital ("République", "RÉPUBLIQUE"), never "la république de"
    if (takesAdjectives !== undefined && word !== word.toLowerCase()) {
      if (takesAdjectives) return w.start;
      return n === 0 && BARE_HEAD_BEFORE.test(text.slice(Math.max(floor, w.start - 12), w.start)) ? w.start : -1;
    }
    if (!adjectives.has(folded) || (word !== word.toLowerCase() && !upper)) return -1;
    at = w.start;
  }
  return -1;
}

/** The country places of `places` (sorted, none overlapping) widened over a state form before them. */
export function withStateNames(text: string, places: PlaceMention[]): PlaceMention[] {
  let prevEnd = 0;
  return places.map((p) => {
    const floor = prevEnd;
    prevEnd = p.end;
    if (p.kind !== 'country' || !p.known) return p;
    // "l'État d'Australie occidentale" is a state of the country, not the country
    if (PART_AFTER.test(text.slice(p.end, p.end + 16))) return p;
    const s = stateFormStart(text, p.start, floor);
    return s < 0 ? p : { ...p, start: s };
  });
}

/** A country named by its state's long name ("Fédération de Russie", "République du Mali"): no organization's. */
export function isStateName(text: string, p: PlaceMention): boolean {
  if (p.kind !== 'country') return false;
  const first = /^[\p{L}\p{M}-]+(?=[\s\u00a0])/u.exec(text.slice(p.start, p.end));
  return first !== null && stateForms().heads.has(foldWord(first[0]));
}
