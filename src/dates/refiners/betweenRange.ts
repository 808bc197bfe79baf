/**
 * "entre le 2 mai et le 14 juillet" → one range result (chrono.fr only merges "X au Y").
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { markOwnSpan } from './rangeMerge.js';

const BETWEEN = /^\s+et\s+(?:le\s+|la\s+|l')?$/i;
const ENTRE = /(?:^|[^\p{L}])(entre\s+(?:le\s+|la\s+|l')?)$/iu;

export class BetweenRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i];
      const b = results[i + 1];
      if (b && !a.end && !b.end && a.start.isCertain('month') === b.start.isCertain('month')) {
        const gap = context.text.slice(a.index + a.text.length, b.index);
        const before = ENTRE.exec(context.text.slice(Math.max(0, a.index - 12), a.index));
        if (before && BETWEEN.test(gap)) {
          markOwnSpan(a);
          markOwnSpan(b);
          const index = a.index - before[1].length;
          const merged = context.createParsingResult(index, b.index + b.text.length, a.start, b.start);
          merged.addTags(a.tags());
          out.push(merged);
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  }
}
