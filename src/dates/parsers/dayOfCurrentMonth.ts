/**
 * "le 8 courant", "le 8 du mois courant", "le 8 de ce mois": that day of the document's month
 * (old administrative style, still common in West African and historical newspapers).
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { DAY } from './patterns.js';
import { dayNumber } from '../lexicon.js';
import { TAG } from '../tags.js';
import { wordIn, type Gate } from '../anchors.js';

export class DayOfCurrentMonthParser extends FrParser {
  /** "courant" or "mois"; "le 12 de ce mois" begins four words before "mois". */
  gate(): Gate {
    // "courant" right after the day or "mois"; "mois" after "du" or "ce"
    return { ...wordIn(['courant', 'mois']), lead: 4, starts: 'word', atStart: '(?<=(?:\\d|er|re|mois|du|ce)\\s+)' };
  }

  protected innerPattern(): string {
    return `(?:le\\s+|du\\s+|au\\s+)?(${DAY})\\s+(?:courant|du\\s+mois\\s+courant|de\\s+ce\\s+mois|du\\s+mois\\s+en\\s+cours)`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const day = dayNumber(match[1]);
    if (day === null) return null;
    const ref = context.refDate;
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.start.assign('day', day);
    result.start.assign('month', ref.getMonth() + 1);
    result.start.assign('year', ref.getFullYear());
    result.addTag(TAG.gran + 'day');
    // the month comes from the document date: it must be known to the month
    result.addTag(TAG.rel + 'month');
    return result;
  }
}
