/** Regex fragments shared by the parsers (sources, no flags). */
import { lexicon } from '../lexicon.js';

export const YEAR4 = '(?:1[89]\\d\\d|20\\d\\d)';
/** A day of month as written: "1er", "01", "15". */
export const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:er|re)?';

export function months(): string {
  return lexicon().monthRe;
}

/** Trigger words before a month name or a year that make it temporal ("en mai", "depuis 2003"); regex sources. */
const TRIGGERS = ["en", "depuis", "dès", "des", "de", "d'", "du", "fin", "début", "mi-?", "courant", "jusqu'en", "jusqu'à", "jusqu'au", "avant", "après", "entre", "et", "ou", "au", "à", "pour", "vers", "mois", "année", "l'an", "an", "printemps", "été", "automne", "hiver", "saison", "exercice", "budget", "cru", "promotion", "édition", "élections?"];
export const TEMPORAL_TRIGGER = new RegExp(`(?:^|[^\\p{L}])(?:${TRIGGERS.join('|')})\\s*$`, 'iu');
/**
 * No trigger is longer than its source: the tail to test holds the longest, the boundary
 * character before it and one more (so that an astral character there is not cut in two).
 */
const TRIGGER_TAIL = Math.max(...TRIGGERS.map((t) => t.length)) + 2;

/**
 * Whether the 30 characters before `index` end with a temporal trigger word. The pattern is
 * anchored at the end but tried from every position of the window: it runs on the window's
 * last characters only (after its trailing spaces, which `\s*` would take), and a tail
 * shorter than the window cannot match at its start with `^`, as no trigger is that long.
 */
export function triggeredBefore(text: string, index: number): boolean {
  const window = text.slice(Math.max(0, index - 30), index).trimEnd();
  return TEMPORAL_TRIGGER.test(window.length > TRIGGER_TAIL ? window.slice(window.length - TRIGGER_TAIL) : window);
}

/** The word after `end` (lower case), for quantity checks ("2000 personnes"). */
export function nextWord(text: string, end: number): string {
  const m = /^\s*([\p{L}%$€]+)/u.exec(text.slice(end, end + 40));
  return m ? m[1].toLowerCase() : '';
}

export function isQuantityNoun(word: string): boolean {
  return word !== '' && lexicon().quantityNounSet.has(word);
}
