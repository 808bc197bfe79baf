/**
 * Marks chrono.fr's results that were computed from the reference date ("hier", "il y a deux
 * semaines", "vendredi dernier", "ce matin"), with the unit the document date must be precise
 * to for the value to be known: "hier" needs a day, "il y a deux mois" only a month.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG, resultHas, resultTag } from '../tags.js';

const CASUAL_DAY = ['casualReference/today', 'casualReference/yesterday', 'casualReference/tomorrow'];

export class TagRelativeRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (resultTag(r, TAG.rel) !== undefined || resultTag(r, TAG.prev) !== undefined || resultTag(r, TAG.ana) !== undefined) continue;
      if (resultHas(r, TAG.nomonth)) continue; // "ce jeudi 7": the resolver finds its month
      const s = r.start;
      let unit: string | null = null;
      if (CASUAL_DAY.some((t) => resultHas(r, t)) || /^cette\s+nuit/i.test(r.text)) unit = 'day';
      else if (resultHas(r, 'result/relativeDate')) {
        unit = s.isCertain('day') ? 'day' : s.isCertain('month') ? 'month' : 'year';
      } else if (s.isCertain('weekday') && !s.isCertain('day')) unit = 'day';
      else if (/^(?:ce|cet|cette)\s/i.test(r.text) && !s.isCertain('month') && !s.isCertain('year')) unit = 'day';
      if (unit) r.addTag(TAG.rel + unit);
    }
    return results;
  }
}
