/**
 * "le lac de Garde", "la baie de Somme", "le château de Versailles", "les îles Féroé": a common
 * noun and the proper name after it are one place. The gazetteer, the context rules or the tagger
 * find the name ("Garde", "Versailles"); this widens it back over the noun
 * (data/places/feature-heads.tsv), since the lake or the castle is not the town it is named
 * after. The town's coordinates carry over only to a building or a street, which stands in it.
 */
import type { PlaceMention } from '../mentions.js';
import { loadList } from '../data.js';

interface Head {
  kind: string;
  /** Also right before the name, without "de": "le lac Natron", "les îles Kerguelen". */
  direct: boolean;
  /** Only so: "les îles Féroé" is one name, "les îles de la Madeleine" an island group and its name. */
  onlyDirect: boolean;
}

let heads: Map<string, Head> | null = null;

function headNouns(): Map<string, Head> {
  if (heads) return heads;
  heads = new Map();
  for (const line of loadList('places/feature-heads.tsv')) {
    const [noun, kind, direct] = line.split('\t');
    heads.set(noun, { kind: kind ?? 'unknown', direct: direct === 'direct' || direct === 'only direct', onlyDirect: direct === 'only direct' });
  }
  return heads;
}

/** "de la ", "de l'", "du ", "des ", "de ", "d'": what links a noun to the name after it (a regex source). */
export const OF_BEFORE_NAME = "de[\\s\\u00a0]+la[\\s\\u00a0]+|de[\\s\\u00a0]+l['’][\\s\\u00a0]*|du[\\s\\u00a0]+|des[\\s\\u00a0]+|de[\\s\\u00a0]+|d['’][\\s\\u00a0]*";

/** A noun, then "de", "de la", "de l'", "du", "des", "d'" or nothing, ending right before the name. */
const HEAD_BEFORE = new RegExp(`(?<!\\p{L}|\\p{M}|['’-])(\\p{L}+)[\\s\\u00a0]+(${OF_BEFORE_NAME})?$`, 'u');

/** Kinds that stand in the town they are named after ("la gare de Lens", "le boulevard de Clichy"): its coordinates hold. */
const IN_TOWN = new Set(['landmark', 'road']);

/** Kinds whose place lies across borders more often than not ("la mer de Chine", "le lac de Genève"). */
const NO_COUNTRY = new Set(['sea', 'lake']);

/** "Notre-Dame de Paris", "Saint-Jean de Luz": the name goes on after the place with a particle and a capital. */
export const NAME_GOES_ON = /^[\s\u00a0]+(?:de|du|des|d['’])[\s\u00a0]*\p{Lu}/u;

/**
 * The feature noun opening the place [start, end) (never before `floor`): its start, the words up
 * to the name, its kind. None when the name goes on after the place: "la cathédrale de
 * Notre-Dame de Paris" is not read as "cathédrale de Notre-Dame" and "de Paris".
 */
export function featureHead(text: string, start: number, end: number, floor: number): { start: number; words: string; kind: string } | null {
  if (NAME_GOES_ON.test(text.slice(end, end + 8))) return null;
  const from = Math.max(floor, start - 24);
  const m = HEAD_BEFORE.exec(text.slice(from, start));
  if (!m) return null;
  const noun = m[1];
  // "Lac de Garde" opening a sentence; not "LAC DE GARDE" nor "LaC"
  const lower = noun[0].toLowerCase() + noun.slice(1);
  const head = headNouns().get(lower);
  if (head === undefined || noun.slice(1) !== noun.slice(1).toLowerCase() || (m[2] === undefined ? !head.direct : head.onlyDirect)) return null;
  const s = from + m.index;
  return { start: s, words: lower + text.slice(s + noun.length, start).replace(/[\s\u00a0]+/g, ' '), kind: head.kind };
}

/** The place widened over its feature noun: named from the noun on, of the noun's kind. */
export function widenedPlace<P extends { start: number; normalized: string; country: string | null; kind: string; latitude: number | null; longitude: number | null }>(
  p: P,
  head: { start: number; words: string; kind: string },
): P {
  return {
    ...p,
    start: head.start,
    // "le lac du Bourget": the article of "Le Bourget" is in "du"
    normalized: (head.words + p.normalized).replace(/\b(du|au) Le (?=\p{Lu})/u, '$1 ').replace(/\b(des|aux) Les (?=\p{Lu})/u, '$1 '),
    kind: head.kind,
    country: NO_COUNTRY.has(head.kind) ? null : p.country,
    latitude: IN_TOWN.has(head.kind) ? p.latitude : null,
    longitude: IN_TOWN.has(head.kind) ? p.longitude : null,
  };
}

/** The places, each widened over a feature noun before it; `places` sorted by start, none overlapping. */
export function withFeatureHeads(text: string, places: PlaceMention[]): PlaceMention[] {
  let prevEnd = 0;
  return places.map((p) => {
    const head = featureHead(text, p.start, p.end, prevEnd);
    prevEnd = p.end;
    return head ? widenedPlace(p, head) : p;
  });
}
