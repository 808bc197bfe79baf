/**
 * "aujourd'hui vendredi", "hier mardi": one expression (FR-TimeBank marks it as one); the
 * weekday only confirms the relative day, so the relative result absorbs it.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const CASUAL = /^(?:aujourd'hui|hier|demain)$/i;

export class CasualWeekdayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i];
      const b = results[i + 1];
      if (b && CASUAL.test(a.text) && b.start.isCertain('weekday') && !b.start.isCertain('day')) {
        const gap = context.text.slice(a.index + a.text.length, b.index);
        if (/^,?\s+$/.test(gap)) {
          a.text = context.text.slice(a.index, b.index + b.text.length);
          out.push(a);
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  }
}
