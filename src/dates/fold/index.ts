/**
 * The date recognizer reads scraped text through these folds, in order: typographic
 * characters (one for one), compatibility characters (NFKC), letter-spaced words, misspelled
 * month and weekday names. Spans found in the folded text map back to the original input.
 */
import { Folded } from './folded.js';
import { compatibilityEdits } from './compatibility.js';
import { splitLetterEdits } from './splitLetters.js';
import { misspellingEdits } from './misspellings.js';
import { normalizeForMatching } from '../normalize.js';

export { Folded } from './folded.js';

export function foldForDates(text: string): Folded {
  let f = Folded.of(normalizeForMatching(text));
  for (const step of [compatibilityEdits, splitLetterEdits, misspellingEdits]) f = f.apply(step(f.text));
  return f;
}
