/**
 * Countries abbreviated in sports results: "1. Olano (Esp) 47'07"", "2. Guidi (It, bonif. 12")".
 * The abbreviation is read only as printed (data/places/sport-country-codes.tsv), inside
 * parentheses right after a capitalized word (the athlete), closed by ")" or ",", and only in a
 * list of results (another one within LIST_GAP characters): a bare "It" or "Be" elsewhere, or a
 * lone "Le rapport (Fr)", is no country.
 */
import type { PlaceMention } from '../mentions.js';
import { loadList } from '../data.js';
import { lookup } from './gazetteer.js';

let codes: Map<string, string> | null = null;
const LIST_GAP = 200;

function load(): Map<string, string> {
  if (codes) return codes;
  codes = new Map();
  for (const line of loadList('places/sport-country-codes.tsv')) {
    const [code, name] = line.split('\t').map((c) => c.trim());
    if (code && name) codes.set(code, name);
  }
  return codes;
}

const CODE_AFTER_NAME = /(?<=\p{Lu}[\p{L}\p{M}'’-]*\.?[ \u00a0]*\([ \u00a0]*)(\p{Lu}[\p{L}\p{M}]{0,2})(?=[ \u00a0]*[,)])/uy;

/** The abbreviated countries of `text`, UTF-16 offsets, in text order. */
export function recognizeSportCodes(text: string): PlaceMention[] {
  if (!text.includes('(')) return [];
  const map = load();
  const out: PlaceMention[] = [];
  // A code starts right after a "(" and the spaces after it (the lookbehind ends there and a
  // capital is no space): one sticky try per "(", where a global scan ran the variable-length
  // lookbehind at every position of the text. A code holds no "(", so the tries stay in order.
  for (let p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
    let x = p + 1;
    while (text.charCodeAt(x) === 32 || text.charCodeAt(x) === 0xa0) x++;
    CODE_AFTER_NAME.lastIndex = x;
    const m = CODE_AFTER_NAME.exec(text);
    if (m === null) continue;
    const name = map.get(m[1]);
    if (!name) continue;
    const entry = lookup(name)?.[0];
    if (!entry) continue;
    const { normalized, country, kind, latitude, longitude } = entry;
    out.push({ start: m.index, end: m.index + m[1].length, normalized, country, kind, latitude, longitude, known: true });
  }
  return out.filter((c, i) => (i > 0 && c.start - out[i - 1].end <= LIST_GAP) || (i + 1 < out.length && out[i + 1].start - c.end <= LIST_GAP));
}
