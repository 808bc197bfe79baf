/**
 * "hier, au lendemain de la démission": a "lendemain/veille de <event>" set right after a date
 * names that same day (the date says when, the event phrase says what it follows). Tagged
 * x/appos so the resolver gives it the date's value; elsewhere it keeps no value, since the
 * event's own date is unknown.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG, resultTag } from '../tags.js';

const APPOSITION = /^\s*,?\s*(?:au|à\s+la|à\s+l'|à)?\s*$/i;

export class EventAnchorRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (let i = 1; i < results.length; i++) {
      const r = results[i];
      if (resultTag(r, TAG.prev) !== 'event') continue;
      const p = results[i - 1];
      const gap = context.text.slice(p.index + p.text.length, r.index);
      if (!p.end && (p.start.isCertain('day') || p.start.isCertain('weekday') || resultTag(p, TAG.rel) === 'day') && APPOSITION.test(gap)) {
        r.addTag('x/appos');
      }
    }
    return results;
  }
}
