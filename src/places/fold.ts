/**
 * Folding for gazetteer look-ups: case, accents, ligatures, and the separators inside a name
 * (space, hyphen, apostrophe of either shape) do not distinguish places ("Côte d’Ivoire",
 * "COTE D'IVOIRE" and "Côte-d'Ivoire" are one key). scripts/build-gazetteer.mjs has a copy of
 * foldKey: keep them identical.
 */
import { foldWord } from '../text/fold.js';

export { foldWord };

export function foldKey(name: string): string {
  const tokens = foldWord(name).match(/[\p{L}\p{N}]+/gu);
  return tokens ? tokens.join(' ') : '';
}

/** First letter upper case: "Bamako", "BAMAKO", "Ébola". */
export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = String.fromCodePoint(word.codePointAt(0)!);
  return ch !== ch.toLowerCase();
}

/** Two letters or more, all upper case: "BAMAKO", "GOÏTA". */
export function isAllCaps(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}
