/**
 * A time of day: "à 15h30", "15 h 30", "vers 6 heures du matin", "à midi", "vers 0 h 40".
 * chrono.fr's time parsers also read "3-4 ans" or "2 et" as times, so we use this one.
 * "6 heures" alone is a duration: the long form needs "à", "vers" or "dès" before it.
 * The refiners attach it to the date of the same phrase; a time left alone is dropped.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { TAG } from '../tags.js';
import { firstCharsOf, type Gate } from '../anchors.js';

export class TimeOfDayParser extends FrParser {
  /**
   * The hour's digits, or "midi"/"minuit"; "aux alentours de 15h" begins three words before.
   * The chunk needs an "h" ("15h30", "15 h"), "heure(s)", "midi" or "minuit".
   */
  gate(): Gate {
    const needs = { anchor: (w: string) => /^\d\d?h/.test(w) || ['h', 'heure', 'heures', 'midi', 'minuit'].includes(w), keys: ['0', 'h', 'heure', 'heures', 'midi', 'minuit'], bounds: 'whole' as const };
    return { anchor: (w) => /^\d\d?(?!\d)/.test(w) || w === 'midi' || w === 'minuit', keys: ['0', 'midi', 'minuit'], bounds: 'whole', lead: 3, starts: 'word', needs, firsts: firstCharsOf(['à', 'a', 'vers', 'dès', 'depuis', 'aux', 'autour', 'jusqu']) + '0123456789' };
  }

  protected innerPattern(): string {
    return [
      `((?:à|a|vers|dès|depuis|aux\\s+alentours\\s+de|autour\\s+de)\\s+)?([01]?\\d|2[0-3])\\s?h\\s?([0-5]\\d)?(?:\\s?min)?`,
      `(à|a|vers|dès|jusqu'à)\\s+([01]?\\d|2[0-3])\\s+heures?(?:\\s+([0-5]\\d))?`,
      `(à|vers)\\s+(midi|minuit)`,
    ].map((p) => `(?:${p})`).join('|') + `(?:\\s+(du\\s+matin|du\\s+soir|de\\s+l'après-midi))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const whole = match[0];
    let hour: number;
    let minute = 0;
    if (match[2] !== undefined) {
      hour = parseInt(match[2], 10);
      if (match[3]) minute = parseInt(match[3], 10);
    } else if (match[5] !== undefined) {
      hour = parseInt(match[5], 10);
      if (match[6]) minute = parseInt(match[6], 10);
    } else if (match[8] !== undefined) {
      hour = match[8].toLowerCase() === 'midi' ? 12 : 0;
    } else {
      return null;
    }
    const part = (match[9] ?? '').toLowerCase();
    if ((part.includes('soir') || part.includes('après')) && hour < 12) hour += 12;
    const result = context.createParsingResult(match.index ?? 0, whole);
    result.start.assign('hour', hour);
    result.start.assign('minute', minute);
    result.addTag(TAG.time);
    return result;
  }
}
