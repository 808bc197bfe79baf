/**
 * After date/time merging: a time of day ("à 15h30", "le matin") that found no date in its
 * phrase is dropped, unless it is anchored to the document day ("ce matin à 10h", tagged
 * relative). We do not guess which day a bare time belongs to.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG, resultTag } from '../tags.js';

export class DropLoneTimeRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      const s = r.start;
      const dated = s.isCertain('year') || s.isCertain('month') || s.isCertain('day') || s.isCertain('weekday');
      return dated || resultTag(r, TAG.rel) !== undefined || resultTag(r, TAG.prev) !== undefined || resultTag(r, TAG.ana) !== undefined;
    });
  }
}
