/**
 * Removes chrono.fr matches that are words, not dates, before any merging:
 * weekday abbreviations ("la mer", "le jeu", "Sam Smith"), "maintenant", chrono's own
 * "la veille" (ours anchors it to the previous date), "il y a quelques jours" (no value),
 * and short slash forms such as "3/4" or "24/7".
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG, tagValue } from '../tags.js';

const FULL_WEEKDAY = /lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche/i;

export class DropNoiseRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      const s = r.start;
      const text = r.text;
      if (s.isCertain('weekday') && !FULL_WEEKDAY.test(text)) return false;
      if (/^maintenant$/i.test(text)) return false;
      if (/veille/i.test(text) && tagValue(r.tags(), TAG.prev) === undefined) return false;
      if (/quelques|plusieurs|demi/i.test(text) && r.tags().has('result/relativeDate')) return false;
      if (r.tags().has('parser/SlashDateFormatParser') && !s.isCertain('year') && !/^\d\d\/\d\d$/.test(text)) return false;
      return true;
    });
  }
}
