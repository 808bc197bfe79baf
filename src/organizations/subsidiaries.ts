/**
 * "Orange Mali", "MTN Cameroun", "Moov Africa Togo": a listed firm's national subsidiary is named
 * by the firm then the country, one body; the country inside it is no place mention.
 */
import { lookupPlace } from '../places/index.js';
import { foldKey } from '../text/normalize.js';

const NEXT_WORDS = /^[ \u00a0](\p{Lu}[\p{L}\p{M}'’-]*)(?:[ \u00a0](\p{Lu}[\p{L}\p{M}'’-]*|d['’]\p{Lu}[\p{L}\p{M}-]*))?(?:[ \u00a0](\p{Lu}[\p{L}\p{M}'’-]*))?/u;

/** Where the subsidiary's name ends when a country follows the firm's name ending at `end`, else `end`. */
export function subsidiaryEnd(text: string, end: number, limit: number): number {
  // "France 3 Irlande": a numbered channel is no firm with subsidiaries
  if (/\d$/.test(text.slice(end - 1, end))) return end;
  const m = NEXT_WORDS.exec(text.slice(end, Math.min(limit, end + 48)));
  if (!m) return end;
  const words = [m[1], m[2], m[3]].filter((w): w is string => w !== undefined);
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    const place = lookupPlace(name);
    // the country by its own name or an acronym in capitals ("RDC"), not a word an alias folds to ("Veolia Eau")
    if (place?.kind !== 'country' || (foldKey(place.normalized) !== foldKey(name) && !/^\p{Lu}+$/u.test(name))) continue;
    const e = end + 1 + m[0].slice(1).indexOf(words[n - 1]) + words[n - 1].length;
    // "Orange Mali Télécom"-like longer names are left as they were
    if (/^[ \u00a0]\p{Lu}/u.test(text.slice(e, e + 2))) return end;
    return e;
  }
  return end;
}
