/** Regex fragments shared by the parsers (sources, no flags). */
import { lexicon } from '../lexicon.js';

export const YEAR4 = '(?:1[89]\\d\\d|20\\d\\d)';
/** A day of month as written: "1er", "01", "15". */
export const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:er|re)?';

export function months(): string {
  return lexicon().monthRe;
}

/** Trigger words before a month name or a year that make it temporal ("en mai", "depuis 2003"). */
export const TEMPORAL_TRIGGER = /(?:^|[^\p{L}])(?:en|depuis|dès|des|de|d'|du|fin|début|mi-?|courant|jusqu'en|jusqu'à|jusqu'au|avant|après|entre|et|ou|au|à|pour|vers|mois|année|l'an|an|printemps|été|automne|hiver|saison|exercice|budget|cru|promotion|édition|élections?)\s*$/iu;

/** Whether the 30 characters before `index` end with a temporal trigger word. */
export function triggeredBefore(text: string, index: number): boolean {
  return TEMPORAL_TRIGGER.test(text.slice(Math.max(0, index - 30), index));
}

/** The word after `end` (lower case), for quantity checks ("2000 personnes"). */
export function nextWord(text: string, end: number): string {
  const m = /^\s*([\p{L}%$€]+)/u.exec(text.slice(end, end + 40));
  return m ? m[1].toLowerCase() : '';
}

export function isQuantityNoun(word: string): boolean {
  return word !== '' && lexicon().quantityNounSet.has(word);
}
