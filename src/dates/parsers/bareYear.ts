/**
 * A year on its own: "en 2023", "depuis 1998", "l'année 2001". chrono.fr has no such parser.
 * Only 1900–2099, and never a quantity ("2 000 personnes", "2000 soldats"), a decimal
 * ("1.500"), part of a number group (phone numbers) or a reference ("n° 2023", "page 1999").
 * Without a temporal word before it the confidence is lower (tagged x/weak).
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { triggeredBefore, nextWord, isQuantityNoun } from './patterns.js';
import { TAG } from '../tags.js';
import { digitWord, type Gate } from '../anchors.js';

const NUMBER_BEFORE = /(?:\d[\s.,]?|[n°№#]|\bn°\s?|\bp\.\s?|\bpage\s|\bart(?:icle|\.)?\s|\bBP\s|\bloi\s|\btél\.?\s?:?\s?|\+)$/iu;
const NUMBER_AFTER = /^(?:[.,]\d|\s?\d|\s?[x×]\s?\d|\s?-\s?\d{1,2}(?!\d))/u;

export class BareYearParser extends FrParser {
  /**
   * The year's digits; "l'année 2001" begins two words before them. A 19xx/20xx year must be
   * on the line (the pre-test this parser always had): a year 1850 is read only beside one.
   * Dropping that need would add 18xx years to 170 of the 3,193 diff-harness records
   * (Wikipedia biographies): a change of what is recognized, left to the dates' owner.
   */
  protected override readonly lineNeeds = /(?:19|20)\d\d/;
  gate(): Gate {
    return { ...digitWord((w) => /1[89]\d\d|20\d\d/.test(w)), lead: 2, starts: 'word', firsts: 'la12', needs: digitWord((w) => /(?:19|20)\d\d/.test(w)) };
  }

  protected innerPattern(): string {
    return `((?:l'année|l'an|année|an)\\s+)?(1[89]\\d\\d|20\\d\\d)`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const [whole, prefix, yearToken] = match;
    const end = index + whole.length;
    const yearStart = index + (prefix?.length ?? 0);
    const text = context.text;
    if (NUMBER_BEFORE.test(text.slice(Math.max(0, yearStart - 8), yearStart))) return null;
    if (NUMBER_AFTER.test(text.slice(end, end + 6))) return null;
    if (isQuantityNoun(nextWord(text, end))) return null;
    const year = parseInt(yearToken, 10);
    const result = context.createParsingResult(index, whole);
    result.start.assign('year', year);
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    result.addTag(TAG.gran + 'year');
    if (!prefix && !triggeredBefore(text, index)) result.addTag('x/weak');
    return result;
  }
}
