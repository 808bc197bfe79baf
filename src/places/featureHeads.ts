/**
 * "le lac de Garde", "la baie de Somme", "le château de Versailles": a common noun and the proper
 * name after it are one place. The gazetteer or the context rules find the name ("Garde",
 * "Versailles"); this widens it back over the noun (data/places/feature-heads.tsv), since the lake
 * or the castle is not the town it is named after. The town's coordinates do not carry over.
 */
import type { PlaceMention } from '../mentions.js';
import { loadList } from '../data.js';

let kinds: Map<string, string> | null = null;

function headKinds(): Map<string, string> {
  if (kinds) return kinds;
  kinds = new Map();
  for (const line of loadList('places/feature-heads.tsv')) {
    const [noun, kind] = line.split('\t');
    kinds.set(noun, kind ?? 'unknown');
  }
  return kinds;
}

/** A noun, then "de", "de la", "de l'", "du", "des" or "d'", ending right before the name. */
const HEAD_BEFORE = /(?<![\p{L}\p{M}'’-])(\p{L}+)[\s\u00a0]+(?:de[\s\u00a0]+la[\s\u00a0]+|de[\s\u00a0]+l['’][\s\u00a0]*|du[\s\u00a0]+|des[\s\u00a0]+|de[\s\u00a0]+|d['’][\s\u00a0]*)$/u;

/** Kinds whose place lies across borders more often than not ("la mer de Chine", "le lac de Genève"). */
const NO_COUNTRY = new Set(['sea', 'lake']);

/** The places, each widened over a feature noun before it; `places` sorted by start, none overlapping. */
export function withFeatureHeads(text: string, places: PlaceMention[]): PlaceMention[] {
  const heads = headKinds();
  let prevEnd = 0;
  const out = places.map((p) => {
    const floor = Math.max(prevEnd, p.start - 24);
    prevEnd = p.end;
    const m = HEAD_BEFORE.exec(text.slice(floor, p.start));
    if (!m) return p;
    const noun = m[1];
    // "Lac de Garde" opening a sentence, not "LAC DE GARDE" nor "Château" inside a name
    const lower = noun[0].toLowerCase() + noun.slice(1);
    const kind = heads.get(lower);
    if (kind === undefined || (noun !== lower && noun.slice(1) !== noun.slice(1).toLowerCase())) return p;
    const start = floor + m.index;
    return {
      ...p,
      start,
      normalized: lower + text.slice(start + noun.length, p.start).replace(/[\s\u00a0]+/g, ' ') + p.normalized,
      kind,
      country: NO_COUNTRY.has(kind) ? null : p.country,
      latitude: null,
      longitude: null,
    };
  });
  return out;
}
