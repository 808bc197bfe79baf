/**
 * Word folding for lexicon look-ups (lower case, accents and other marks removed, ligatures
 * spelt out): called on every word of the text by the gazetteer and the lexicon matcher, so
 * ASCII words skip normalization and the others are memoized.
 */
import { detached } from './detach.js';

// Folded forms of non-ASCII words: news repeats its words, and normalization is the costly part.
const cache = new Map<string, string>();

export function foldWord(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return word.toLowerCase();
  // a giant "word" (a 10 MB line without spaces) is folded but never kept
  if (word.length > 64) return foldUnicode(word);
  let folded = cache.get(word);
  if (folded === undefined) {
    if (cache.size >= 50000) cache.clear();
    // both detached: either may be the text's own slice (a word already folded is returned as is)
    folded = detached(foldUnicode(word));
    cache.set(detached(word), folded);
  }
  return folded;
}

function foldUnicode(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

