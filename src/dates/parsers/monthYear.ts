/**
 * A month, with or without a year: "avril 2025", "en mai", "mois de juin", "octobre 98".
 * chrono.fr has no parser for a month without a day. A bare month name must be written in
 * lower case or follow a temporal word ("en Mai"), so that "Ousmane Mai" or "Mars" stay names.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { YEAR4, months, triggeredBefore, nextWord, isQuantityNoun } from './patterns.js';
import { lexicon, monthNumber, expandYear } from '../lexicon.js';
import { TAG } from '../tags.js';
import { firstCharsOf, firstWords, wordIn, type Gate } from '../anchors.js';

export class MonthYearParser extends FrParser {
  /** The month name; "le mois de mai" begins three words before it. */
  gate(): Gate {
    const months = Object.keys(lexicon().months);
    return { ...wordIn(firstWords(months)), lead: 3, starts: 'word', firsts: firstCharsOf(['le', 'ce', 'mois', ...months]) };
  }

  protected innerPattern(): string {
    return `((?:le\\s+|ce\\s+)?mois\\s+(?:de\\s+|d'))?(${months()})(?:\\s+(?:de\\s+l'année\\s+)?(${YEAR4}|\\d\\d))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const [whole, moisDe, monthWord, yearToken] = match;
    const month = monthNumber(monthWord);
    if (!month) return null;
    let text = whole;
    let year: number | undefined;
    if (yearToken) {
      if (isQuantityNoun(nextWord(context.text, index + whole.length))) {
        text = whole.slice(0, whole.length - yearToken.length).trimEnd();
      } else {
        year = expandYear(yearToken);
      }
    }
    if (year === undefined) {
      text = (moisDe ?? '') + monthWord;
      if (!moisDe) {
        // An abbreviation alone ("oct.") or a capitalized bare month needs a temporal cue.
        const capitalized = monthWord[0] !== monthWord[0].toLowerCase();
        if (monthWord.endsWith('.')) return null;
        if (capitalized && !triggeredBefore(context.text, index)) return null;
      }
    }
    const result = context.createParsingResult(index, text);
    result.start.assign('month', month);
    if (year !== undefined) result.start.assign('year', year);
    else result.start.imply('year', context.refDate.getFullYear());
    result.start.imply('day', 1);
    result.addTag(TAG.gran + 'month');
    return result;
  }
}
