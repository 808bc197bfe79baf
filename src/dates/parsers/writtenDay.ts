/**
 * A day of month written out: "le vingt-deux juin", "le premier juin 2024", "le trente et un
 * décembre", and "le premier jour du mois de mai" / "le dernier jour de juin". chrono.fr reads
 * only the month ("juin") there. A written number needs an article or a preposition before it
 * ("le", "du", "au", "ce"), so that "trois mai..." in running text stays a count.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { YEAR4, months } from './patterns.js';
import { lexicon, monthNumber } from '../lexicon.js';
import { cardinalRe, cardinalValue } from '../numberWords.js';
import { isValidYmd } from '../calendar.js';
import { firstCharsOf, firstWords, wordIn, type Gate } from '../anchors.js';

const LEADING_PREPOSITION = /^(?:du\s+|au\s+|dès\s+|depuis\s+|jusqu'au\s+)/i;

export class WrittenDayParser extends FrParser {
  /** The day's first word ("premier", "vingt"), after "le", "dès le", "jusqu'au"; and a month. */
  gate(): Gate {
    const lx = lexicon();
    const days = firstWords(['premier', '1er', 'dernier', ...Object.keys(lx.cardinalUnits), ...Object.keys(lx.cardinalTens)]);
    // every lead word ends with "le", "du", "au" or "ce"
    const atStart = '(?<=(?:le|du|au|ce)\\s+)';
    return { ...wordIn(days), lead: 2, starts: 'word', firsts: firstCharsOf(['le', 'du', 'au', 'ce', 'dès', 'depuis', 'jusqu']), needs: wordIn(firstWords(Object.keys(lx.months))), atStart };
  }

  protected innerPattern(): string {
    const day = `(premier|1er|dernier|${cardinalRe()})(?:\\s+jour\\s+(?:du\\s+mois\\s+de|de|du\\s+mois\\s+d')\\s*)?`;
    return `(?:le|du|au|ce|dès\\s+le|depuis\\s+le|jusqu'au)\\s+${day}\\s*(?<![\\p{L}])(${months()})(?:\\s+(${YEAR4}))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, dayWord, monthWord, yearText] = match;
    const month = monthNumber(monthWord);
    if (!month) return null;
    const w = dayWord.toLowerCase();
    const explicitDayOf = /jour/i.test(whole);
    let day: number | null;
    if (w === 'premier' || w === '1er') day = 1;
    else if (w === 'dernier') day = explicitDayOf ? new Date(Date.UTC(2001, month, 0)).getUTCDate() : null;
    else day = explicitDayOf ? null : cardinalValue(w);
    if (day === null || !isValidYmd({ y: 2000, m: month, d: day })) return null;
    // the preposition is needed to read the number as a day, but stays outside the span
    // (TimeML: "depuis le premier janvier" → "le premier janvier", "du premier mai" → "premier mai")
    const lead = LEADING_PREPOSITION.exec(whole)?.[0].length ?? 0;
    const result = context.createParsingResult((match.index ?? 0) + lead, whole.slice(lead));
    result.start.assign('day', day);
    result.start.assign('month', month);
    if (yearText) result.start.assign('year', parseInt(yearText, 10));
    else result.start.imply('year', context.refDate.getFullYear());
    return result;
  }
}
