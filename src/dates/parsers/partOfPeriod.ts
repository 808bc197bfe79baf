/**
 * The start, middle or end of a named month or year: "fin octobre", "début 2024", "mi-juillet",
 * "fin septembre 2000". ISO 8601 has no "end of": the value is the period itself ("2024-10"),
 * as TimeML does (it adds mod="END", which our record has no field for).
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { YEAR4, months } from './patterns.js';
import { monthNumber } from '../lexicon.js';
import { TAG } from '../tags.js';
import { type Gate } from '../anchors.js';

export class PartOfPeriodParser extends FrParser {
  /**
   * The match opens with "début", "fin", "milieu" or "courant", which \s* may glue to the
   * month ("finjuin"), or with "mi" before a hyphen or a space: a word of its own.
   */
  gate(): Gate {
    return { anchor: (w) => w === 'mi' || /^(?:début|fin|milieu|courant)/.test(w), keys: ['début', 'fin', 'mi', 'milieu', 'courant'], bounds: 'start', lead: 0, starts: 'word' };
  }

  protected innerPattern(): string {
    return `(?:début|fin|mi-|mi\\s|milieu|courant)\\s*(?:du\\s+mois\\s+d(?:e\\s+|')|de\\s+l'année\\s+|d'|de\\s+)?(?:(${months()})(?:\\s+(${YEAR4}))?|(${YEAR4}))`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, monthWord, yearWithMonth, yearAlone] = match;
    const result = context.createParsingResult(match.index ?? 0, whole);
    if (monthWord) {
      const month = monthNumber(monthWord);
      if (!month || monthWord.endsWith('.') && !yearWithMonth) return null;
      result.start.assign('month', month);
      if (yearWithMonth) result.start.assign('year', parseInt(yearWithMonth, 10));
      else result.start.imply('year', context.refDate.getFullYear());
      result.start.imply('day', 1);
      result.addTag(TAG.gran + 'month');
    } else {
      result.start.assign('year', parseInt(yearAlone, 10));
      result.start.imply('month', 1);
      result.start.imply('day', 1);
      result.addTag(TAG.gran + 'year');
    }
    return result;
  }
}
