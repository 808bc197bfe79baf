/**
 * Span clean-up: chrono.fr's weekday parser swallows a following comma or spaces ("Jeudi,"),
 * and its month dictionary has "juin." so a sentence-final full stop ends up in the date.
 * A dot stays only after a real abbreviation ("janv.").
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { lexicon } from '../lexicon.js';
import { isAsciiAlnum } from '../chars.js';

export class TrimSpanRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const months = lexicon().months;
    for (const r of results) {
      // a span ending or starting with an ASCII letter or digit (nearly all) has nothing to trim there
      let t = isAsciiAlnum(r.text.charCodeAt(r.text.length - 1)) ? r.text : r.text.replace(/[\s,;:)]+$/u, '');
      if (t.endsWith('.')) {
        const word = /[\p{L}]+\.$/u.exec(t)?.[0].toLowerCase();
        if (!word || !(word in months)) t = t.slice(0, -1);
      }
      const lead = isAsciiAlnum(t.charCodeAt(0)) ? 0 : (/^[\s,(]+/u.exec(t)?.[0].length ?? 0);
      if (lead) {
        r.index += lead;
        t = t.slice(lead);
      }
      r.text = t;
    }
    return results;
  }
}
