/**
 * A day of month written without its month: "jeudi 16" ("Le sommet s'ouvre jeudi 16"), and the
 * first days of a list whose month comes last: "les 4 et 5 juin", "samedi 12 et dimanche 13
 * juin". chrono.fr reads "jeudi 16" as a bare weekday and "les 4 et 5 juin" as "5 juin" only.
 * A list takes the month (and year) written at its end; a lone "jeudi 16" takes the month
 * around the document date where the 16th is a Thursday (tag x/nomonth, resolve.ts).
 * Without a weekday, a number needs the list: "les 4" alone is no date. Alternatives too: "le 12
 * ou le 19 juin prochains" gives two days, both "prochains"; "les 12 et 13 courant" two days
 * of the document's month.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { DAY, YEAR4, months } from './patterns.js';
import { lexicon, monthNumber, weekdayNumber, dayNumber } from '../lexicon.js';
import { TAG } from '../tags.js';
import { firstCharsOf, digitWord, type Gate } from '../anchors.js';
import { maybeLetter } from '../chars.js';

/** A decimal, a clock time or a quantity after the number: "jeudi 16,5", "16h", "les 3 ans". */
/** The month slot of a list written in the administrative style: "les 12 et 13 courant". */
const CURRENT_MONTH = 'courant|du\\s+mois\\s+courant|de\\s+ce\\s+mois|du\\s+mois\\s+en\\s+cours';

/** How a list of days goes on after one of them (regex source). */
const LIST_AFTER = '\\s*(?:,|et|ou)\\s+';

const NOT_A_DAY_AFTER = /^(?:[,.:\/]\d|\s*\d|\s*(?:h\b|heures?\b|%|ans?\b|jours?\b|mois\b|semaines?\b|personnes\b))/i;

/** The list pattern needs spaces, then ",", "e" or "o" (any case), or a character outside ASCII. */
function listMayFollow(after: string): boolean {
  let i = 0;
  while (i < after.length) {
    const c = after.charCodeAt(i);
    if (!(c === 32 || (c >= 9 && c <= 13))) break;
    i++;
  }
  const c = after.charCodeAt(i);
  return c === 44 || maybeLetter(c, 'eo');
}

export class DayWithoutMonthParser extends FrParser {
  /**
   * The word ending with the day ("14", "1er"); "ce jeudi 14" begins two words before it, ", 13"
   * at its comma. A day gives a result only with a list after it or its weekday right before
   * it (innerExtract): "le 12 mai", most days, is not tried.
   */
  gate(): Gate {
    // a word that is the day has the weekday, "le(s)" or "," before it ("jeudi14" has its own)
    const atStart = `(?:(?<=(?:${lexicon().weekdayRe}|les?|,)\\s*)|(?=\\D))`;
    // the match ends with the word: LIST_AFTER, or the pattern's weekday and day before its end
    const atEnd = `(?=${LIST_AFTER})|(?<=(?:${lexicon().weekdayRe})\\s*${DAY})`;
    return { ...digitWord((w) => /(?:^|\D)\d\d?(?:er|re)?$/.test(w)), lead: 2, starts: 'word', also: ',', firsts: 'cl' + firstCharsOf(Object.keys(lexicon().weekdays)), atStart, atEnd };
  }
  private listRe: RegExp | null = null;
  private monthAfterRe: RegExp | null = null;

  protected innerPattern(): string {
    return `(?:(?:ce\\s+)?(${lexicon().weekdayRe})|les?|(,))\\s*(${DAY})`;
  }

  /** A comma lead follows a digit by design: the base class's word-boundary check does not apply. */
  override extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    return match[2] ? this.innerExtract(context, match) : super.extract(context, match);
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, weekdayWord, comma, dayToken] = match;
    const day = dayNumber(dayToken);
    if (day === null) return null;
    const index = match.index ?? 0;
    // "le 12" and "les 4" need their space; ", 13" continues a list of days ("les 12, 13 et 14 juin")
    if (!weekdayWord && !comma && !/\s/.test(whole.slice(2, 4))) return null;
    if (comma && (!/^,\s/.test(whole) || !/\d(?:er)?$/.test(context.text.slice(Math.max(0, index - 4), index)))) return null;
    const end = index + whole.length;
    const after = context.text.slice(end, end + 60);
    // a month right after is chrono's ("jeudi 16 septembre"); so are a time and other numbers
    if (NOT_A_DAY_AFTER.test(after)) return null;
    if (!this.listRe) {
      this.monthAfterRe = new RegExp(`^\\s+(?:${months()})(?![\\p{L}])`, 'iu');
      this.listRe = new RegExp(
        `^${LIST_AFTER}(?:le\\s+)?(?:(?:${lexicon().weekdayRe})\\s+)?${DAY}(?:\\s*(?:,|et|ou)\\s+(?:le\\s+)?(?:(?:${lexicon().weekdayRe})\\s+)?${DAY})*\\s+(?:(${months()})(?:\\s+(${YEAR4}))?|(${CURRENT_MONTH}))(?:\\s+(derni(?:er|ère)s?|prochaine?s?|passée?s?))?(?![\\p{L}])`,
        'iu',
      );
    }
    // the list goes on with a comma, "et" or "ou" (most numbers have none after them)
    const list = listMayFollow(after) ? this.listRe.exec(after) : null;
    if (list) {
      const [, monthWord, yearText, current, direction] = list;
      const text = weekdayWord ? whole : dayToken;
      const result = context.createParsingResult(end - text.length, text);
      result.start.assign('day', day);
      if (current) {
        // "les 12 et 13 courant": the document's month, as parsers/dayOfCurrentMonth.ts reads the last day
        const ref = context.refDate;
        result.start.assign('month', ref.getMonth() + 1);
        result.start.assign('year', ref.getFullYear());
        result.addTag(TAG.gran + 'day');
        result.addTag(TAG.rel + 'month');
      } else {
        const month = monthNumber(monthWord);
        if (!month) return null;
        result.start.assign('month', month);
        if (yearText) result.start.assign('year', parseInt(yearText, 10));
        else result.start.imply('year', context.refDate.getFullYear());
      }
      if (weekdayWord) result.start.assign('weekday', weekdayNumber(weekdayWord) ?? 0);
      // "le 12 ou le 19 juin prochains": the plural direction word is every day's
      if (direction) result.addTag(TAG.dir + (/^proch/i.test(direction) ? 'future' : 'past'));
      return result;
    }
    // "jeudi 16 septembre" is chrono's
    if (!weekdayWord || this.monthAfterRe?.test(after)) return null;
    const result = context.createParsingResult(match.index ?? 0, whole);
    const ref = context.refDate;
    result.start.assign('weekday', weekdayNumber(weekdayWord) ?? 0);
    result.start.assign('day', day);
    result.start.imply('month', ref.getMonth() + 1);
    result.start.imply('year', ref.getFullYear());
    result.addTag(TAG.nomonth);
    return result;
  }
}
