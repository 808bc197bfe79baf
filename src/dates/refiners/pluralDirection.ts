/**
 * A plural "prochains"/"derniers" after a list applies to each of its dates: "en février et
 * mars prochains", "mardi et jeudi prochains", "le 12 ou le 19 juin prochains". Runs after
 * DirectionSuffixRefiner, which tagged only the last date of the list.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG, resultTag, resultHas } from '../tags.js';

const LINK = /^\s*(?:,|et|ou)\s*(?:le\s+|en\s+|l'|la\s+)?$/iu;
const PLURAL_DIRECTION = /(?:derni(?:er|ère)s|prochaines?s|prochains|passée?s)$/iu;

export class PluralDirectionRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    // from the end, so that a direction walks back along a list of any length
    for (let i = results.length - 2; i >= 0; i--) {
      const a = results[i];
      const b = results[i + 1];
      const dir = resultTag(b, TAG.dir);
      if (!dir || resultTag(a, TAG.dir) !== undefined) continue;
      const listed = resultHas(b, 'x/listdir') || PLURAL_DIRECTION.test(b.text);
      if (!listed || !LINK.test(context.text.slice(a.index + a.text.length, b.index))) continue;
      a.addTag(TAG.dir + dir);
      a.addTag('x/listdir');
    }
    return results;
  }
}
