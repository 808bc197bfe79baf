/**
 * "cette nuit-là", "ce soir-là", "ce matin-là": the day of the previous date of the text, not
 * tonight. chrono.fr reads "cette nuit" as the document's night and stops before "-là"; the span
 * takes "-là" and the value becomes that of "le jour même" (x/prev:0, resolve.ts): "le 25
 * décembre 1991, … Cette nuit-là" is 1991-12-25. With no day before it, it points outside the
 * text: no mention (as "à l'époque").
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG } from '../tags.js';

const DEMONSTRATIVE = /^(?:ce|cet|cette)\s+(?:nuit|soir|soirée|matin|matinée|après-midi|journée)$/iu;
const THERE = /^-là(?![\p{L}])/u;

export class ThatPartOfDayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.map((r) => {
      const end = r.index + r.text.length;
      if (r.end || !DEMONSTRATIVE.test(r.text) || !THERE.test(context.text.slice(end, end + 4))) return r;
      const out = context.createParsingResult(r.index, context.text.slice(r.index, end + 3));
      const ref = context.refDate;
      out.start.imply('year', ref.getFullYear());
      out.start.imply('month', ref.getMonth() + 1);
      out.start.imply('day', ref.getDate());
      out.addTag(TAG.prev + '0');
      out.addTag(TAG.antecedent);
      return out;
    });
  }
}
