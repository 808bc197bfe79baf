/**
 * "jeudi à l'aube", "le 3 mars au petit matin": a vague part of the day written after a day
 * joins its span, as chrono's "dimanche matin" does; the value stays the day (the record has
 * no part-of-day value). "à l'aube de sa carrière" is a figure of speech, no part of a day.
 * Phrases in data/dates/fr.json (partOfDayAfter).
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { alternation, lexicon } from '../lexicon.js';

let after: RegExp | null = null;

export class DawnSuffixRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    after ??= new RegExp(`^,?\\s+(?:${alternation(lexicon().partOfDayAfter)})(?![\\p{L}\\p{N}])(?!\\s*(?:de|du|des|d')(?![\\p{L}]))`, 'iu');
    for (const r of results) {
      // a day with no clock time: "jeudi", "le 3 mars", "hier"
      if (r.end || !r.start.isCertain('day') && !r.start.isCertain('weekday') || r.start.isCertain('hour')) continue;
      const end = r.index + r.text.length;
      const m = after.exec(context.text.slice(end, end + 40));
      if (m) r.text = context.text.slice(r.index, end + m[0].length);
    }
    return results;
  }
}
