/**
 * A clock time written with a colon after "à" / "vers": "Publié le 3 décembre 2026 à 07:30",
 * "mardi à 18:45". The colon form is the one of web headers and agency feeds; the preposition
 * is required so that a score or a ratio ("3:1") is no time. Like timeOfDay.ts, it only gives a
 * value when attached to the date of its phrase (refiners/attachTime.ts).
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { TAG } from '../tags.js';
import { digitWord, firstCharsOf, type Gate } from '../anchors.js';

export class ClockColonParser extends FrParser {
  /** The hour's digits, after one word ("à", "vers", "dès"), followed by ":" and two digits. */
  gate(): Gate {
    return { ...digitWord((w) => /^\d\d?$/.test(w)), lead: 1, starts: 'word', firsts: firstCharsOf(['à', 'a', 'vers', 'dès']), atEnd: ':[0-5]\\d' };
  }

  protected innerPattern(): string {
    return `(?:à|a|vers|dès)\\s+([01]?\\d|2[0-3]):([0-5]\\d)(?!:?\\d)`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.start.assign('hour', parseInt(match[1], 10));
    result.start.assign('minute', parseInt(match[2], 10));
    result.addTag(TAG.time);
    return result;
  }
}
