/**
 * A number of days or weeks counted from the previous dated mention: "trois jours plus tard",
 * "deux jours après", "une semaine auparavant", closing their clause ("Trois jours plus tard,
 * l'état d'urgence était prolongé."). The resolver counts from the last day of the text (tag
 * x/prev:<days>) when the previous dated mention is a day; with none, or a month or year before
 * it, the expression is dropped, as "à l'époque" is: it then points outside the text. "deux jours après son arrivée" names an event, not a date: no match.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { TAG } from '../tags.js';
import { cardinalRe, cardinalValue } from '../numberWords.js';
import { lexicon } from '../lexicon.js';
import { wordIn, type Gate } from '../anchors.js';

const DAYS: Record<string, number> = { jour: 1, jours: 1, semaine: 7, semaines: 7 };
const LATER = /^(?:plus\s+tard|après)$/iu;
/** "plus tard", "après" (later); "plus tôt", "auparavant", "avant" (earlier). */
const DIRECTION = `plus\\s+tard|plus\\s+tôt|après|auparavant|avant`;
/** The clause ends right after: a comma or a sentence's end. */
const CLAUSE_END = `(?=\\s*(?:[,.;:!?)]|$))`;

let dateBeforeCommaCache: RegExp | null = null;
/** A day, month or year right before a comma ("Le 5 mars 2013, "). */
function dateBeforeCommaRe(): RegExp {
  return (dateBeforeCommaCache ??= new RegExp(`(?:\\d|(?<![\\p{L}])(?:${lexicon().monthRe}))\\s*,\\s*$`, 'iu'));
}

export class DaysFromPreviousParser extends FrParser {
  /** "jour(s)" or "semaine(s)", after its count (up to three words: "quatre-vingt-dix") and before its direction. */
  gate(): Gate {
    return { ...wordIn(Object.keys(DAYS)), lead: 3, starts: 'word', atEnd: `\\s+(?:${DIRECTION})` };
  }

  protected innerPattern(): string {
    return `(\\d{1,3}|${cardinalRe()})\\s+(jours?|semaines?)\\s+(${DIRECTION})${CLAUSE_END}`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, countWord, unitWord, direction] = match;
    const n = cardinalValue(countWord);
    const unit = DAYS[unitWord.toLowerCase()];
    if (n === null || n === 0 || !unit) return null;
    const index = match.index ?? 0;
    // "il y a deux jours, …", "dans trois jours." are counted from the document date (durationFromDocument.ts)
    if (/(?:il\s+y\s+a|dans|depuis|pendant|durant|d'ici|en)\s+$/iu.test(context.text.slice(Math.max(0, index - 12), index))) return null;
    // "Le 5 mars 2013, quatre jours plus tard, …": the date before restates that day
    if (dateBeforeCommaRe().test(context.text.slice(Math.max(0, index - 16), index))) return null;
    const result = context.createParsingResult(index, whole);
    const ref = context.refDate;
    result.start.imply('year', ref.getFullYear());
    result.start.imply('month', ref.getMonth() + 1);
    result.start.imply('day', ref.getDate());
    result.addTag(TAG.prev + String((LATER.test(direction) ? 1 : -1) * n * unit));
    result.addTag(TAG.antecedent);
    result.addTag(TAG.afterDay);
    return result;
  }
}
