/**
 * Removes chrono.fr matches that are words, not dates, before any merging:
 * weekday abbreviations ("la mer", "le jeu", "Sam Smith"), "maintenant", chrono's own
 * "la veille" (ours anchors it to the previous date), "il y a quelques jours" (no value),
 * short slash forms such as "3/4" or "24/7", and feasts named after a weekday ("l'accord du
 * Vendredi saint", "Mardi gras"), which are names or movable feasts, not that weekday.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG, resultHas, resultTag } from '../tags.js';

const FULL_WEEKDAY = /lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche/i;
const RARE_WORDS = /veille|quelques|plusieurs|demi/i;
const FEAST_AFTER = /^\s*(?:-\s*)?(?:saint|gras)(?![\p{L}])/iu;

export class DropNoiseRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      const s = r.start;
      const text = r.text;
      if (s.isCertain('weekday') && !FULL_WEEKDAY.test(text)) return false;
      if (s.isCertain('weekday') && !s.isCertain('day')) {
        const end = r.index + text.replace(/[\s,;:]+$/u, '').length;
        if (FEAST_AFTER.test(context.text.slice(end, end + 8))) return false;
      }
      if (text.length === 10 && /^maintenant$/i.test(text)) return false;
      // chrono's "à minuit" only implies the hour; parsers/timeOfDay.ts reads it as a clock time
      if (resultHas(r, 'casualReference/midnight') || resultHas(r, 'casualReference/noon')) return false;
      // one test for the rare words of the next two (most spans have none)
      if (RARE_WORDS.test(text)) {
        if (/veille/i.test(text) && resultTag(r, TAG.prev) === undefined) return false;
        if (/quelques|plusieurs|demi/i.test(text) && resultHas(r, 'result/relativeDate')) return false;
      }
      if (resultHas(r, 'parser/SlashDateFormatParser') && !s.isCertain('year') && !/^\d\d\/\d\d$/.test(text)) return false;
      return true;
    });
  }
}
