/**
 * A week, month, quarter or year named relative to the document date: "le mois dernier",
 * "l'an dernier", "l'année prochaine", "cette semaine", "ce week-end", "cette année".
 * chrono.fr's relative-unit parser resolves these to a day; we keep the unit's granularity.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { TAG } from '../tags.js';
import { addDays, fromUtc } from '../calendar.js';
import { firstWords, wordIn, type Gate } from '../anchors.js';

const UNIT: Record<string, 'week' | 'weekend' | 'month' | 'quarter' | 'year'> = {
  semaine: 'week', 'week-end': 'weekend', weekend: 'weekend', mois: 'month',
  trimestre: 'quarter', année: 'year', an: 'year', exercice: 'year',
};

export class RelativePeriodParser extends FrParser {
  /** The unit word ("week-end": "week"), one determiner before it. */
  gate(): Gate {
    return { ...wordIn(firstWords(Object.keys(UNIT))), lead: 1, starts: 'word' };
  }

  protected innerPattern(): string {
    return `(le\\s+|la\\s+|l'|ce\\s+|cet\\s+|cette\\s+)(semaine|week-end|weekend|mois|trimestre|année|an)(-ci|-là)?(?:\\s+(dernier|dernière|prochain|prochaine|passé|passée|en\\s+cours))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, det, unitWord, ci, which] = match;
    const unit = UNIT[unitWord.toLowerCase()];
    if (!unit || ci?.toLowerCase() === '-là') return null;
    const demonstrative = /^c/i.test(det);
    const w = (which ?? '').toLowerCase();
    let offset: number;
    if (w.startsWith('dern') || w.startsWith('pass')) offset = -1;
    else if (w.startsWith('proch')) offset = 1;
    else if (w.startsWith('en') || demonstrative) offset = 0;
    else return null; // "l'année" or "le mois" alone is no date
    // "cette année-là" / "le mois dernier" are fine; "l'an" needs a direction word
    const ref = context.refDate;
    const today = { y: ref.getFullYear(), m: ref.getMonth() + 1, d: ref.getDate() };
    const result = context.createParsingResult(match.index ?? 0, whole);
    const s = result.start;
    if (unit === 'year') {
      s.assign('year', today.y + offset);
      s.imply('month', 1);
      s.imply('day', 1);
      result.addTag(TAG.gran + 'year');
      result.addTag(TAG.rel + 'year');
    } else if (unit === 'month' || unit === 'quarter') {
      const step = unit === 'month' ? offset : offset * 3;
      const first = fromUtc(new Date(Date.UTC(today.y, today.m - 1 + step, 1)));
      s.assign('year', first.y);
      s.assign('month', unit === 'month' ? first.m : Math.floor((first.m - 1) / 3) * 3 + 1);
      s.imply('day', 1);
      result.addTag(TAG.gran + unit);
      result.addTag(TAG.rel + 'month');
      if (unit === 'quarter') result.addTag(TAG.quarter + String(Math.floor((first.m - 1) / 3) + 1));
    } else {
      // "ce week-end" written early in the week is the one just past
      const back = unit === 'weekend' && offset === 0 && ref.getDay() >= 1 && ref.getDay() <= 3 ? -1 : 0;
      const day = addDays(today, (offset + back) * 7);
      s.assign('year', day.y);
      s.assign('month', day.m);
      s.assign('day', day.d);
      result.addTag(TAG.gran + 'week');
      result.addTag(TAG.rel + 'day');
      if (unit === 'weekend') result.addTag(TAG.weekend);
    }
    return result;
  }
}
