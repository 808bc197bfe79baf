/**
 * The French dictionary: ~300,000 rare forms (data/language/dictionary-fr.txt, built by
 * scripts/build-language-lexicons.mjs from npm an-array-of-french-words) read only when a word
 * is unknown to every other table. A set of that size costs ~135 ms to build, more than the
 * whole detector; the files are sorted, one form a line, so a binary search over the text itself
 * answers without building anything. The files are read as Latin-1, one character a byte of
 * UTF-8 (~2 ms for both, against ~15 ms decoded as UTF-8), and a word is searched in the same
 * form: the files are sorted by UTF-8 bytes, which is the order `<` sees on such strings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../data.js';

/** Sorted forms, one a line, each line ending with "\n". */
class SortedLines {
  constructor(private readonly text: string) {}

  has(word: string): boolean {
    const { text } = this;
    let lo = 0;
    let hi = text.length;
    // Invariant: every line starting in [lo, hi) is a candidate; lines start after a "\n".
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = mid === 0 ? 0 : text.lastIndexOf('\n', mid - 1) + 1;
      const end = text.indexOf('\n', start);
      if (start < lo || end < 0) { hi = mid; continue; }
      const line = text.slice(start, end);
      if (line === word) return true;
      if (line < word) lo = end + 1;
      else hi = start;
    }
    return false;
  }
}

let forms: SortedLines | null = null;
let unaccented: SortedLines | null = null;

const read = (name: string) => new SortedLines(readFileSync(join(DATA_DIR, 'language', name), 'latin1'));
/** The word as the Latin-1 reading of its UTF-8 bytes, the form of the files' lines. */
const asBytes = (word: string) => Buffer.from(word, 'utf8').toString('latin1');

/** Whether `word` (lower case, NFC) is a rare French form no other table holds. */
export function inFrenchDictionary(word: string): boolean {
  forms ??= read('dictionary-fr.txt');
  return forms.has(asBytes(word));
}

/** Whether `word` is such a form written without its accents ("desherbage"). */
export function inFrenchDictionaryUnaccented(word: string): boolean {
  unaccented ??= read('dictionary-fr-unaccented.txt');
  return unaccented.has(asBytes(word));
}

let homographs: SortedLines | null = null;

/**
 * Whether `word` is a French form left out of the dictionary as a likely homograph: another
 * language's word list holds it ("hormones") or it ends like a Romance word ("participera").
 */
export function inFrenchHomographs(word: string): boolean {
  homographs ??= read('dictionary-fr-homographs.txt');
  return homographs.has(asBytes(word));
}

/** Whether the dictionary has been read (French articles and headlines of known words never read it). */
export function dictionaryLoaded(): boolean {
  return forms !== null || unaccented !== null;
}
