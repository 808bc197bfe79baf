/**
 * "la République du Mali", "la Fédération de Russie", "le Royaume du Maroc", "la République
 * islamique de Mauritanie": a state's official long name is the country it names, a place (not an
 * organization headed "Fédération"). The gazetteer finds the country; this widens it back over the
 * state form before it (data/places/state-forms.tsv), keeping the country's reading.
 */
import type { PlaceMention } from '../mentions.js';
import { loadList } from '../data.js';
import { foldWord } from './fold.js';
import { OF_BEFORE_NAME } from './featureHeads.js';

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

/** "de la ", "de l'", "du ", "des ", "de ", "d'" right before the country. */
const OF_BEFORE = new RegExp(`(?:^|[\\s\\u00a0])(?:${OF_BEFORE_NAME})$`, 'iu');
/** The last word of a text and the spaces after it. */
const LAST_WORD = /([\p{L}\p{M}-]+)[\s\u00a0]+$/u;

/** Before a bare head ("État"): "l'", not after "chef de" ("le chef de l'État du Niger" is a post). */
const BARE_HEAD_BEFORE = /(?:^|[^\p{L}])(?<!\bchefs?[\s\u00a0]+de[\s\u00a0]+)[lL]['’]$/u;

/** A direction adjective after the country: the name goes on to a part of it. */
const PART_AFTER = /^[\s\u00a0-]+(?:occidental|oriental|méridional|septentrional)e?s?(?![\p{L}])/iu;

/** How many adjectives may stand between the head and "de" ("République démocratique fédérale d'"). */
const MAX_ADJECTIVES = 3;

/**
 * A cheap look at the characters before the country, which most country names fail ("au Mali",
 * "le Niger"): "d'" or "l'", or "de", "du", "des", "la" and a space ("d' Haïti" in tokenized text too).
 */
function ofJustBefore(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k--;
  const c = text.charCodeAt(k);
  if (c === 39 || c === 0x2019) return (text.charCodeAt(k - 1) | 32) === 100 /* d */ || (text.charCodeAt(k - 1) | 32) === 108 /* l */;
  if (k === start - 1) return false;
  const w = text.slice(Math.max(0, k - 2), k + 1).toLowerCase();
  return w.endsWith('du') || w.endsWith('de') || w === 'des' || w.endsWith('la');
}

/** Where the state form before the country [start, …) opens (never before `floor`), or -1. */
function stateFormStart(text: string, start: number, floor: number): number {
  if (!ofJustBefore(text, start)) return -1;
  const from = Math.max(floor, start - 80);
  const before = text.slice(from, start);
  const of = OF_BEFORE.exec(before);
  if (!of) return -1;
  let rest = before.slice(0, of.index + (of[0].length - of[0].trimStart().length));
  const { heads, adjectives } = stateForms();
  for (let n = 0; n <= MAX_ADJECTIVES; n++) {
    const w = LAST_WORD.exec(rest);
    if (!w) return -1;
    const word = w[1];
    const folded = foldWord(word);
    const upper = word === word.toUpperCase();
    const takesAdjectives = heads.get(folded);
    // a head is written with its capital ("République", "RÉPUBLIQUE"), never "la république de"
    if (takesAdjectives !== undefined && word !== word.toLowerCase()) {
      if (takesAdjectives) return from + w.index;
      return n === 0 && BARE_HEAD_BEFORE.test(rest.slice(0, w.index)) ? from + w.index : -1;
    }
    if (!adjectives.has(folded) || (word !== word.toLowerCase() && !upper)) return -1;
    rest = rest.slice(0, w.index);
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
