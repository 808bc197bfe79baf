/**
 * Times named by reference to another one: "à la même époque" / "à la même période" and "à
 * l'époque" ("at the time"). TimeML marks them as dates (FR-TimeBank: "par rapport à l'année
 * dernière à la même époque" → the document's month, a year earlier).
 * - Next to a year ("l'an dernier à la même époque", "à la même période en 2001"): the same
 *   time of year as the document date, in that year (value: that month; tag x/rel:month).
 * - Alone: the period of the previous dated mention (x/ana:point:0); "à l'époque" with none
 *   before it is dropped (resolve.ts), as it then points outside the text.
 * "l'époque de Staline", "l'époque coloniale", "à l'époque où…" name an era or a clause, not a
 * time of the text: no date.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { YEAR4 } from './patterns.js';
import { TAG } from '../tags.js';
import { wordIn, type Gate } from '../anchors.js';

const LAST_YEAR = `l'an\\s+dernier|l'année\\s+dernière|l'an\\s+passé|l'année\\s+passée|l'année\\s+précédente`;
const YEAR_BEFORE = new RegExp(`(${LAST_YEAR}|${YEAR4})\\s*,?\\s*(?:à|a)\\s+$`, 'iu');
const YEAR_AFTER = new RegExp(`^\\s*,?\\s*(?:de\\s+|d'|en\\s+)?(${LAST_YEAR}|${YEAR4})(?!\\p{L}|\\p{N})`, 'iu');
/** What makes "l'époque" an era rather than "the time": a complement or an adjective after it. */
const ERA_AFTER = /^\s*(?:de|d'|du|des|où|qui|que|[\p{Ll}]+(?:e|ale|ienne|aine|ique)s?\b)/u;

function yearOf(words: string, refYear: number): number {
  return /^\d/.test(words) ? parseInt(words, 10) : refYear - 1;
}

export class SameTimeParser extends FrParser {
  /** "époque" or "période"; "la même période" begins two words before it. */
  gate(): Gate {
    return { ...wordIn(['époque', 'période']), lead: 2, starts: 'word' };
  }

  protected innerPattern(): string {
    return `la\\s+même\\s+(?:époque|période)|(?<=(?:^|[^\\p{L}])(?:à|a)\\s+)l'époque`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const whole = match[0];
    const index = match.index ?? 0;
    const end = index + whole.length;
    const after = context.text.slice(end, end + 40);
    const before = context.text.slice(Math.max(0, index - 30), index);
    const epochAlone = /^l'/i.test(whole);
    if (epochAlone && ERA_AFTER.test(after)) return null;
    // "la même période de neuf jours" is a length of time; "de l'année dernière" is handled below
    if (!epochAlone && /^\s*(?:de|d')(?![\p{L}])/iu.test(after) && !YEAR_AFTER.test(after)) return null;
    const result = context.createParsingResult(index, whole);
    result.addTag(TAG.noRange);
    const ref = context.refDate;
    const year = epochAlone ? null : YEAR_BEFORE.exec(before)?.[1] ?? YEAR_AFTER.exec(after)?.[1] ?? null;
    if (year !== null) {
      result.start.assign('year', yearOf(year, ref.getFullYear()));
      result.start.assign('month', ref.getMonth() + 1);
      result.start.imply('day', 1);
      result.addTag(TAG.gran + 'month');
      result.addTag(TAG.rel + 'month');
      return result;
    }
    result.start.imply('year', ref.getFullYear());
    result.start.imply('month', ref.getMonth() + 1);
    result.start.imply('day', ref.getDate());
    result.addTag(`${TAG.ana}point:0`);
    if (epochAlone) result.addTag(TAG.antecedent);
    return result;
  }
}
