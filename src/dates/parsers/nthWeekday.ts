/**
 * The n-th (or last) weekday of a month or a season: "le premier dimanche du printemps",
 * "le dernier vendredi de juin", "le deuxième mardi du mois de novembre 2024". The day depends
 * on the year, which may be known only at document level, so the parser gives the period and
 * the resolver computes the day once the year is known (tag x/nth).
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { YEAR4, months } from './patterns.js';
import { lexicon, monthNumber, weekdayNumber } from '../lexicon.js';
import { TAG } from '../tags.js';
import { firstWords, maxWords, wordIn, type Gate } from '../anchors.js';

/** Astronomical season starts, to the usual day (the equinox or solstice moves by one day at most). */
export const SEASON_START: Record<string, [number, number]> = { SP: [3, 20], SU: [6, 21], FA: [9, 22], WI: [12, 21] };

export class NthWeekdayParser extends FrParser {
  /** The weekday; "le premier dimanche" begins with "le" and the ordinal's words. */
  gate(): Gate {
    const lx = lexicon();
    // "du", "de" or "d'" after the weekday
    return { ...wordIn(firstWords(Object.keys(lx.weekdays))), lead: 1 + Math.max(1, maxWords(Object.keys(lx.ordinals))), starts: 'word', atEnd: '\\s+d' };
  }

  protected innerPattern(): string {
    const lx = lexicon();
    return `(?:le\\s+)?(${lx.ordinalRe}|dernier)\\s+(${lx.weekdayRe})\\s+(?:du\\s+mois\\s+d(?:e\\s+|')|de\\s+l'|du\\s+|de\\s+|d')(${months()}|${lx.seasonRe})(?:\\s+(?:de\\s+l'année\\s+)?(${YEAR4}))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, ordinalWord, weekdayWord, periodWord, year] = match;
    const lx = lexicon();
    const ord = ordinalWord.toLowerCase();
    const n = ord === 'dernier' ? -1 : lx.ordinals[ord];
    const weekday = weekdayNumber(weekdayWord);
    if (!n || weekday === undefined) return null;
    const month = monthNumber(periodWord);
    const season = lx.seasons[periodWord.toLowerCase()];
    let start: [number, number];
    let end: [number, number];
    if (month) {
      start = [month, 1];
      end = [month === 12 ? 1 : month + 1, 1];
    } else if (season) {
      const codes = ['SP', 'SU', 'FA', 'WI'];
      start = SEASON_START[season];
      end = SEASON_START[codes[(codes.indexOf(season) + 1) % 4]];
    } else {
      return null;
    }
    const result = context.createParsingResult(match.index ?? 0, whole);
    result.start.assign('month', start[0]);
    if (year) result.start.assign('year', parseInt(year, 10));
    else result.start.imply('year', context.refDate.getFullYear());
    result.start.imply('day', start[1]);
    result.addTag(TAG.gran + 'day');
    result.addTag(`${TAG.nth}${n}:${weekday}:${start[0]}-${start[1]}:${end[0]}-${end[1]}`);
    return result;
  }
}
